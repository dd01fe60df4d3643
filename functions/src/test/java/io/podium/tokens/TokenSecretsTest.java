package io.podium.tokens;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenSecretsTest {
    @Test
    void newTokensCarry256RandomBitsBehindAPrefix() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = TokenSecrets.newToken();
            assertTrue(token.startsWith("pdm_"));
            assertEquals(32, Base64.getUrlDecoder().decode(token.substring(4)).length);
            assertTrue(seen.add(token));
        }
    }

    @Test
    void hashIsHexSha256() {
        // SHA-256("abc"), from FIPS 180-2.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecrets.hash("abc"));
    }

    @Test
    void idIsAPrefixOfTheHash() {
        String hash = TokenSecrets.hash("abc");
        assertEquals("ba7816bf8f01cfea4141", TokenSecrets.idOf(hash));
        assertTrue(TokenSecrets.isWellFormedId(TokenSecrets.idOf(hash)));
    }

    @Test
    void refusesMalformedIds() {
        assertFalse(TokenSecrets.isWellFormedId("BA7816BF8F01CFEA4141"));
        assertFalse(TokenSecrets.isWellFormedId("ba7816bf8f01cfea414"));
        assertFalse(TokenSecrets.isWellFormedId("../../../etc/passwd!"));
    }

    @Test
    void comparesHashes() {
        String hash = TokenSecrets.hash("abc");
        assertTrue(TokenSecrets.sameHash(hash, TokenSecrets.hash("abc")));
        assertFalse(TokenSecrets.sameHash(hash, TokenSecrets.hash("abd")));
        assertNotEquals(hash, TokenSecrets.hash("abd"));
    }
}
