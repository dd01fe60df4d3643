package io.podium.adapters.dynamodb;

import io.podium.gamemetrics.PointDays;
import io.podium.gamemetrics.PointDeltas;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What players earned in point metrics on each day, in the Game table: one item per company, day (UTC) and player,
 * {@code pk} = {@code copid#pointday#<date>}, {@code sk} = the player, an attribute {@code p_<metric>} per metric
 * changed that day holding the sum of its changes. A change adds to it in its own transaction ({@code ADD}, so that two
 * changes of one day add up, and a change counts once as it is made once). A leaderboard over a date window reads the
 * window's days, one Query each; an erasure deletes the player's item of every day since the player was made.
 */
public final class DynamoDbPointDays implements PointDays {
    private final KeyedTable table;

    public DynamoDbPointDays(DynamoDbClient dynamo, String gameTable) {
        this.table = new KeyedTable(dynamo, gameTable);
    }

    static String day(String copid, LocalDate date) {
        return KeyedTable.pk(copid, "pointday#" + date);
    }

    private static String attribute(String metric) {
        return "p_" + metric;
    }

    /** The update that adds the deltas to the player's day, for the change's transaction; none when nothing moved. */
    static Optional<TransactWriteItem> add(String gameTable, String copid, String playerId, PointDeltas deltas) {
        if (deltas.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        StringBuilder expression = new StringBuilder("ADD ");
        int index = 0;
        for (Map.Entry<String, Long> delta : deltas.byMetric().entrySet()) {
            names.put("#m" + index, attribute(delta.getKey()));
            values.put(":d" + index, Attributes.n(delta.getValue()));
            expression.append(index == 0 ? "" : ", ").append("#m").append(index).append(" :d").append(index);
            index++;
        }
        return Optional.of(TransactWriteItem.builder().update(Update.builder().tableName(gameTable)
                .key(KeyedTable.key(day(copid, deltas.day()), playerId)).updateExpression(expression.toString())
                .expressionAttributeNames(names).expressionAttributeValues(values).build()).build());
    }

    /** Each player's sum of the metric's changes over these days, by player: those with a change. */
    Map<String, Long> sums(String copid, String metric, List<LocalDate> days) {
        return DaySums.of(table.dynamo(), table.name(), days.stream().map(date -> day(copid, date)).toList(), "sk",
                attribute(metric));
    }

    /** Deletes the player's item of each day (those of days without one cost a write unit each). */
    @Override
    public void erase(String copid, String playerId, List<LocalDate> days) {
        new BatchCalls(table.dynamo(), table.name()).write(days.stream()
                .map(date -> KeyedTable.deletion(day(copid, date), playerId)).toList());
    }
}
