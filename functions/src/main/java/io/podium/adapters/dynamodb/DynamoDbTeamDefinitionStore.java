package io.podium.adapters.dynamodb;

import io.podium.teams.TeamAccess;
import io.podium.teams.TeamDefinition;
import io.podium.teams.TeamDefinitionStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Game table, team definitions: {@code pk = copid#teamdef}, {@code sk = <definition id>}, with {@code name},
 * {@code roles} and {@code creatorRoles} (lists, in order), {@code access} and {@code updated}.
 */
public final class DynamoDbTeamDefinitionStore implements TeamDefinitionStore {
    private final KeyedTable table;

    public DynamoDbTeamDefinitionStore(DynamoDbClient dynamo, String table) {
        this.table = new KeyedTable(dynamo, table);
    }

    private static String pk(String copid) {
        return KeyedTable.pk(copid, "teamdef");
    }

    /** One PutItem; what it replaced says whether the definition is new. */
    @Override
    public boolean put(String copid, TeamDefinition definition) {
        Map<String, AttributeValue> item = KeyedTable.item(pk(copid), definition.id(), Map.of(
                "id", Attributes.s(definition.id()),
                "name", Attributes.s(definition.name()),
                "roles", strings(definition.roles()),
                "creatorRoles", strings(definition.creatorRoles()),
                "access", Attributes.s(definition.access().name()),
                "updated", Attributes.s(definition.updated().toString())));
        Map<String, AttributeValue> replaced = table.dynamo().putItem(put -> put.tableName(table.name()).item(item)
                .returnValues(ReturnValue.ALL_OLD)).attributes();
        return replaced == null || replaced.isEmpty();
    }

    @Override
    public List<TeamDefinition> list(String copid) {
        return table.partition(pk(copid)).map(DynamoDbTeamDefinitionStore::definition).toList();
    }

    @Override
    public Optional<TeamDefinition> find(String copid, String id) {
        return table.get(pk(copid), id).map(DynamoDbTeamDefinitionStore::definition);
    }

    static AttributeValue strings(List<String> values) {
        return AttributeValue.fromL(values.stream().map(Attributes::s).toList());
    }

    static List<String> strings(AttributeValue value) {
        return value.l().stream().map(AttributeValue::s).toList();
    }

    private static TeamDefinition definition(Map<String, AttributeValue> item) {
        return new TeamDefinition(Attributes.requiredString(item, "id"), Attributes.requiredString(item, "name"),
                strings(item.get("roles")), strings(item.get("creatorRoles")),
                TeamAccess.valueOf(Attributes.requiredString(item, "access")), Attributes.instant(item, "updated"));
    }
}
