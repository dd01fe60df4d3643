package io.podium.tokens;

import io.podium.config.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Token values and their digests. A token is "pdm_" and 256 random bits; the store keeps only its SHA-256.
 * The public id is a prefix of that digest, so a presented token leads straight to its record and any
 * token string (such as a configured bootstrap token) works the same way.
 */
public final class TokenSecrets {
    static final String PREFIX = "pdm_";
    static final String ACCESS_PREFIX = "pdm_at_";
    private static final int SECRET_BYTES = 32;
    private static final int ID_HEX_CHARS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    public static String newToken() {
        return PREFIX + randomPart();
    }

    /** An OAuth access token's value: as random as a token's, prefixed so that a person can tell them apart. */
    public static String newAccessToken() {
        return ACCESS_PREFIX + randomPart();
    }

    private static String randomPart() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }

    /**
     * The value of a company's API key: random, so that two stacks in one account never claim the same value. With
     * the key source AUTHORIZER a key value is a name API Gateway counts requests under, never a credential.
     */
    public static String newUsageKey() {
        return Sha256.hex("usage-key:" + randomPart());
    }

    public static String idOf(String hash) {
        return hash.substring(0, ID_HEX_CHARS);
    }

    public static boolean isWellFormedId(String id) {
        return id.length() == ID_HEX_CHARS && id.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    /** Compares digests in time independent of where they differ. */
    public static boolean sameHash(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
