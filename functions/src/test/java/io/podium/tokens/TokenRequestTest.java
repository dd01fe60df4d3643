package io.podium.tokens;

import io.podium.auth.Scope;
import io.podium.errors.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TokenRequestTest {
    private static TokenRequest parse(String json) {
        return TokenRequest.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsACompanyToken() {
        assertEquals(new TokenRequest(Optional.of("acme"), Set.of(Scope.SCORES_WRITE, Scope.READ), Optional.empty(), "telematics"),
                parse("{\"copid\":\"acme\",\"scopes\":[\"scores:write\",\"read\",\"read\"],\"description\":\"telematics\"}"));
    }

    @Test
    void readsTheScopeThatCorrectsFinalizedScores() {
        assertEquals(Set.of(Scope.SCORES_CORRECT, Scope.READ),
                parse("{\"copid\":\"acme\",\"scopes\":[\"scores:correct\",\"read\"]}").scopes());
    }

    @Test
    void readsAPlatformToken() {
        assertEquals(new TokenRequest(Optional.empty(), Set.of(Scope.ADMIN), Optional.empty(), ""), parse("{\"scopes\":[\"admin\"]}"));
    }

    @Test
    void readsADriverToken() {
        assertEquals(new TokenRequest(Optional.of("acme"), Set.of(Scope.DRIVER), Optional.of("Jane Doe #17"), "app"),
                parse("{\"copid\":\"acme\",\"scopes\":[\"driver:Jane Doe #17\"],\"description\":\"app\"}"));
    }

    /** The driver id is everything after the first colon: a userxtid may hold colons of its own. */
    @Test
    void aDriverIdMayHoldAColon() {
        assertEquals(Optional.of("fleet:7"), parse("{\"copid\":\"acme\",\"scopes\":[\"driver:fleet:7\"]}").driver());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"copid\":\"acme\",\"scopes\":[\"driver:u-17\",\"read\"]}",
            "{\"copid\":\"acme\",\"scopes\":[\"hub\",\"driver:u-17\"]}",
            "{\"copid\":\"acme\",\"scopes\":[\"driver:u-17\",\"driver:u-18\"]}",
            "{\"copid\":\"acme\",\"scopes\":[\"driver:u-17\",\"scores:correct\"]}",
            "{\"scopes\":[\"driver:u-17\",\"admin\"]}"})
    void aDriverScopeIsATokensOnlyScope(String body) {
        DomainException error = assertThrows(DomainException.class, () -> parse(body));
        assertEquals("validation_failed", error.code());
        assertEquals("scopes", error.details().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"driver:", "driver", "driver:a\\u0007b", "Driver:u-17"})
    void refusesADriverScopeWithoutAGoodDriverId(String scope) {
        DomainException error = assertThrows(DomainException.class,
                () -> parse("{\"copid\":\"acme\",\"scopes\":[\"" + scope + "\"]}"));
        assertEquals("validation_failed", error.code());
        assertEquals("scopes", error.details().get(0).field());
        assertEquals(0, error.details().get(0).index());
    }

    @Test
    void refusesADriverIdOver128Characters() {
        String scope = "driver:" + "d".repeat(129);
        DomainException error = assertThrows(DomainException.class, () -> parse("{\"copid\":\"acme\",\"scopes\":[\"" + scope + "\"]}"));
        assertEquals("the driver of driver:USERXTID must be at most 128 characters", error.details().get(0).message());
        assertEquals(Optional.of("d".repeat(128)),
                parse("{\"copid\":\"acme\",\"scopes\":[\"driver:" + "d".repeat(128) + "\"]}").driver());
    }

    @Test
    void aDriverTokenNeedsACompany() {
        DomainException error = assertThrows(DomainException.class, () -> parse("{\"scopes\":[\"driver:u-17\"]}"));
        assertEquals("validation_failed", error.code());
        assertEquals("copid", error.details().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"scopes\":[\"read\"]}",
            "{\"copid\":\"acme\",\"scopes\":[]}",
            "{\"copid\":\"acme\",\"scopes\":\"read\"}",
            "{\"copid\":\"acme\",\"scopes\":[\"write\"]}",
            "{\"copid\":\"acme\",\"scopes\":[\"admin\"]}",
            "{\"scopes\":[\"admin\",\"read\"]}",
            "{\"copid\":\"ac me\",\"scopes\":[\"read\"]}",
            "{\"copid\":\"acme#x\",\"scopes\":[\"read\"]}"})
    void refusesInconsistentRequests(String body) {
        DomainException error = assertThrows(DomainException.class, () -> parse(body));
        assertEquals("validation_failed", error.code());
    }

    @Test
    void refusesLongDescriptions() {
        DomainException error = assertThrows(DomainException.class,
                () -> parse("{\"copid\":\"acme\",\"scopes\":[\"read\"],\"description\":\"" + "d".repeat(257) + "\"}"));
        assertEquals("description", error.details().get(0).field());
    }

    @Test
    void refusesWrongTypesAsInvalidJson() {
        assertEquals("invalid_json", assertThrows(DomainException.class,
                () -> parse("{\"copid\":7,\"scopes\":[\"read\"]}")).code());
        assertEquals("invalid_json", assertThrows(DomainException.class,
                () -> parse("{\"copid\":\"acme\",\"scopes\":[1]}")).code());
    }
}
