package io.podium.teams;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any body of POST /v2/admin/teams and of a team's join, roles, transfer and leave: a request within its rules, or a refusal. */
class TeamRequestFuzzTest {
    @FuzzTest
    void parseNew(byte[] body) {
        ParsedOrRefused.of(() -> TeamRequest.parseNew(body)).ifPresent(team -> {
            team.id().ifPresent(id -> assertTrue(TeamRequest.validId(id), team::toString));
            assertTrue(!team.name().isEmpty() && team.name().codePointCount(0, team.name().length()) <= TeamRequest.MAX_NAME
                    && team.name().chars().noneMatch(Character::isISOControl), team::toString);
            assertTrue(TeamDefinitionRequest.validId(team.definition()), team::toString);
        });
    }

    @FuzzTest
    void parseRoles(byte[] body) {
        ParsedOrRefused.of(() -> TeamRequest.parseRoles(body)).ifPresent(change -> {
            assertTrue(!change.roles().isEmpty(), change::toString);
            assertRoles(change);
        });
    }

    @FuzzTest
    void parseTransfer(byte[] body) {
        ParsedOrRefused.of(() -> TeamRequest.parseTransfer(body)).ifPresent(TeamRequestFuzzTest::assertRoles);
    }

    @FuzzTest
    void parseLeave(byte[] body) {
        ParsedOrRefused.of(() -> TeamRequest.parseLeave(body)).ifPresent(player -> assertTrue(player != null, "a player"));
    }

    private static void assertRoles(RoleChange change) {
        assertTrue(change.playerId() != null, change::toString);
        assertTrue(change.roles().size() <= TeamDefinitionRequest.MAX_ROLES, change::toString);
        assertTrue(change.roles().keySet().stream().allMatch(TeamDefinitionRequest::validId), change::toString);
    }
}
