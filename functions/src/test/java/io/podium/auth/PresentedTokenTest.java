package io.podium.auth;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PresentedTokenTest {
    private static PresentedToken of(String header, String authorization, String query) {
        return PresentedToken.of(Optional.ofNullable(header), Optional.ofNullable(authorization), Optional.ofNullable(query));
    }

    @Test
    void aTokenMayComeInAnyOfThreePlaces() {
        assertEquals(Optional.of("pdm_a"), of("pdm_a", null, null).token());
        assertEquals(Optional.of("pdm_a"), of(null, "Bearer pdm_a", null).token());
        assertEquals(Optional.of("pdm_a"), of(null, "bEaReR   pdm_a ", null).token(), "the scheme ignores case");
        assertEquals(Optional.of("pdm_a"), of(null, null, "pdm_a").token());
        assertEquals(Optional.of("pdm_a"), of("pdm_a", "Bearer pdm_a", "pdm_a").token(), "the same token thrice is one");
    }

    @Test
    void nothingUsableIsMissingAndTwoTokensConflict() {
        assertEquals(Optional.of(CredentialProblem.MISSING), of(null, null, null).problem());
        assertEquals(Optional.of(CredentialProblem.MISSING), of(" ", "Bearer ", "").problem());
        assertEquals(Optional.of(CredentialProblem.MISSING), of(null, "Basic YTpi", null).problem(),
                "another scheme carries no token");
        assertEquals(Optional.of(CredentialProblem.CONFLICTING), of("pdm_a", "Bearer pdm_b", null).problem());
        assertEquals(Optional.of(CredentialProblem.CONFLICTING), of(null, "Bearer pdm_a", "pdm_b").problem());
    }
}
