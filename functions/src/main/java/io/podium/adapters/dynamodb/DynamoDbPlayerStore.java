package io.podium.adapters.dynamodb;

import io.podium.players.Player;
import io.podium.players.PlayerChange;
import io.podium.players.PlayerPage;
import io.podium.players.PlayerStore;
import io.podium.players.Profile;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Game table, players: {@code pk = copid#player}, {@code sk = P#<id>}, with {@code id}, {@code alias},
 * {@code enabled}, {@code created} and each profile field set. The partition's count is the item {@code sk = #total}
 * ({@code count}), which sorts before every player, so that one Query from the start reads the count and a page.
 * A player and the count change in one transaction.
 */
public final class DynamoDbPlayerStore implements PlayerStore {
    private static final String TOTAL = "#total";
    private static final String PLAYER = "P#";

    private final KeyedTable table;

    public DynamoDbPlayerStore(DynamoDbClient dynamo, String table) {
        this.table = new KeyedTable(dynamo, table);
    }

    private static String pk(String copid) {
        return KeyedTable.pk(copid, "player");
    }

    @Override
    public boolean create(String copid, Player player) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("id", Attributes.s(player.id()));
        item.put("alias", Attributes.s(player.alias()));
        item.put("enabled", AttributeValue.fromBool(player.enabled()));
        item.put("created", Attributes.s(player.created().toString()));
        player.profile().fields().forEach((name, value) -> item.put(name, Attributes.s(value)));
        return table.transact(List.of(
                TransactWriteItem.builder().put(put -> put.tableName(table.name())
                        .item(KeyedTable.item(pk(copid), PLAYER + player.id(), item))
                        .conditionExpression("attribute_not_exists(sk)")).build(),
                TransactWriteItem.builder().update(update -> update.tableName(table.name())
                        .key(KeyedTable.key(pk(copid), TOTAL))
                        .updateExpression("ADD #count :one")
                        .expressionAttributeNames(Map.of("#count", "count"))
                        .expressionAttributeValues(Map.of(":one", Attributes.n(1)))).build()));
    }

    @Override
    public Optional<Player> find(String copid, String id) {
        return table.get(pk(copid), PLAYER + id).map(DynamoDbPlayerStore::toPlayer);
    }

    /** One Query from the partition's start reads the count and then the players, skipping {@code skip} of them. */
    @Override
    public PlayerPage list(String copid, int skip, int limit) {
        long[] total = {0};
        List<Player> page = new ArrayList<>();
        table.partitionFromStart(pk(copid), 1 + skip + limit)
                .forEach(item -> {
                    if (TOTAL.equals(item.get("sk").s())) {
                        total[0] = Attributes.number(item, "count");
                    } else {
                        page.add(toPlayer(item));
                    }
                });
        return new PlayerPage(page.subList(Math.min(skip, page.size()), Math.min(skip + limit, page.size())), total[0]);
    }

    @Override
    public Optional<Player> change(String copid, String id, PlayerChange change) {
        Map<String, String> set = new LinkedHashMap<>();
        change.alias().ifPresent(alias -> set.put("alias", alias));
        List<String> removed = new ArrayList<>();
        change.profile().forEach((field, value) -> {
            if (value.isEmpty()) {
                removed.add(field);
            } else {
                set.put(field, value);
            }
        });
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> assignments = new ArrayList<>();
        set.forEach((field, value) -> {
            names.put("#" + field, field);
            values.put(":" + field, Attributes.s(value));
            assignments.add("#" + field + " = :" + field);
        });
        removed.forEach(field -> names.put("#" + field, field));
        String expression = (assignments.isEmpty() ? "" : "SET " + String.join(", ", assignments))
                + (removed.isEmpty() ? "" : " REMOVE " + String.join(", ", removed.stream().map(f -> "#" + f).toList()));
        return updated(copid, id, expression.strip(), names, values);
    }

    @Override
    public Optional<Player> setEnabled(String copid, String id, boolean enabled) {
        return updated(copid, id, "SET enabled = :enabled", Map.of(), Map.of(":enabled", AttributeValue.fromBool(enabled)));
    }

    /** An update of a player that exists, answering it as it is now. */
    private Optional<Player> updated(String copid, String id, String expression, Map<String, String> names,
                                     Map<String, AttributeValue> values) {
        try {
            return Optional.of(toPlayer(table.dynamo().updateItem(UpdateItemRequest.builder()
                    .tableName(table.name())
                    .key(KeyedTable.key(pk(copid), PLAYER + id))
                    .updateExpression(expression)
                    .conditionExpression("attribute_exists(sk)")
                    .expressionAttributeNames(names.isEmpty() ? null : names)
                    .expressionAttributeValues(values.isEmpty() ? null : values)
                    .returnValues(ReturnValue.ALL_NEW)
                    .build()).attributes()));
        } catch (ConditionalCheckFailedException noSuchPlayer) {
            return Optional.empty();
        }
    }

    private static Player toPlayer(Map<String, AttributeValue> item) {
        Map<String, String> profile = new HashMap<>();
        for (String field : Profile.FIELDS) {
            Attributes.string(item, field).ifPresent(value -> profile.put(field, value));
        }
        AttributeValue enabled = item.get("enabled");
        return new Player(Attributes.requiredString(item, "id"), Attributes.requiredString(item, "alias"),
                enabled == null || enabled.bool(), new Profile(profile), Attributes.instant(item, "created"));
    }
}
