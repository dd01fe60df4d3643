package io.podium.adapters.dynamodb;

import io.podium.json.Json;
import io.podium.rules.RuleDefinition;
import io.podium.rules.RuleJson;
import io.podium.rules.RuleStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Custom rules in the Game table: {@code pk = copid#rule}, {@code sk} = the rule's id, {@code rule} the whole rule as JSON. */
public final class DynamoDbRuleStore implements RuleStore {
    private final KeyedTable table;

    public DynamoDbRuleStore(DynamoDbClient dynamo, String table) {
        this.table = new KeyedTable(dynamo, table);
    }

    private static String pk(String copid) {
        return KeyedTable.pk(copid, "rule");
    }

    @Override
    public boolean put(String copid, RuleDefinition rule) {
        return table.dynamo().putItem(put -> put.tableName(table.name())
                        .item(KeyedTable.item(pk(copid), rule.id(), Map.of("rule", Attributes.s(Json.write(RuleJson.whole(rule))))))
                        .returnValues(ReturnValue.ALL_OLD))
                .attributes().isEmpty();
    }

    @Override
    public Optional<RuleDefinition> find(String copid, String id) {
        return table.get(pk(copid), id).map(item -> RuleJson.read(Json.read(Attributes.requiredString(item, "rule"))));
    }

    @Override
    public List<RuleDefinition> list(String copid) {
        return table.partition(pk(copid)).map(item -> RuleJson.read(Json.read(Attributes.requiredString(item, "rule")))).toList();
    }
}
