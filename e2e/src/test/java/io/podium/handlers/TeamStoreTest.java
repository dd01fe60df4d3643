package io.podium.handlers;

import io.podium.adapters.dynamodb.DynamoDbPlayerStore;
import io.podium.adapters.dynamodb.DynamoDbTeamStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.players.Player;
import io.podium.players.Profile;
import io.podium.teams.MemberPage;
import io.podium.teams.Membership;
import io.podium.teams.Team;
import io.podium.teams.TeamAccess;
import io.podium.teams.TeamEvents;
import io.podium.teams.TeamMember;
import io.podium.teams.TeamService;
import io.podium.teams.TeamState;
import io.podium.teams.TeamStore.Joined;
import io.podium.wiring.Wiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team store's counts and memberships under races, on the local DynamoDB engine. */
@ExtendWith(InProcessPodium.class)
class TeamStoreTest {
    private static final DynamoDbTeamStore STORE = new DynamoDbTeamStore(Faults.dynamoDb(), Tables.game(), Tables.events());
    private static final DynamoDbPlayerStore PLAYERS = new DynamoDbPlayerStore(Faults.dynamoDb(), Tables.game(), Tables.events());
    private static final List<String> ROLES = List.of("member", "captain");

    private static Team team(String copid, String id) {
        Team team = new Team(id, "Crew " + id, "crew", "Crew", ROLES, List.of("captain"), TeamAccess.PUBLIC,
                Instant.parse("2026-03-01T09:00:00Z"), Optional.empty(), STORE.nextNumber(copid));
        assertTrue(STORE.create(copid, team));
        return team;
    }

    private static List<TeamMember> players(String copid, int count) {
        List<TeamMember> players = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Player player = new Player("p" + i, "P " + i, true, Profile.EMPTY, Instant.now());
            assertTrue(PLAYERS.create(copid, player));
            players.add(new TeamMember(player.id(), player.alias()));
        }
        return players;
    }

    /** A join, with its event as TeamService makes it, of the team as it was read when it was made. */
    private static Joined join(String copid, Team team, TeamMember player, List<String> roles) {
        return STORE.join(copid, TeamState.empty(team), player, roles, TeamEvents.joined(copid, team, player.id(), roles,
                Instant.now())).outcome();
    }

    /** A change of roles (with {@code owner}, a transfer), with its event (of a team the store does not read). */
    private static Optional<Membership> changeRoles(String copid, String teamId, String playerId,
                                                    UnaryOperator<List<String>> change, boolean owner) {
        Team named = new Team(teamId, teamId, "crew", "Crew", ROLES, List.of("captain"), TeamAccess.PUBLIC, Instant.now(),
                Optional.empty(), 0);
        return STORE.changeRoles(copid, teamId, playerId, change, owner, roles -> owner
                ? TeamEvents.transferred(copid, named, playerId, roles, Instant.now())
                : TeamEvents.rolesChanged(copid, named, playerId, roles, Instant.now()));
    }

    /** The counts of the team's head agree with its members as they are stored. */
    private static void countsAgree(String copid, String teamId) {
        TeamState state = STORE.find(copid, teamId).orElseThrow();
        MemberPage members = STORE.members(copid, teamId, 0, 100).orElseThrow();
        assertEquals(members.members().size(), state.totalMembers());
        assertEquals(members.members().size(), members.total());
        for (String role : ROLES) {
            long holding = members.members().stream().filter(member -> STORE.membership(copid, teamId, member.id())
                    .orElseThrow().roles().contains(role)).count();
            assertEquals(holding, state.memberCount().get(role), role);
        }
    }

    @Test
    void twoJoinsOfTheSamePlayerAtOnceMakeOneMember() throws Exception {
        String copid = newCompany();
        Team team = team(copid, "crew");
        List<TeamMember> players = players(copid, 4);
        List<Callable<Joined>> joins = new ArrayList<>();
        for (TeamMember player : players) {
            joins.add(() -> join(copid, team, player, List.of("member")));
            joins.add(() -> join(copid, team, player, List.of("member")));
        }
        List<Joined> outcomes = Together.run(joins);
        assertEquals(4, outcomes.stream().filter(Joined.JOINED::equals).count(), outcomes.toString());
        assertEquals(4, outcomes.stream().filter(Joined.ALREADY_MEMBER::equals).count(), outcomes.toString());
        countsAgree(copid, "crew");
        assertEquals(Map.of("member", 4L, "captain", 0L), STORE.find(copid, "crew").orElseThrow().memberCount());
        for (TeamMember player : players) {
            assertEquals(1, STORE.teamsOf(copid, player.id()).size());
        }
    }

    @Test
    void rolesChangedAndMembersLeavingAtOnceKeepTheCountsRight() throws Exception {
        String copid = newCompany();
        Team team = team(copid, "crew");
        List<TeamMember> players = players(copid, 4);
        players.forEach(player -> assertEquals(Joined.JOINED, join(copid, team, player, List.of("member"))));
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (TeamMember player : players) {
            changes.add(() -> changeRoles(copid, "crew", player.id(), held -> ROLES, false).isPresent());
            changes.add(() -> changeRoles(copid, "crew", player.id(), held -> List.of("captain"), true).isPresent());
        }
        changes.add(() -> STORE.leave(copid, "crew", players.get(0).id(), Optional.empty()).outcome());
        Together.run(changes);
        countsAgree(copid, "crew");
        TeamState state = STORE.find(copid, "crew").orElseThrow();
        state.team().owner().ifPresent(owner -> assertTrue(STORE.membership(copid, "crew", owner.id()).isPresent(),
                "the owner is a member: " + owner));
    }

    @Test
    void joinsRacingADisbandLeaveNoMembershipBehind() throws Exception {
        String copid = newCompany();
        Team team = team(copid, "crew");
        List<TeamMember> players = players(copid, 8);
        players.subList(0, 4).forEach(player -> join(copid, team, player, List.of("member")));
        List<Callable<Object>> tasks = new ArrayList<>();
        tasks.add(() -> STORE.disband(copid, "crew").outcome());
        players.subList(4, 8).forEach(player -> tasks.add(() -> join(copid, team, player, List.of("captain"))));
        List<Object> outcomes = Together.run(tasks);
        assertEquals(true, outcomes.get(0));
        assertEquals(Optional.empty(), STORE.find(copid, "crew"));
        assertEquals(Optional.empty(), STORE.members(copid, "crew", 0, 10));
        for (TeamMember player : players) {
            assertEquals(List.of(), STORE.teamsOf(copid, player.id()), player.id());
            assertEquals(Optional.empty(), STORE.membership(copid, "crew", player.id()), player.id());
        }
        assertEquals(0, STORE.list(copid, 0, 10).total());
        assertFalse(STORE.disband(copid, "crew").outcome());
        assertEquals(Joined.NO_TEAM, join(copid, team, players.get(0), List.of("member")));
    }

    @Test
    void aPlayerLeavesEveryTeamAtOnceForItsErasure() {
        String copid = newCompany();
        TeamMember player = players(copid, 1).get(0);
        for (String id : List.of("a", "b")) {
            assertEquals(Joined.JOINED, join(copid, team(copid, id), player, List.of("captain")));
        }
        changeRoles(copid, "a", player.id(), held -> held, true);
        TeamService teams = new Wiring(Faults::dynamoDb, Faults::sqs, Clock.systemUTC()).teams();
        teams.leaveEveryTeam(copid, player.id());
        teams.leaveEveryTeam(copid, player.id());
        assertEquals(List.of(), teams.teamsOf(copid, player.id()));
        TeamState a = STORE.find(copid, "a").orElseThrow();
        assertEquals(Optional.empty(), a.team().owner());
        assertEquals(Map.of("member", 0L, "captain", 0L), a.memberCount());
        assertEquals(0, STORE.find(copid, "b").orElseThrow().totalMembers());
    }

    @Test
    void aDisbandOfManyMembersTakesSeveralBoundedTransactions() {
        String copid = newCompany();
        Team team = team(copid, "crew");
        List<TeamMember> players = players(copid, 60);
        IntStream.range(0, 60).forEach(i -> join(copid, team, players.get(i), List.of("member")));
        assertEquals(60, STORE.find(copid, "crew").orElseThrow().totalMembers());
        assertTrue(STORE.disband(copid, "crew").outcome());
        assertEquals(List.of(), STORE.teamsOf(copid, players.get(59).id()));
        assertEquals(Optional.empty(), STORE.membership(copid, "crew", players.get(59).id()));
    }

    @Test
    void teamsMadeAtOnceHaveNumbersOfTheirOwnAndADisbandedTeamsNumberIsNeverGivenAgain() throws Exception {
        String copid = newCompany();
        List<Callable<Team>> creates = new ArrayList<>();
        IntStream.range(0, 8).forEach(i -> creates.add(() -> team(copid, "crew" + i)));
        List<Team> teams = Together.run(creates);
        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), teams.stream().map(Team::number).collect(Collectors.toSet()));
        for (Team team : teams) {
            assertEquals(Optional.of(team.id()), STORE.idOfNumber(copid, team.number()));
            assertEquals(team.number(), STORE.find(copid, team.id()).orElseThrow().team().number());
        }
        assertEquals(teams.stream().map(Team::number).sorted().toList(),
                STORE.list(copid, 0, 10).teams().stream().map(Team::number).sorted().toList());

        Team gone = teams.get(3);
        assertTrue(STORE.disband(copid, gone.id()).outcome());
        assertEquals(Optional.empty(), STORE.idOfNumber(copid, gone.number()));
        assertEquals(9, team(copid, gone.id()).number(), "the same id again is a new team, with a new number");
        assertEquals(Optional.of(gone.id()), STORE.idOfNumber(copid, 9));
        assertEquals(Optional.empty(), STORE.idOfNumber(copid, gone.number()));
        assertEquals(Optional.empty(), STORE.idOfNumber(copid, 10));
        assertEquals(Optional.empty(), STORE.idOfNumber(copid, 0));
        assertEquals(Optional.empty(), STORE.idOfNumber(newCompany(), 1), "numbers are the company's");
    }

    @Test
    void aTeamBeingDisbandedIsNamedByItsNumberNoMoreAndTheNextDisbandFinishes() {
        String copid = newCompany();
        Team team = team(copid, "crew");
        players(copid, 2).forEach(player -> join(copid, team, player, List.of("member")));
        Faults.Unreachable transactions = new Faults.Unreachable("TransactWriteItems");
        DynamoDbTeamStore failing = new DynamoDbTeamStore(Faults.dynamoDb(transactions), Tables.game(), Tables.events());
        assertThrows(SdkClientException.class, () -> failing.disband(copid, "crew"));
        assertEquals(Optional.empty(), STORE.find(copid, "crew"));
        assertEquals(Optional.empty(), STORE.idOfNumber(copid, team.number()), "marked with the team");
        assertTrue(STORE.disband(copid, "crew").outcome());
        assertEquals(Optional.empty(), STORE.idOfNumber(copid, team.number()));
        assertEquals(0, STORE.list(copid, 0, 10).total());
        assertFalse(Faults.dynamoDb().getItem(get -> get.tableName(Tables.game()).key(Map.of(
                "pk", AttributeValue.fromS(copid + "#teamnumber"), "sk", AttributeValue.fromS(String.format("%012d",
                        team.number()))))).hasItem(), "the number's item is gone with the team");
    }

    @Test
    void memberIdsAreEveryMemberAcrossPages() {
        String copid = newCompany();
        assertEquals(Set.of(), STORE.memberIds(copid, "crew"), "no team");
        Team team = team(copid, "crew");
        assertEquals(Set.of(), STORE.memberIds(copid, "crew"), "no member");
        List<TeamMember> players = players(copid, 3);
        players.forEach(player -> join(copid, team, player, List.of("member")));
        assertEquals(Set.of("p0", "p1", "p2"), STORE.memberIds(copid, "crew"));

        // Members of 350 KB each (as no member is, but as a Query sees them): three of them fill a 1 MB page.
        String padding = "x".repeat(350_000);
        for (int i = 3; i < 10; i++) {
            String id = "p" + i;
            Faults.dynamoDb().putItem(put -> put.tableName(Tables.game()).item(Map.of(
                    "pk", AttributeValue.fromS(copid + "#members#crew"), "sk", AttributeValue.fromS("M#" + id),
                    "id", AttributeValue.fromS(id), "alias", AttributeValue.fromS(id), "pad", AttributeValue.fromS(padding))));
        }
        Faults.Calls calls = new Faults.Calls();
        Set<String> ids = new DynamoDbTeamStore(Faults.dynamoDb(calls), Tables.game(), Tables.events()).memberIds(copid, "crew");
        assertEquals(IntStream.range(0, 10).mapToObj(i -> "p" + i).collect(Collectors.toSet()), ids);
        assertTrue(calls.operations.size() > 1, "more than one page: " + calls.operations);
    }
}
