package io.podium.players;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids made for what is created without one (a team, a process): the name's first letters and digits, then six random
 * ones, {@code navi_us_k3x9qa}; a valid player-style id (letters, digits and underscores, not starting with a digit).
 */
public final class GeneratedIds {
    private static final int PREFIX = 40;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private GeneratedIds() {
    }

    /** @param kind the prefix of an id whose name gives none, or only digits: {@code team}, {@code process} */
    public static String of(String name, String kind) {
        String folded = SearchTerms.pattern(name).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        String prefix = folded.substring(0, Math.min(PREFIX, folded.length()));
        if (prefix.isEmpty() || Character.isDigit(prefix.charAt(0))) {
            prefix = kind + (prefix.isEmpty() ? "" : "_" + prefix);
        }
        StringBuilder id = new StringBuilder(prefix).append('_');
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
