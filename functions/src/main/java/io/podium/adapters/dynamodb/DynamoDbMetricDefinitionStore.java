package io.podium.adapters.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.podium.gamemetrics.LevelDefinitionRequest;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.MetricDefinition;
import io.podium.gamemetrics.MetricDefinitionRequest;
import io.podium.gamemetrics.MetricDefinitionStore;
import io.podium.json.Json;
import io.podium.levels.LevelDefinition;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A game's metric definitions in one item of the Game table, {@code pk = copid#metricdefs}, {@code sk = catalog}:
 * {@code definitions} (the definitions as their PUT bodies, a JSON array), {@code levels} (the levels likewise),
 * {@code held} (a string set of the metrics a player holds a value of) and {@code version}. One item, so that a profile or a rule reads them all in the call that
 * reads the player; a change puts it back on condition of the version read.
 */
public final class DynamoDbMetricDefinitionStore implements MetricDefinitionStore {
    static final String CATALOG = "catalog";

    private final KeyedTable table;

    public DynamoDbMetricDefinitionStore(DynamoDbClient dynamo, String table) {
        this.table = new KeyedTable(dynamo, table);
    }

    static Map<String, AttributeValue> key(String copid) {
        return KeyedTable.key(KeyedTable.pk(copid, "metricdefs"), CATALOG);
    }

    @Override
    public MetricCatalog catalog(String copid) {
        return table.get(KeyedTable.pk(copid, "metricdefs"), CATALOG).map(DynamoDbMetricDefinitionStore::catalog)
                .orElse(MetricCatalog.EMPTY);
    }

    /** The catalog an item holds. */
    static MetricCatalog catalog(Map<String, AttributeValue> item) {
        List<MetricDefinition> definitions = new ArrayList<>();
        for (JsonNode stored : Json.read(Attributes.requiredString(item, "definitions"))) {
            definitions.add(MetricDefinitionRequest.parse(stored.get("id").textValue(),
                    Json.write(stored).getBytes(StandardCharsets.UTF_8)));
        }
        List<LevelDefinition> levels = new ArrayList<>();
        Attributes.string(item, "levels").ifPresent(stored -> Json.read(stored).forEach(level -> levels.add(
                LevelDefinitionRequest.parse(level.get("id").textValue(), Json.write(level).getBytes(StandardCharsets.UTF_8)))));
        AttributeValue held = item.get("held");
        return new MetricCatalog(definitions, levels, held == null ? Set.of() : Set.copyOf(held.ss()),
                Attributes.number(item, "version"));
    }

    @Override
    public boolean save(String copid, MetricCatalog read, MetricCatalog next) {
        ArrayNode definitions = Json.mapper().createArrayNode();
        next.definitions().forEach(definition -> definitions.add(definition.toJson()));
        ArrayNode levels = Json.mapper().createArrayNode();
        next.levels().forEach(level -> levels.add(LevelDefinitionRequest.toJson(level)));
        Map<String, AttributeValue> item = new HashMap<>(key(copid));
        item.put("definitions", Attributes.s(Json.write(definitions)));
        item.put("levels", Attributes.s(Json.write(levels)));
        item.put("version", Attributes.n(read.version() + 1));
        if (!read.held().isEmpty()) {
            item.put("held", AttributeValue.fromSs(List.copyOf(read.held())));
        }
        return Items.conditionally(() -> table.dynamo().putItem(put -> put.tableName(table.name()).item(item)
                .conditionExpression(read.version() == 0 ? "attribute_not_exists(pk)" : "version = :version")
                .expressionAttributeValues(read.version() == 0 ? null : Map.of(":version", Attributes.n(read.version())))));
    }
}
