package io.podium.handlers;

import io.podium.adapters.dynamodb.Tables;
import io.podium.auth.Scope;
import io.podium.tokens.IssuedAccessToken;
import io.podium.tokens.IssuedToken;
import io.podium.tokens.TokenSecrets;
import io.podium.tokens.TokenService;
import io.podium.wiring.Wiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the Tokens table's TTL ({@code expiresAtEpoch}) will delete: an OAuth access token when it expires, a revoked
 * token {@link TokenService#REVOKED_RETENTION} after its revocation, and never a company's first token, whose issue is
 * when the company's game began. The local engine (moto) keeps expired items, so the attribute is what is checked.
 */
@ExtendWith(InProcessPodium.class)
class TokenExpiryTest {
    private static final Instant BEGAN = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static TokenService at(Instant now) {
        return new Wiring(Faults::dynamoDb, Faults::sqs, Clock.fixed(now, ZoneOffset.UTC)).tokens();
    }

    private static Optional<Long> expiresAtEpoch(String id) {
        Map<String, AttributeValue> item = Faults.dynamoDb().getItem(get -> get.tableName(Tables.tokens())
                .key(Map.of("id", AttributeValue.fromS(id))).consistentRead(true)).item();
        assertTrue(item != null && !item.isEmpty(), "no item " + id);
        return Optional.ofNullable(item.get("expiresAtEpoch")).map(value -> Long.parseLong(value.n()));
    }

    @Test
    void aRevokedTokenExpiresAfterItsRetentionButTheFirstOfItsCompanyNever() {
        String copid = Fixtures.newCompany();
        IssuedToken first = at(BEGAN).install("pdm_first-" + copid, Optional.of(copid), Set.of(Scope.READ), "first")
                .orElseThrow();
        IssuedToken second = at(BEGAN.plusSeconds(60)).install("pdm_second-" + copid, Optional.of(copid),
                Set.of(Scope.READ), "second").orElseThrow();
        assertEquals(Optional.empty(), expiresAtEpoch(second.token().id()), "a live token never expires");

        Instant revokedAt = BEGAN.plusSeconds(120);
        assertTrue(at(revokedAt).revoke(second.token().id()));
        assertTrue(at(revokedAt).revoke(first.token().id()));
        assertEquals(Optional.of(revokedAt.plus(TokenService.REVOKED_RETENTION).getEpochSecond()),
                expiresAtEpoch(second.token().id()));
        assertEquals(Optional.empty(), expiresAtEpoch(first.token().id()), "the game began with it");

        assertTrue(at(revokedAt.plusSeconds(60)).revoke(second.token().id()), "revoking again is fine");
        assertEquals(Optional.of(revokedAt.plus(TokenService.REVOKED_RETENTION).getEpochSecond()),
                expiresAtEpoch(second.token().id()), "the retention runs from the first revocation");
    }

    @Test
    void anAccessTokenExpiresWhenItDoes() {
        String copid = Fixtures.newCompany();
        IssuedToken client = at(BEGAN).install("pdm_client-" + copid, Optional.of(copid), Set.of(Scope.GAME), "sdk")
                .orElseThrow();
        Duration lifetime = Duration.ofHours(1);
        IssuedAccessToken access = at(BEGAN).exchange(client.token().id(), client.secret(), lifetime);
        String id = TokenSecrets.idOf(TokenSecrets.hash(access.secret()));
        assertEquals(Optional.of(BEGAN.plus(lifetime).getEpochSecond()), expiresAtEpoch(id));
        assertFalse(at(BEGAN).revoke(id), "an access token is not revoked on its own");
    }
}
