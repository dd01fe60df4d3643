package io.podium.ids;

import java.util.HexFormat;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A campaign id: a slug unique within its company. It appears in paths and as the Campaigns table's sort key.
 * When the Hub gives none, one is made from the name plus a random suffix ("Weekly Eco!" → weekly-eco-3f9a1c).
 */
public final class CampaignId {
    public static final Pattern VALID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");
    static final int MAX_SLUG = 40;
    private static final int SUFFIX_BYTES = 3;

    private CampaignId() {
    }

    public static boolean isValid(String id) {
        return VALID.matcher(id).matches();
    }

    /** The slug of a name plus '-' and 6 random lowercase hex digits; "campaign-…" if the name has no letter or digit. */
    public static String generate(String name, RandomGenerator random) {
        byte[] suffix = new byte[SUFFIX_BYTES];
        random.nextBytes(suffix);
        String slug = slug(name);
        return (slug.isEmpty() ? "campaign" : slug) + "-" + HexFormat.of().formatHex(suffix);
    }

    /**
     * The name in lowercase ASCII letters and digits, every other run of characters turned into one '-', without
     * leading or trailing '-', and at most {@value #MAX_SLUG} characters.
     */
    static String slug(String name) {
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9') {
                slug.append(lower);
            } else if (!slug.isEmpty() && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        slug.setLength(Math.min(slug.length(), MAX_SLUG));
        while (!slug.isEmpty() && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.toString();
    }
}
