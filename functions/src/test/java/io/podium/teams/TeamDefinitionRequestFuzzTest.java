package io.podium.teams;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;

import java.util.HashSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any PUT /v2/admin/definitions/teams/:id body: a whole definition within its rules, or a refusal. */
class TeamDefinitionRequestFuzzTest {
    @FuzzTest
    void parse(byte[] body) {
        ParsedOrRefused.of(() -> TeamDefinitionRequest.parse("club", body)).ifPresent(request -> {
            assertTrue(!request.name().isEmpty() && request.name().codePointCount(0, request.name().length())
                    <= TeamDefinitionRequest.MAX_NAME && request.name().chars().noneMatch(Character::isISOControl), request::toString);
            assertTrue(!request.roles().isEmpty() && request.roles().size() <= TeamDefinitionRequest.MAX_ROLES, request::toString);
            assertEquals(request.roles().size(), new HashSet<>(request.roles()).size(), "roles repeat: " + request);
            assertTrue(request.roles().stream().allMatch(TeamDefinitionRequest::validId), request::toString);
            assertTrue(!request.creatorRoles().isEmpty() && request.roles().containsAll(request.creatorRoles()), request::toString);
        });
    }
}
