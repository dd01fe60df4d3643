package io.podium.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The authorizer's memory of recent answers, per container. API Gateway's own cache cannot be used: it answers 401
 * without calling the authorizer unless every identity source is present, and a token may come in any of three places
 * (see docs/design.md). So the authorizer runs for every request and remembers here, for {@code ttl}, what a
 * presented value authenticated as, or that it did not: a revoked token is refused within {@code ttl}, and an
 * access token never past its expiry. Keys are digests, never the presented values.
 */
public final class AuthenticationCache {
    /** Enough for every live token of a large fleet; past it the cache starts over rather than grow. */
    private static final int MAX_ENTRIES = 10_000;

    private final TokenService tokens;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(Optional<Authentication> answer, Instant until) {
    }

    public AuthenticationCache(TokenService tokens, Duration ttl, Clock clock) {
        this.tokens = tokens;
        this.ttl = ttl;
        this.clock = clock;
    }

    public Optional<Authentication> authenticate(String presented) {
        if (ttl.isZero()) {
            return tokens.authenticate(presented);
        }
        String key = TokenSecrets.hash(presented);
        Instant now = clock.instant();
        Entry cached = entries.get(key);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.answer();
        }
        Optional<Authentication> answer = tokens.authenticate(presented);
        Instant until = now.plus(ttl);
        if (answer.isPresent() && answer.get().validUntil().isBefore(until)) {
            until = answer.get().validUntil();
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(answer, until));
        return answer;
    }
}
