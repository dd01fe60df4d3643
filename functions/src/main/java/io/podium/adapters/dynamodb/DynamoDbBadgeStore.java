package io.podium.adapters.dynamodb;

import io.podium.badges.Badge;
import io.podium.badges.BadgeDefinition;
import io.podium.badges.BadgeRule;
import io.podium.badges.BadgeStore;
import io.podium.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Badges in the Engagement table: {@code pk} = {@code copid#badge}, {@code sk} = the padded id. */
public final class DynamoDbBadgeStore implements BadgeStore {
    private final KeyedTable table;

    DynamoDbBadgeStore(KeyedTable table) {
        this.table = table;
    }

    public DynamoDbBadgeStore(DynamoDbClient dynamo, String table) {
        this(new KeyedTable(dynamo, table));
    }

    @Override
    public Badge create(String copid, BadgeDefinition definition, Instant now) {
        long id = table.next(copid, "badge");
        Badge badge = new Badge(copid, id, definition, now, now);
        // A new id is never in use; the condition guards against a counter reset.
        table.dynamo().putItem(put -> put.tableName(table.name())
                .item(KeyedTable.item(pk(copid), KeyedTable.padded(id), attributes(badge)))
                .conditionExpression("attribute_not_exists(pk)"));
        return badge;
    }

    @Override
    public List<Badge> list(String copid) {
        return table.partition(pk(copid)).map(item -> toBadge(copid, item)).toList();
    }

    @Override
    public Optional<Badge> find(String copid, long id) {
        return table.get(pk(copid), KeyedTable.padded(id)).map(item -> toBadge(copid, item));
    }

    @Override
    public Optional<Badge> update(String copid, long id, BadgeDefinition definition, Instant now) {
        Optional<Badge> current = find(copid, id);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Badge updated = new Badge(copid, id, definition, current.get().createdAt(), now);
        boolean written = Items.conditionally(() -> table.dynamo().putItem(put -> put.tableName(table.name())
                .item(KeyedTable.item(pk(copid), KeyedTable.padded(id), attributes(updated)))
                .conditionExpression("attribute_exists(pk)")));
        return written ? Optional.of(updated) : Optional.empty();
    }

    @Override
    public boolean delete(String copid, long id) {
        return Items.conditionally(() -> table.dynamo().deleteItem(delete -> delete.tableName(table.name())
                .key(KeyedTable.key(pk(copid), KeyedTable.padded(id)))
                .conditionExpression("attribute_exists(pk)")));
    }

    private static String pk(String copid) {
        return KeyedTable.pk(copid, "badge");
    }

    private static Map<String, AttributeValue> attributes(Badge badge) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("id", Attributes.n(badge.id()));
        item.put("name", Attributes.s(badge.name()));
        item.put("special", AttributeValue.fromBool(badge.definition().special()));
        item.put("points", Attributes.n(badge.definition().points()));
        item.put("rule", Attributes.s(Json.write(badge.rule().toJson())));
        item.put("createdAt", Attributes.s(badge.createdAt().toString()));
        item.put("updatedAt", Attributes.s(badge.updatedAt().toString()));
        return item;
    }

    private static Badge toBadge(String copid, Map<String, AttributeValue> item) {
        BadgeRule rule = BadgeRule.fromStored(Json.read(Attributes.requiredString(item, "rule")));
        return new Badge(copid, Attributes.number(item, "id"),
                new BadgeDefinition(Attributes.requiredString(item, "name"), item.get("special").bool(),
                        Attributes.integer(item, "points"), rule),
                Attributes.instant(item, "createdAt"), Attributes.instant(item, "updatedAt"));
    }
}
