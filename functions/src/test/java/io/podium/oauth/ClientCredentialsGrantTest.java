package io.podium.oauth;

import io.podium.errors.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClientCredentialsGrantTest {
    private static final Optional<String> FORM = Optional.of("application/x-www-form-urlencoded");

    private static ClientCredentialsGrant form(Optional<String> authorization, String body) {
        return ClientCredentialsGrant.parse(authorization, FORM, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(Optional<String> authorization, Optional<String> contentType, String body) {
        return assertThrows(DomainException.class, () -> ClientCredentialsGrant.parse(authorization, contentType,
                body.getBytes(StandardCharsets.UTF_8))).code();
    }

    @Test
    void basicCredentialsAreFormEncodedAsRfc6749Says() {
        String header = "Basic " + Base64.getEncoder().encodeToString("my%20client:s%3Acret+x".getBytes(StandardCharsets.UTF_8));
        assertEquals(new ClientCredentialsGrant("my client", "s:cret x"), form(Optional.of(header), "grant_type=client_credentials"));
    }

    @Test
    void bodyCredentialsComeAsAFormOrAsJson() {
        assertEquals(new ClientCredentialsGrant("id", "pdm_x"),
                form(Optional.empty(), "grant_type=client_credentials&client_id=id&client_secret=pdm_x"));
        assertEquals(new ClientCredentialsGrant("id", "pdm_x"), ClientCredentialsGrant.parse(Optional.empty(),
                Optional.of("Application/JSON; charset=UTF-8"),
                "{\"grant_type\":\"client_credentials\",\"client_id\":\"id\",\"client_secret\":\"pdm_x\",\"scope\":[]}"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusalsAreTheRfcsCodes() {
        assertEquals("invalid_request", refusal(Optional.empty(), FORM, "client_id=a&client_secret=b"));
        assertEquals("unsupported_grant_type", refusal(Optional.empty(), FORM, "grant_type=password"));
        assertEquals("invalid_request", refusal(Optional.empty(), FORM, "grant_type=client_credentials&grant_type=x"));
        assertEquals("invalid_request", refusal(Optional.empty(), FORM, "grant_type=%zz"));
        assertEquals("invalid_request", refusal(Optional.empty(), Optional.of("text/plain"), "grant_type=client_credentials"));
        assertEquals("invalid_request", refusal(Optional.empty(), Optional.of("application/json"), "{\"grant_type\":1}"));
        assertEquals("invalid_request", refusal(Optional.empty(), Optional.of("application/json"), "[]"));
        assertEquals("invalid_client", refusal(Optional.empty(), FORM, "grant_type=client_credentials&client_id=a"));
        assertEquals("invalid_client", refusal(Optional.of("Basic !!!"), FORM, "grant_type=client_credentials"));
        assertEquals("invalid_client", refusal(Optional.of("Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes())),
                FORM, "grant_type=client_credentials"));
        assertEquals("invalid_request", refusal(Optional.of("Basic " + Base64.getEncoder().encodeToString("a:b".getBytes())),
                FORM, "grant_type=client_credentials&client_secret=b"));
        assertEquals("invalid_request", refusal(Optional.empty(), FORM, "grant_type=client_credentials&client_secret="
                + "x".repeat(513)));
    }
}
