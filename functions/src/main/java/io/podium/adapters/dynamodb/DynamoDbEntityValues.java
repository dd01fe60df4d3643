package io.podium.adapters.dynamodb;

import io.podium.customboards.EntityValues;
import io.podium.engagement.StatBoards;
import io.podium.leaderboards.BoardExclusions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What custom leaderboards rank by, each read whole from its partition in the Game table ({@link DynamoDbValueStore},
 * {@link DynamoDbPlayerStore}, {@link DynamoDbTeamStore}, {@link DynamoDbPointDays}), from a metric's all-time total
 * board in the Leaderboards table ({@link StatBoards}), or from the Scores table's days ({@link DynamoDbScoreStore}).
 */
public final class DynamoDbEntityValues implements EntityValues {
    private final DynamoDbValueStore values;
    private final DynamoDbPlayerStore players;
    private final DynamoDbTeamStore teams;
    private final DynamoDbBoardStore boards;
    private final DynamoDbPointDays pointDays;
    private final DynamoDbMetricStore metrics;
    private final DynamoDbClient dynamo;
    private final String scoresTable;

    /** The tables read: the Game, Events, Leaderboards, Scores and Metrics tables. */
    public record Sources(String game, String events, String leaderboards, String scores, String metrics) {
    }

    public DynamoDbEntityValues(DynamoDbClient dynamo, Sources tables) {
        this.values = new DynamoDbValueStore(dynamo, tables.game(), tables.events());
        this.players = new DynamoDbPlayerStore(dynamo, tables.game(), tables.events());
        this.teams = new DynamoDbTeamStore(dynamo, tables.game(), tables.events());
        this.boards = new DynamoDbBoardStore(dynamo, tables.leaderboards());
        this.pointDays = new DynamoDbPointDays(dynamo, tables.game());
        this.metrics = new DynamoDbMetricStore(dynamo, tables.metrics());
        this.dynamo = dynamo;
        this.scoresTable = tables.scores();
    }

    @Override
    public Map<String, Long> points(String copid, String metric) {
        return values.allPoints(copid, metric);
    }

    @Override
    public Map<String, Long> totals(String copid, String metric) {
        Map<String, Long> totals = new HashMap<>();
        boards.head(copid, StatBoards.totalId(metric))
                .filter(head -> head.definition().equals(StatBoards.TOTAL_DEFINITION))
                .ifPresent(head -> boards.entries(copid, StatBoards.totalId(metric), head)
                        .forEach(entry -> totals.put(entry.userxtid(), entry.standing().accumulated())));
        return totals;
    }

    @Override
    public Map<String, Long> pointsOn(String copid, String metric, List<LocalDate> days) {
        return pointDays.sums(copid, metric, days);
    }

    @Override
    public Map<String, Long> scoresOn(String copid, String metric, List<LocalDate> days) {
        return DaySums.of(dynamo, scoresTable, days.stream().map(day -> DynamoDbScoreStore.dayKey(copid, metric, day))
                .toList(), "userxtid", "score");
    }

    @Override
    public Optional<LocalDate> finalizedThrough(String copid, String metric) {
        return metrics.find(copid, metric).flatMap(found -> found.finalizedThrough());
    }

    @Override
    public Map<String, String> aliases(String copid) {
        return players.allAliases(copid);
    }

    @Override
    public Map<String, TeamMembers> teams(String copid) {
        return teams.allTeams(copid);
    }

    @Override
    public BoardExclusions exclusions(String copid) {
        return players.exclusions(copid);
    }
}
