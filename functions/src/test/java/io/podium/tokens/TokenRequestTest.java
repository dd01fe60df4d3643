package io.podium.tokens;

import io.podium.auth.Scope;
import io.podium.http.ApiError;
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
        assertEquals(new TokenRequest(Optional.of("acme"), Set.of(Scope.SCORES_WRITE, Scope.READ), "telematics"),
                parse("{\"copid\":\"acme\",\"scopes\":[\"scores:write\",\"read\",\"read\"],\"description\":\"telematics\"}"));
    }

    @Test
    void readsAPlatformToken() {
        assertEquals(new TokenRequest(Optional.empty(), Set.of(Scope.ADMIN), ""), parse("{\"scopes\":[\"admin\"]}"));
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
        ApiError error = assertThrows(ApiError.class, () -> parse(body));
        assertEquals("validation_failed", error.code());
    }

    @Test
    void refusesLongDescriptions() {
        ApiError error = assertThrows(ApiError.class,
                () -> parse("{\"copid\":\"acme\",\"scopes\":[\"read\"],\"description\":\"" + "d".repeat(257) + "\"}"));
        assertEquals("description", error.details().get(0).field());
    }

    @Test
    void refusesWrongTypesAsInvalidJson() {
        assertEquals("invalid_json", assertThrows(ApiError.class,
                () -> parse("{\"copid\":7,\"scopes\":[\"read\"]}")).code());
        assertEquals("invalid_json", assertThrows(ApiError.class,
                () -> parse("{\"copid\":\"acme\",\"scopes\":[1]}")).code());
    }
}
