package io.podium.adapters.dynamodb;

import io.podium.customboards.Aggregation;
import io.podium.customboards.BoardEntity;
import io.podium.customboards.BoardPeriod;
import io.podium.customboards.CustomBoardStore;
import io.podium.customboards.LeaderboardDefinition;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Game table, custom leaderboards: each definition ({@code pk = copid#lbdef}, {@code sk = <id>}: {@code name},
 * {@code entity}, {@code metric}, {@code aggregation}, {@code custom}, {@code updated}, {@code startDate} and {@code endDate} for a period, and {@code scopes}, every scope
 * it was ever registered in), and each registration ({@code pk = copid#lbreg#<id>}, {@code sk = <scope>#<entity id>}:
 * {@code scope}, {@code entity}). A definition is put with one UpdateItem that keeps its scopes; a registration is a
 * BatchWriteItem of puts (or deletes), 25 a call, and one UpdateItem that adds its scopes to the definition.
 */
public final class DynamoDbCustomBoardStore implements CustomBoardStore {
    private final KeyedTable table;

    public DynamoDbCustomBoardStore(DynamoDbClient dynamo, String gameTable) {
        this.table = new KeyedTable(dynamo, gameTable);
    }

    private static String definitions(String copid) {
        return KeyedTable.pk(copid, "lbdef");
    }

    private static String registrationsPk(String copid, String boardId) {
        return KeyedTable.pk(copid, "lbreg#" + boardId);
    }

    @Override
    public boolean define(String copid, LeaderboardDefinition definition) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":name", Attributes.s(definition.name()),
                ":entity", Attributes.s(definition.entity().json()),
                ":metric", Attributes.s(definition.metric()),
                ":aggregation", Attributes.s(definition.aggregation().json()),
                ":custom", AttributeValue.fromBool(definition.custom()),
                ":updated", Attributes.s(definition.updated().toString())));
        definition.period().ifPresent(period -> {
            values.put(":start", Attributes.s(period.startDate().toString()));
            values.put(":end", Attributes.s(period.endDate().toString()));
        });
        String set = "SET #name = :name, entity = :entity, metric = :metric, aggregation = :aggregation,"
                + " custom = :custom, updated = :updated";
        // A definition put whole: one of all time loses the window it had.
        String expression = definition.period().isPresent() ? set + ", startDate = :start, endDate = :end"
                : set + " REMOVE startDate, endDate";
        Map<String, AttributeValue> before = table.dynamo().updateItem(update -> update.tableName(table.name())
                .key(KeyedTable.key(definitions(copid), definition.id()))
                .updateExpression(expression)
                .expressionAttributeNames(Map.of("#name", "name"))
                .expressionAttributeValues(values)
                .returnValues(ReturnValue.ALL_OLD)).attributes();
        // The item as it was: none, or one without a definition's attributes, and the definition is new.
        return before == null || !before.containsKey("entity");
    }

    @Override
    public Optional<LeaderboardDefinition> find(String copid, String id) {
        return table.get(definitions(copid), id).map(DynamoDbCustomBoardStore::definition);
    }

    @Override
    public List<LeaderboardDefinition> list(String copid) {
        return table.partition(definitions(copid)).map(DynamoDbCustomBoardStore::definition).toList();
    }

    @Override
    public void register(String copid, String boardId, Collection<String> scopes, Collection<String> entityIds) {
        List<WriteRequest> puts = new ArrayList<>();
        for (String scope : scopes) {
            for (String entity : entityIds) {
                puts.add(WriteRequest.builder().putRequest(put -> put.item(KeyedTable.item(registrationsPk(copid, boardId),
                        scope + "#" + entity, Map.of("scope", Attributes.s(scope), "entity", Attributes.s(entity))))).build());
            }
        }
        // The scopes first: a registration is never in a scope the board does not know.
        table.dynamo().updateItem(update -> update.tableName(table.name())
                .key(KeyedTable.key(definitions(copid), boardId))
                .updateExpression("ADD scopes :scopes")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":scopes", AttributeValue.fromSs(List.copyOf(scopes)))));
        new BatchCalls(table.dynamo(), table.name()).write(puts);
    }

    @Override
    public void deregister(String copid, String boardId, Collection<String> scopes, Collection<String> entityIds) {
        List<WriteRequest> deletions = new ArrayList<>();
        scopes.forEach(scope -> entityIds.forEach(entity ->
                deletions.add(KeyedTable.deletion(registrationsPk(copid, boardId), scope + "#" + entity))));
        new BatchCalls(table.dynamo(), table.name()).write(deletions);
    }

    @Override
    public Map<String, Set<String>> registrations(String copid, LeaderboardDefinition definition) {
        Map<String, Set<String>> scopes = new TreeMap<>();
        definition.scopes().forEach(scope -> scopes.put(scope, new TreeSet<>()));
        table.partition(registrationsPk(copid, definition.id())).forEach(item -> scopes
                .computeIfAbsent(Attributes.requiredString(item, "scope"), scope -> new TreeSet<>())
                .add(Attributes.requiredString(item, "entity")));
        Map<String, Set<String>> frozen = new HashMap<>();
        scopes.forEach((scope, entities) -> frozen.put(scope, Set.copyOf(entities)));
        return frozen;
    }

    private static LeaderboardDefinition definition(Map<String, AttributeValue> item) {
        return new LeaderboardDefinition(Attributes.requiredString(item, "sk"), Attributes.requiredString(item, "name"),
                BoardEntity.named(Attributes.requiredString(item, "entity")).orElseThrow(),
                Attributes.requiredString(item, "metric"),
                Aggregation.named(Attributes.requiredString(item, "aggregation")).orElseThrow(),
                item.get("custom").bool(),
                Attributes.string(item, "startDate").map(start -> new BoardPeriod(LocalDate.parse(start),
                        LocalDate.parse(Attributes.requiredString(item, "endDate")))),
                Attributes.instant(item, "updated"),
                item.containsKey("scopes") ? Set.copyOf(item.get("scopes").ss()) : Set.of());
    }
}
