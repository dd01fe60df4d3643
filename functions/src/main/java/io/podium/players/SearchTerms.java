package io.podium.players;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Playoff's player search matches a pattern against: each word of the alias, the whole alias, and the id, folded
 * the same way as the pattern (lower case, accents taken off, anything but letters, digits and {@code _} a space), so
 * that a prefix of a term matches. "Zoë Ångström" is found by {@code zo}, {@code ang}, {@code zoe an} and by its id.
 */
public final class SearchTerms {
    /** A player has at most this many terms: the first words of a long alias are what people type. */
    public static final int MAX_TERMS = 10;
    /** A term is cut at this length; a pattern longer than that matches nothing longer anyway. */
    public static final int MAX_TERM_LENGTH = 100;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}_]+");

    private SearchTerms() {
    }

    /** The folded terms of a player, without repeats, the id first. */
    public static List<String> of(String id, String alias) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(cut(fold(id)));
        String whole = fold(alias);
        if (!whole.isEmpty()) {
            terms.add(cut(whole));
            for (String word : whole.split(" ")) {
                terms.add(cut(word));
            }
        }
        List<String> list = new ArrayList<>(terms);
        return List.copyOf(list.subList(0, Math.min(MAX_TERMS, list.size())));
    }

    /** A pattern folded as the terms are; empty when it has no letter or digit (it then matches every player). */
    public static String pattern(String pattern) {
        return cut(fold(pattern));
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(bare).replaceAll(" ").strip();
    }

    private static String cut(String term) {
        return term.length() <= MAX_TERM_LENGTH ? term : term.substring(0, MAX_TERM_LENGTH).strip();
    }
}
