package io.podium.adapters.dynamodb;

import io.podium.customboards.EntityValues;
import io.podium.engagement.StatBoards;
import io.podium.leaderboards.BoardExclusions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.HashMap;
import java.util.Map;

/**
 * What custom leaderboards rank by, each read whole from its partition in the Game table ({@link DynamoDbValueStore},
 * {@link DynamoDbPlayerStore}, {@link DynamoDbTeamStore}), or from a metric's all-time total board in the
 * Leaderboards table ({@link StatBoards}).
 */
public final class DynamoDbEntityValues implements EntityValues {
    private final DynamoDbValueStore values;
    private final DynamoDbPlayerStore players;
    private final DynamoDbTeamStore teams;
    private final DynamoDbBoardStore boards;

    public DynamoDbEntityValues(DynamoDbClient dynamo, String gameTable, String eventsTable, String leaderboardsTable) {
        this.values = new DynamoDbValueStore(dynamo, gameTable, eventsTable);
        this.players = new DynamoDbPlayerStore(dynamo, gameTable, eventsTable);
        this.teams = new DynamoDbTeamStore(dynamo, gameTable, eventsTable);
        this.boards = new DynamoDbBoardStore(dynamo, leaderboardsTable);
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
