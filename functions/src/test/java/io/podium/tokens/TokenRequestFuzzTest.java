package io.podium.tokens;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.auth.Scope;
import io.podium.errors.ParsedOrRefused;
import io.podium.ids.CompanyId;
import io.podium.ids.DriverId;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any POST admin/tokens body: a token that is either the platform's (admin alone, no company) or one company's, a
 * driver token holding its one driver scope alone; or a refusal.
 */
class TokenRequestFuzzTest {
    @FuzzTest
    void parse(byte[] body) {
        ParsedOrRefused.of(() -> TokenRequest.parse(body)).ifPresent(token -> {
            assertFalse(token.scopes().isEmpty(), token::toString);
            if (token.scopes().contains(Scope.ADMIN)) {
                assertEquals(Set.of(Scope.ADMIN), token.scopes(), token::toString);
                assertTrue(token.copid().isEmpty(), token::toString);
            } else {
                assertTrue(token.copid().filter(CompanyId::isValid).isPresent(), token::toString);
            }
            assertEquals(token.scopes().contains(Scope.DRIVER), token.driver().isPresent(), token::toString);
            token.driver().ifPresent(driver -> {
                assertEquals(Set.of(Scope.DRIVER), token.scopes(), token::toString);
                assertEquals(Optional.empty(), DriverId.problem(driver), driver);
            });
            assertTrue(token.description().length() <= TokenRequest.MAX_DESCRIPTION, token::toString);
        });
    }
}
