package io.podium.invites;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Invitation codes: "inv_" and 256 random bits, URL-safe so that they travel in a path. Like tokens, only their
 * SHA-256 is stored ({@link io.podium.tokens.TokenSecrets#hash}), and looked up by its first 20 hex digits.
 */
final class InviteCodes {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern WELL_FORMED = Pattern.compile("inv_[A-Za-z0-9_-]{43}");

    private InviteCodes() {
    }

    static String newCode() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return "inv_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** Whether a presented value could be a code: anything else names no invitation, without a read. */
    static boolean isWellFormed(String presented) {
        return WELL_FORMED.matcher(presented).matches();
    }
}
