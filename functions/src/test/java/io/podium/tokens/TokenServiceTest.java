package io.podium.tokens;

import io.podium.auth.Scope;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The companies' keys (the stores themselves are tested on the local DynamoDB engine and the local API Gateway, in
 * e2e): one key per company whatever the number of tokens, or of first tokens at once, and none per token.
 */
class TokenServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    /** API Gateway as the port sees it: one key per value, each in the plans it was put in. */
    private static final class FakeKeys implements UsagePlanKeys {
        final Map<String, String> idByValue = new ConcurrentHashMap<>();
        final Map<String, Tier> planOfId = new ConcurrentHashMap<>();
        final AtomicInteger ensures = new AtomicInteger();

        @Override
        public String ensure(String copid, String value, Tier tier) {
            ensures.incrementAndGet();
            String id = idByValue.computeIfAbsent(value, ignored -> "key-" + copid + "-" + idByValue.size());
            planOfId.putIfAbsent(id, tier);
            return id;
        }

        @Override
        public void moveTo(String keyId, Tier tier) {
            planOfId.put(keyId, tier);
        }
    }

    /** The Tokens table's conditional writes, in memory. */
    private static final class MemoryStore implements TokenStore {
        final Map<String, Token> tokens = new ConcurrentHashMap<>();
        final Map<String, CompanyKey> companyKeys = new ConcurrentHashMap<>();
        final Map<String, Instant> expiresAt = new ConcurrentHashMap<>();

        @Override
        public boolean create(Token token) {
            return tokens.putIfAbsent(token.id(), token) == null;
        }

        @Override
        public Optional<Token> find(String id) {
            return Optional.ofNullable(tokens.get(id));
        }

        @Override
        public Optional<Credential> findCredential(String id) {
            return Optional.ofNullable(tokens.get(id));
        }

        @Override
        public boolean createAccessToken(AccessToken accessToken) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Instant> firstIssued(String copid) {
            return listByCompany(copid).stream().map(Token::createdAt).min(Instant::compareTo);
        }

        @Override
        public List<Token> listByCompany(String copid) {
            return tokens.values().stream().filter(token -> token.copid().equals(Optional.of(copid))).toList();
        }

        @Override
        public Optional<Token> revoke(String id, Instant now) {
            return Optional.ofNullable(tokens.computeIfPresent(id, (ignored, token) -> new Token(token.id(),
                    token.hash(), token.copid(), token.scopes(), token.driver(), token.description(),
                    token.createdAt(), Optional.of(now), token.usageKey())));
        }

        @Override
        public void expireAt(String id, Instant when) {
            if (tokens.containsKey(id)) {
                expiresAt.put(id, when);
            }
        }

        @Override
        public List<String> driverTokenIds(String copid, String driver) {
            return tokens.values().stream().filter(token -> token.driver().equals(Optional.of(driver)))
                    .map(Token::id).toList();
        }

        @Override
        public void delete(String id) {
            tokens.remove(id);
        }

        @Override
        public Optional<CompanyKey> findCompanyKey(String copid) {
            return Optional.ofNullable(companyKeys.get(copid));
        }

        @Override
        public boolean claimCompanyKey(CompanyKey key) {
            return companyKeys.putIfAbsent(key.copid(), key) == null;
        }

        @Override
        public CompanyKey recordApiKeyId(String copid, String apiKeyId) {
            return companyKeys.computeIfPresent(copid,
                    (ignored, key) -> new CompanyKey(copid, key.value(), key.tier(), Optional.of(apiKeyId)));
        }

        @Override
        public CompanyKey setTier(String copid, Tier tier) {
            return companyKeys.computeIfPresent(copid,
                    (ignored, key) -> new CompanyKey(copid, key.value(), tier, key.apiKeyId()));
        }
    }

    private final MemoryStore store = new MemoryStore();
    private final FakeKeys keys = new FakeKeys();
    private final TokenService service = new TokenService(store, keys, CLOCK);

    private Token issue(String copid, Optional<String> driver) {
        return service.issue(Optional.of(copid), driver.isPresent() ? Set.of(Scope.DRIVER) : Set.of(Scope.READ), driver,
                "x").token();
    }

    @Test
    void aCompanysTokensShareOneKeyAndItsNeighbourHasAnother() {
        Set<String> acme = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            acme.add(issue("acme", Optional.of("u" + i)).usageKey().orElseThrow());
        }
        acme.add(issue("acme", Optional.empty()).usageKey().orElseThrow());
        String neighbour = issue("globex", Optional.empty()).usageKey().orElseThrow();

        assertEquals(1, acme.size(), "driver and company tokens name the company's key");
        assertNotEquals(acme.iterator().next(), neighbour);
        assertEquals(2, keys.idByValue.size(), "one key per company");
        assertEquals(2, keys.ensures.get(), "API Gateway is called for a company's first token only");
        assertEquals(64, neighbour.length());
    }

    @Test
    void firstTokensIssuedAtOnceMakeOneKey() throws Exception {
        int racers = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Token>> issued = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String driver = "u" + i;
                issued.add(pool.submit(() -> {
                    start.await();
                    return issue("acme", Optional.of(driver));
                }));
            }
            start.countDown();
            Set<String> values = Collections.synchronizedSet(new HashSet<>());
            for (Future<Token> token : issued) {
                values.add(token.get().usageKey().orElseThrow());
            }
            assertEquals(1, values.size(), "every racer adopted the claimed value");
            assertEquals(1, keys.idByValue.size(), "and so API Gateway holds one key");
            assertEquals(keys.idByValue.values().iterator().next(),
                    store.companyKeys.get("acme").apiKeyId().orElseThrow());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClaimWhoseKeyWasNeverMadeIsCompletedByTheNextToken() {
        store.claimCompanyKey(new CompanyKey("acme", "claimed-value-of-a-call-that-died", Tier.STANDARD, Optional.empty()));
        assertEquals(Optional.of("claimed-value-of-a-call-that-died"), issue("acme", Optional.empty()).usageKey());
        assertEquals(Set.of("claimed-value-of-a-call-that-died"), keys.idByValue.keySet());
        assertTrue(store.companyKeys.get("acme").apiKeyId().isPresent());
    }

    @Test
    void platformTokensHaveNoCompanyKey() {
        Token admin = service.issue(Optional.empty(), Set.of(Scope.ADMIN), Optional.empty(), "ops").token();
        Token installed = service.install("pdm_bootstrap", Optional.empty(), Set.of(Scope.ADMIN), "x").orElseThrow().token();
        assertEquals(Optional.empty(), admin.usageKey());
        assertEquals(Optional.empty(), installed.usageKey());
        assertEquals(0, keys.ensures.get());
    }

    @Test
    void revokingAndErasingLeaveTheCompanysKey() {
        Token first = issue("acme", Optional.of("u1"));
        Token second = issue("acme", Optional.empty());
        String keyId = store.companyKeys.get("acme").apiKeyId().orElseThrow();
        assertTrue(service.revoke(second.id()));
        assertEquals(Map.of(), store.expiresAt, "issued at the same instant as the first, it too dates the game: kept");
        service.eraseDriver("acme", "u1");
        assertTrue(store.find(first.id()).isEmpty());
        assertEquals(Map.of(keyId, Tier.STANDARD), keys.planOfId, "the company's last token gone, its key stays");
        assertEquals(first.usageKey(), issue("acme", Optional.empty()).usageKey(), "and its next token names it");
    }

    @Test
    void aTierMovesTheCompanysKeyAndAppliesToACompanyWithoutTokens() {
        assertTrue(store.findCompanyKey("acme").isEmpty(), "a company without tokens has no key yet");
        CompanyKey premium = service.setTier("acme", Tier.PREMIUM);
        assertEquals(Tier.PREMIUM, premium.tier());
        assertEquals(Map.of(premium.apiKeyId().orElseThrow(), Tier.PREMIUM), keys.planOfId);
        assertEquals(premium.value(), issue("acme", Optional.empty()).usageKey().orElseThrow());
        assertEquals(Tier.STANDARD, service.setTier("acme", Tier.STANDARD).tier());
        assertEquals(Map.of(premium.apiKeyId().orElseThrow(), Tier.STANDARD), keys.planOfId);
        assertEquals(1, keys.idByValue.size());
    }
}
