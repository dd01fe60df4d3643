package io.podium.adapters.dynamodb;

import io.podium.engagement.StatBoards;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.PlayerValues;
import io.podium.leaderboards.BoardHead;
import io.podium.leaderboards.RankedEntry;
import io.podium.players.MetricScore;
import io.podium.players.Player;
import io.podium.profiles.PlayerProfile;
import io.podium.profiles.ProfileStore;
import io.podium.teams.PlayerTeam;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A profile in two BatchGetItem calls across the Game and Leaderboards tables: the player's item, their memberships
 * item, the game's metric definitions, the player's values of them, and the head of each metric's total board; then the driver index part of each board that holds the player's
 * entry (the part whose lowest id hash is the greatest at most theirs). Strongly consistent, as the players' own reads.
 */
public final class DynamoDbProfileStore implements ProfileStore {
    /** DynamoDB's limit on the keys of one BatchGetItem, less the player's four items. */
    private static final int HEADS_PER_CALL = 96;

    private final DynamoDbClient dynamo;
    private final String gameTable;
    private final String boardsTable;

    public DynamoDbProfileStore(DynamoDbClient dynamo, String gameTable, String boardsTable) {
        this.dynamo = dynamo;
        this.gameTable = gameTable;
        this.boardsTable = boardsTable;
    }

    @Override
    public Optional<PlayerProfile> read(String copid, String playerId, List<String> metrics) {
        Map<String, AttributeValue> playerKey = DynamoDbPlayerStore.key(copid, playerId);
        Map<String, AttributeValue> memberOfKey = DynamoDbTeamStore.memberOfKey(copid, playerId);
        Map<String, AttributeValue> catalogKey = DynamoDbMetricDefinitionStore.key(copid);
        Map<String, AttributeValue> valuesKey = DynamoDbValueStore.key(copid, playerId);
        List<Map<String, AttributeValue>> game = new ArrayList<>();
        Map<String, BoardHead> heads = new HashMap<>();
        for (int start = 0; start == 0 || start < metrics.size(); start += HEADS_PER_CALL) {
            Map<String, KeysAndAttributes> request = new HashMap<>();
            if (start == 0) {
                request.put(gameTable, consistent(List.of(playerKey, memberOfKey, catalogKey, valuesKey)));
            }
            List<Map<String, AttributeValue>> headKeys = metrics.subList(start, Math.min(metrics.size(), start + HEADS_PER_CALL))
                    .stream().map(metric -> boardKey(copid, StatBoards.totalId(metric), DynamoDbBoardStore.HEAD)).toList();
            if (!headKeys.isEmpty()) {
                request.put(boardsTable, consistent(headKeys));
            }
            Map<String, List<Map<String, AttributeValue>>> found = BatchCalls.getAll(dynamo, request);
            game.addAll(found.getOrDefault(gameTable, List.of()));
            found.getOrDefault(boardsTable, List.of()).forEach(item -> heads.put(item.get("board").s(), DynamoDbBoardStore.toHead(item)));
        }
        Optional<Player> player = game.stream().filter(item -> item.get("sk").equals(playerKey.get("sk"))).findFirst()
                .flatMap(DynamoDbPlayerStore::player);
        if (player.isEmpty()) {
            return Optional.empty();
        }
        List<PlayerTeam> teams = DynamoDbTeamStore.teams(find(game, memberOfKey));
        Map<String, Long> totals = totals(copid, playerId, heads);
        MetricCatalog catalog = find(game, catalogKey).map(DynamoDbMetricDefinitionStore::catalog).orElse(MetricCatalog.EMPTY);
        PlayerValues values = find(game, valuesKey).map(DynamoDbValueStore::values).orElse(PlayerValues.none(playerId));
        return Optional.of(new PlayerProfile(player.get(), metrics.stream()
                .map(metric -> new MetricScore(metric, totals.getOrDefault(DynamoDbBoardStore.board(copid, StatBoards.totalId(metric)), 0L)))
                .toList(), teams, catalog, values));
    }

    private static Optional<Map<String, AttributeValue>> find(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> key) {
        return items.stream().filter(item -> item.get("pk").equals(key.get("pk")) && item.get("sk").equals(key.get("sk"))).findFirst();
    }

    /** The player's total on each board computed as a metric's total, by board, read from its index parts. */
    private Map<String, Long> totals(String copid, String playerId, Map<String, BoardHead> heads) {
        String mine = "X#" + DynamoDbBoardStore.hashOf(playerId);
        List<Map<String, AttributeValue>> parts = new ArrayList<>();
        heads.forEach((board, head) -> {
            if (head.definition().equals(StatBoards.TOTAL_DEFINITION)) {
                head.indexParts().stream().filter(part -> part.compareTo(mine) <= 0).max(String::compareTo)
                        .ifPresent(part -> parts.add(Map.of("board", Attributes.s(board), "part", Attributes.s(part))));
            }
        });
        Map<String, Long> totals = new HashMap<>();
        BatchCalls.getAll(dynamo, boardsTable, parts, true).forEach(part -> BoardCodec.decode(part.get("data").b().asByteArray())
                .stream().filter(entry -> entry.userxtid().equals(playerId)).findFirst()
                .map(RankedEntry::standing)
                .ifPresent(standing -> totals.put(part.get("board").s(), standing.accumulated())));
        return totals;
    }

    private static KeysAndAttributes consistent(List<Map<String, AttributeValue>> keys) {
        return KeysAndAttributes.builder().keys(keys).consistentRead(true).build();
    }

    private static Map<String, AttributeValue> boardKey(String copid, String boardId, String part) {
        return Map.of("board", Attributes.s(DynamoDbBoardStore.board(copid, boardId)), "part", Attributes.s(part));
    }
}
