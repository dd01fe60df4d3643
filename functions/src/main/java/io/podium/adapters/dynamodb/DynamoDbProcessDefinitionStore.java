package io.podium.adapters.dynamodb;

import io.podium.processes.Lane;
import io.podium.processes.ProcessDefinition;
import io.podium.processes.ProcessDefinitionStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Game table, process definitions: {@code pk = copid#processdef}, {@code sk = <definition id>}, with {@code name},
 * {@code lanes} (a list, in order, of maps of {@code name} and {@code roles}) and {@code updated}.
 */
public final class DynamoDbProcessDefinitionStore implements ProcessDefinitionStore {
    private final KeyedTable table;

    public DynamoDbProcessDefinitionStore(DynamoDbClient dynamo, String table) {
        this.table = new KeyedTable(dynamo, table);
    }

    private static String pk(String copid) {
        return KeyedTable.pk(copid, "processdef");
    }

    /** One PutItem; what it replaced says whether the definition is new. */
    @Override
    public boolean put(String copid, ProcessDefinition definition) {
        Map<String, AttributeValue> item = KeyedTable.item(pk(copid), definition.id(), Map.of(
                "id", Attributes.s(definition.id()),
                "name", Attributes.s(definition.name()),
                "lanes", lanes(definition.lanes()),
                "updated", Attributes.s(definition.updated().toString())));
        Map<String, AttributeValue> replaced = table.dynamo().putItem(put -> put.tableName(table.name()).item(item)
                .returnValues(ReturnValue.ALL_OLD)).attributes();
        return replaced == null || replaced.isEmpty();
    }

    @Override
    public Optional<ProcessDefinition> find(String copid, String id) {
        return table.get(pk(copid), id).map(DynamoDbProcessDefinitionStore::definition);
    }

    @Override
    public List<ProcessDefinition> list(String copid) {
        return table.partition(pk(copid)).map(DynamoDbProcessDefinitionStore::definition).toList();
    }

    private static ProcessDefinition definition(Map<String, AttributeValue> item) {
        return new ProcessDefinition(Attributes.requiredString(item, "id"), Attributes.requiredString(item, "name"),
                lanes(item.get("lanes")), Attributes.instant(item, "updated"));
    }

    static AttributeValue lanes(List<Lane> lanes) {
        return AttributeValue.fromL(lanes.stream().map(lane -> AttributeValue.fromM(Map.of(
                "name", Attributes.s(lane.name()),
                "roles", DynamoDbTeamDefinitionStore.strings(lane.roles())))).toList());
    }

    static List<Lane> lanes(AttributeValue value) {
        return value.l().stream().map(lane -> new Lane(Attributes.requiredString(lane.m(), "name"),
                DynamoDbTeamDefinitionStore.strings(lane.m().get("roles")))).toList();
    }
}
