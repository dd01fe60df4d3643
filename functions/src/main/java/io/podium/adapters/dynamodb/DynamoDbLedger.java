package io.podium.adapters.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.badges.Badge;
import io.podium.engagement.Ledger;
import io.podium.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Awards, levels and stream events in the Engagement table. An award ({@code copid#award}, {@code <badge>#<userxtid>})
 * or a level ({@code copid#level}, {@code userxtid}) is written in one transaction with its event
 * ({@code copid#stream}, the event id) and the event's key ({@code copid#eventkey}, e.g. {@code badge_achieved#3#u1}),
 * each conditional, so that nothing is ever written twice.
 */
public final class DynamoDbLedger implements Ledger {
    private final EngagementTable table;

    DynamoDbLedger(EngagementTable table) {
        this.table = table;
    }

    public DynamoDbLedger(DynamoDbClient dynamo, String table) {
        this(new EngagementTable(dynamo, table));
    }

    @Override
    public Set<String> holders(String copid, long badgeId) {
        Set<String> holders = new HashSet<>();
        table.partition(awardPk(copid), EngagementTable.padded(badgeId) + "#")
                .forEach(item -> holders.add(Attributes.requiredString(item, "userxtid")));
        return holders;
    }

    @Override
    public Map<Long, Set<String>> awards(String copid) {
        Map<Long, Set<String>> awards = new HashMap<>();
        table.partition(awardPk(copid)).forEach(item -> awards
                .computeIfAbsent(Attributes.number(item, "badgeId"), id -> new HashSet<>())
                .add(Attributes.requiredString(item, "userxtid")));
        return awards;
    }

    @Override
    public Map<Long, Instant> awardsOf(String copid, String userxtid, Collection<Long> badgeIds) {
        List<Map<String, AttributeValue>> keys = badgeIds.stream()
                .map(id -> EngagementTable.key(awardPk(copid), awardSk(id, userxtid))).toList();
        Map<Long, Instant> held = new HashMap<>();
        table.getAll(keys).forEach(item -> held.put(Attributes.number(item, "badgeId"), Attributes.instant(item, "awardedAt")));
        return held;
    }

    @Override
    public boolean award(String copid, Badge badge, String userxtid, Instant now) {
        Put award = Put.builder().tableName(table.name())
                .item(EngagementTable.item(awardPk(copid), awardSk(badge.id(), userxtid), Map.of(
                        "badgeId", Attributes.n(badge.id()),
                        "userxtid", Attributes.s(userxtid),
                        "awardedAt", Attributes.s(now.toString()))))
                .conditionExpression("attribute_not_exists(pk)")
                .build();
        ObjectNode data = Json.object();
        data.putObject("badge").put("id", badge.id()).put("name", badge.name());
        return announce(copid, "badge_achieved#" + badge.id() + "#" + userxtid, "badge_achieved", data,
                Optional.of(userxtid), now, List.of(TransactWriteItem.builder().put(award).build()));
    }

    @Override
    public Map<String, Integer> levels(String copid) {
        Map<String, Integer> levels = new HashMap<>();
        table.partition(levelPk(copid)).forEach(item ->
                levels.put(Attributes.requiredString(item, "sk"), Attributes.integer(item, "level")));
        return levels;
    }

    @Override
    public Optional<Integer> level(String copid, String userxtid) {
        return table.get(levelPk(copid), userxtid).map(item -> Attributes.integer(item, "level"));
    }

    @Override
    public boolean raiseLevel(String copid, String userxtid, int level, String levelName, Instant now) {
        Update raise = Update.builder().tableName(table.name())
                .key(EngagementTable.key(levelPk(copid), userxtid))
                .updateExpression("SET #level = :level, updatedAt = :now")
                .conditionExpression("attribute_not_exists(#level) OR #level < :level")
                .expressionAttributeNames(Map.of("#level", "level"))
                .expressionAttributeValues(Map.of(":level", Attributes.n(level), ":now", Attributes.s(now.toString())))
                .build();
        ObjectNode data = Json.object();
        data.putObject("level").put("name", levelName);
        return announce(copid, "new_level#" + userxtid + "#" + level, "new_level", data, Optional.of(userxtid), now,
                List.of(TransactWriteItem.builder().update(raise).build()));
    }

    @Override
    public boolean announce(String copid, String eventKey, String type, ObjectNode data, Optional<String> userxtid, Instant now) {
        return announce(copid, eventKey, type, data, userxtid, now, List.of());
    }

    private boolean announce(String copid, String eventKey, String type, ObjectNode data, Optional<String> userxtid,
                             Instant now, List<TransactWriteItem> with) {
        String keyPk = EngagementTable.pk(copid, "eventkey");
        if (table.get(keyPk, eventKey).isPresent()) {
            return false;
        }
        long id = table.next(copid, "event");
        Map<String, AttributeValue> event = new HashMap<>(Map.of(
                "id", Attributes.n(id),
                "type", Attributes.s(type),
                "data", Attributes.s(Json.write(data)),
                "highFives", Attributes.n(0),
                "createdAt", Attributes.s(now.toString()),
                "updatedAt", Attributes.s(now.toString())));
        userxtid.ifPresent(user -> {
            event.put("userxtid", Attributes.s(user));
            event.put(DynamoDbStreamStore.BY_USER_KEY, Attributes.s(DynamoDbStreamStore.byUser(copid, user)));
        });
        List<TransactWriteItem> items = new ArrayList<>(with);
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                .item(EngagementTable.item(keyPk, eventKey, Map.of("eventId", Attributes.n(id))))
                .conditionExpression("attribute_not_exists(pk)").build()).build());
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                .item(EngagementTable.item(DynamoDbStreamStore.streamPk(copid), EngagementTable.padded(id), event))
                .conditionExpression("attribute_not_exists(pk)").build()).build());
        return table.transact(items);
    }

    private static String awardPk(String copid) {
        return EngagementTable.pk(copid, "award");
    }

    private static String awardSk(long badgeId, String userxtid) {
        return EngagementTable.padded(badgeId) + "#" + userxtid;
    }

    private static String levelPk(String copid) {
        return EngagementTable.pk(copid, "level");
    }
}
