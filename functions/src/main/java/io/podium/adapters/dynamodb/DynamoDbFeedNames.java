package io.podium.adapters.dynamodb;

import io.podium.activity.FeedNames;
import io.podium.gamemetrics.MetricCatalog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A feed page's names from the Game table: the players' items and the metric catalog's item in one BatchGetItem
 * (100 keys a call, eventually consistent), so that naming the metrics costs a page no call of its own.
 */
public final class DynamoDbFeedNames implements FeedNames {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbFeedNames(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Names of(String copid, Collection<String> playerIds) {
        Map<String, AttributeValue> catalogKey = DynamoDbMetricDefinitionStore.key(copid);
        List<Map<String, AttributeValue>> keys = new ArrayList<>(List.of(catalogKey));
        new LinkedHashSet<>(playerIds).forEach(id -> keys.add(DynamoDbPlayerStore.key(copid, id)));
        Map<String, String> aliases = new HashMap<>();
        MetricCatalog catalog = MetricCatalog.EMPTY;
        for (Map<String, AttributeValue> item : BatchCalls.getAll(dynamo, table, keys, false)) {
            if (item.get("pk").equals(catalogKey.get("pk"))) {
                catalog = DynamoDbMetricDefinitionStore.catalog(item);
            } else if (!DynamoDbPlayerStore.erasing(item)) {
                aliases.put(Attributes.requiredString(item, "id"), Attributes.requiredString(item, "alias"));
            }
        }
        return new Names(aliases, catalog);
    }
}
