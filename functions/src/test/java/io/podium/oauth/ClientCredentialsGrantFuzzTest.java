package io.podium.oauth;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Any token request, as a form, as JSON, or as an HTTP Basic header: a client's id and secret, or a refusal. */
class ClientCredentialsGrantFuzzTest {
    @FuzzTest
    void parse(byte[] input) {
        check(ParsedOrRefused.of(() -> ClientCredentialsGrant.parse(Optional.empty(),
                Optional.of("application/x-www-form-urlencoded"), input)));
        check(ParsedOrRefused.of(() -> ClientCredentialsGrant.parse(Optional.empty(),
                Optional.of("application/json; charset=utf-8"), input)));
        check(ParsedOrRefused.of(() -> ClientCredentialsGrant.parse(
                Optional.of("Basic " + new String(input, StandardCharsets.ISO_8859_1)),
                Optional.of("application/x-www-form-urlencoded"),
                "grant_type=client_credentials".getBytes(StandardCharsets.US_ASCII))));
    }

    private static void check(Optional<ClientCredentialsGrant> grant) {
        grant.ifPresent(parsed -> {
            assertFalse(parsed.clientId().isEmpty(), parsed::toString);
            assertFalse(parsed.clientSecret().isEmpty(), parsed::toString);
        });
    }
}
