package io.podium.handlers;

import io.podium.adapters.dynamodb.DynamoDbTeamDefinitionStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.players.NewPlayer;
import io.podium.players.Profile;
import io.podium.leaderboards.BoardsTouched;
import io.podium.ranks.Rank;
import io.podium.ranks.RankDefinition;
import io.podium.ranks.RankRule;
import io.podium.ranks.RankStore;
import io.podium.ranks.RankTeam;
import io.podium.ranks.TeamRanks;
import io.podium.recompute.Reevaluation;
import io.podium.recompute.RecomputeRequest;
import io.podium.teams.NewTeam;
import io.podium.teams.RoleChange;
import io.podium.teams.Team;
import io.podium.teams.TeamAccess;
import io.podium.teams.TeamDefinitionRequest;
import io.podium.teams.TeamService;
import io.podium.wiring.Wiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ranks limited to a team follow its members: a join, a leave or a disband of a team no rank follows looks for no
 * rank, and one of a followed team has the ranks computed again, even when the rank came a moment before the change.
 */
@ExtendWith(InProcessPodium.class)
class TeamFollowersTest {
    private final String copid = newCompany();
    private final Wiring wiring = new Wiring(Faults::dynamoDb, Faults::sqs, Clock.systemUTC());
    private final RankStore ranks = wiring.ranks();
    /** What the teams' followers queued. */
    private final List<RecomputeRequest> queued = new CopyOnWriteArrayList<>();
    /** The Queries of the ranks' table (the Engagement table), which the teams' calls make only to find their ranks. */
    private final List<String> rankQueries = new CopyOnWriteArrayList<>();
    private final ExecutionInterceptor queries = new ExecutionInterceptor() {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof QueryRequest query && query.tableName().equals(Tables.engagement())) {
                rankQueries.add(query.expressionAttributeValues().values().toString());
            }
        }
    };
    private final Team crew;

    TeamFollowersTest() {
        wiring.teamDefinitions().define(copid, new TeamDefinitionRequest("crew", "Crew", List.of("member"),
                List.of("member"), TeamAccess.PUBLIC));
        crew = wiring.teams().create(copid, new NewTeam(Optional.of("crew"), "Crew", Optional.empty(), "crew")).team();
        for (String player : List.of("ann", "bob")) {
            wiring.players().create(copid, new NewPlayer(player, player, Profile.EMPTY));
        }
    }

    /** The team service on a client with these interceptors (and one that records rank Queries), followers queueing here. */
    private TeamService teams(ExecutionInterceptor... more) {
        ExecutionInterceptor[] interceptors = new ExecutionInterceptor[more.length + 1];
        interceptors[0] = queries;
        System.arraycopy(more, 0, interceptors, 1, more.length);
        DynamoDbClient dynamo = Faults.dynamoDb(interceptors);
        Wiring counted = new Wiring(() -> dynamo, Faults::sqs, Clock.systemUTC());
        return new TeamService(counted.teamStore(), new DynamoDbTeamDefinitionStore(dynamo, Tables.game()), counted.players(),
                new TeamRanks(counted.ranks(), new Reevaluation(queued::add)), BoardsTouched.NONE, Clock.systemUTC());
    }

    private Rank rankOfCrew(String metric) {
        return ranks.create(copid, new RankDefinition("Crew's " + metric, "star", RankRule.TOTAL, metric, Optional.empty(),
                0, Optional.empty(), Optional.of(new RankTeam(crew.id(), crew.number()))), Instant.now()).orElseThrow();
    }

    private static RoleChange member(String player) {
        return new RoleChange(player, Map.of("member", true));
    }

    private List<String> queuedMetrics() {
        return queued.stream().map(RecomputeRequest::metric).toList();
    }

    @Test
    void aJoinALeaveAndADisbandOfATeamNoRankFollowsLookForNoRank() {
        TeamService teams = teams();
        teams.join(copid, crew.id(), member("ann"));
        teams.leave(copid, crew.id(), "ann");
        teams.join(copid, crew.id(), member("bob"));
        teams.disband(copid, crew.id());
        assertEquals(List.of(), rankQueries);
        assertEquals(List.of(), queued);
    }

    @Test
    void aRankLimitedToTheTeamIsComputedAgainAfterEachChangeOfItsMembersUntilItIsDeleted() {
        Rank rank = rankOfCrew("km");
        TeamService teams = teams();
        teams.join(copid, crew.id(), member("ann"));
        assertEquals(List.of(new RecomputeRequest(copid, "km", Optional.empty(), "team:crew")), queued);
        teams.leave(copid, crew.id(), "ann");
        assertEquals(List.of("km", "km"), queuedMetrics());

        assertTrue(ranks.delete(rank));
        assertFalse(ranks.delete(rank), "gone, and not taken off the team's count twice");
        rankQueries.clear();
        teams.join(copid, crew.id(), member("bob"));
        assertEquals(List.of(), rankQueries, "no rank follows it any more");
        assertEquals(List.of("km", "km"), queuedMetrics());

        rankOfCrew("sales");
        teams.disband(copid, crew.id());
        assertEquals(List.of("km", "km", "sales"), queuedMetrics());
        assertEquals(Optional.empty(), ranks.create(copid, rank.definition(), Instant.now()), "no rank of a team gone");
    }

    @Test
    void aRankLimitedToTheTeamJustBeforeAJoinOrALeaveIsToldOfIt() {
        // The rank comes after the change read the team (unfollowed), before the change's transaction.
        AtomicBoolean rankFirst = new AtomicBoolean(true);
        ExecutionInterceptor rankBeforeTransaction = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof TransactWriteItemsRequest && rankFirst.getAndSet(false)) {
                    rankOfCrew("km");
                }
            }
        };
        TeamService teams = teams(rankBeforeTransaction);
        teams.join(copid, crew.id(), member("ann"));
        assertEquals(List.of("km"), queuedMetrics(), "the join found the team followed, and ran again");
        assertEquals(List.of("ann"), List.copyOf(wiring.teamStore().memberIds(copid, crew.id())));

        ranks.list(copid).forEach(ranks::delete);
        rankFirst.set(true);
        teams.leave(copid, crew.id(), "ann");
        assertEquals(List.of("km", "km"), queuedMetrics(), "the leave too");
        assertEquals(List.of(), List.copyOf(wiring.teamStore().memberIds(copid, crew.id())));
    }

    @Test
    void aTeamMadeBeforeRanksWereCountedOnItIsTakenAsFollowed() {
        // As teams were stored before: no count of the ranks on the head.
        Map<String, AttributeValue> head = Map.of("pk", AttributeValue.fromS(copid + "#members#crew"),
                "sk", AttributeValue.fromS("#team"));
        Faults.dynamoDb().updateItem(update -> update.tableName(Tables.game()).key(head).updateExpression("REMOVE followers"));
        TeamService teams = teams();
        teams.join(copid, crew.id(), member("ann"));
        assertEquals(1, rankQueries.size(), "its ranks looked for");
        assertEquals(List.of(), queued, "none");

        Rank rank = rankOfCrew("km");
        teams.join(copid, crew.id(), member("bob"));
        assertEquals(List.of("km"), queuedMetrics());
        assertTrue(ranks.delete(rank));
        assertFalse(Faults.dynamoDb().getItem(get -> get.tableName(Tables.game()).key(head)).item().containsKey("followers"),
                "still not counted, so never counted wrong");
    }
}
