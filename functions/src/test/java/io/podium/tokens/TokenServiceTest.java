package io.podium.tokens;

import io.podium.auth.Scope;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The order of the token and its usage plan key (the stores themselves are tested on the local DynamoDB engine and
 * the local API Gateway, in e2e): a token never exists without its key, and a failed issue leaves no key behind.
 */
class TokenServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    /** Records what happens to keys; the store it is given decides whether writes succeed. */
    private static final class RecordingKeys implements UsagePlanKeys {
        final List<String> events = new ArrayList<>();

        @Override
        public String create(String name, String value) {
            events.add("create " + name + " " + value);
            return "key-" + events.size();
        }

        @Override
        public void delete(String keyId) {
            events.add("delete " + keyId);
        }
    }

    /** A store whose create fails: the write that comes after the key. */
    private static final class FailingStore implements TokenStore {
        @Override
        public boolean create(Token token) {
            throw new IllegalStateException("DynamoDB said no");
        }

        @Override
        public Optional<Token> find(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<Credential> findCredential(String id) {
            return Optional.empty();
        }

        @Override
        public boolean createAccessToken(AccessToken accessToken) {
            throw new IllegalStateException("DynamoDB said no");
        }

        @Override
        public Optional<Instant> firstIssued(String copid) {
            return Optional.empty();
        }

        @Override
        public List<Token> listByCompany(String copid) {
            return List.of();
        }

        @Override
        public Optional<Token> revoke(String id, Instant now) {
            return Optional.empty();
        }

        @Override
        public void expireAt(String id, Instant when) {
            throw new IllegalStateException("DynamoDB said no");
        }

        @Override
        public List<String> driverTokenIds(String copid, String driver) {
            return List.of();
        }

        @Override
        public void delete(String id) {
            throw new IllegalStateException("DynamoDB said no");
        }
    }

    @Test
    void aTokenThatCannotBeStoredGivesItsKeyBack() {
        RecordingKeys keys = new RecordingKeys();
        TokenService service = new TokenService(new FailingStore(), keys, CLOCK);
        assertThrows(IllegalStateException.class, () -> service.issue(Optional.of("acme"), Set.of(Scope.READ), Optional.empty(), "x"));
        assertEquals(2, keys.events.size());
        assertTrue(keys.events.get(0).startsWith("create podium-token-"));
        assertEquals("delete key-1", keys.events.get(1));
    }

    @Test
    void installedTokensHaveNoKeyOfTheirOwn() {
        RecordingKeys keys = new RecordingKeys();
        TokenService service = new TokenService(new FailingStore(), keys, CLOCK);
        assertThrows(IllegalStateException.class, () -> service.install("pdm_bootstrap", Optional.empty(), Set.of(Scope.ADMIN), "x"));
        assertTrue(keys.events.isEmpty());
    }

    @Test
    void theUsageKeyIsDerivedFromTheDigestOnlyForTokensWithAKey() {
        String hash = TokenSecrets.hash("pdm_example");
        Token withKey = new Token(TokenSecrets.idOf(hash), hash, Optional.of("acme"), Set.of(Scope.READ), Optional.empty(),
                "", CLOCK.instant(), Optional.empty(), Optional.of("k1"));
        Token bootstrap = new Token(TokenSecrets.idOf(hash), hash, Optional.empty(), Set.of(Scope.ADMIN), Optional.empty(),
                "", CLOCK.instant(), Optional.empty(), Optional.empty());
        assertEquals(Optional.of(TokenSecrets.usageKeyOf(hash)), withKey.usageKey());
        assertEquals(64, withKey.usageKey().orElseThrow().length());
        assertFalse(withKey.usageKey().orElseThrow().contains(hash), "the key value does not reveal the digest");
        assertEquals(Optional.empty(), bootstrap.usageKey());
    }
}
