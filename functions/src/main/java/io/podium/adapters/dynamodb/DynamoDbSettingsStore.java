package io.podium.adapters.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.Json;
import io.podium.errors.FieldErrors;
import io.podium.levels.LevelScale;
import io.podium.ranks.SeedRules;
import io.podium.settings.CompanySettings;
import io.podium.settings.SettingsStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Settings table: one item per company, key {@code copid}, with {@code updatedAt} and, only while automatic
 * finalization is on, {@code autoFinalizeAfterDays} (N), so that the daily job's Scan can filter on its existence.
 */
public final class DynamoDbSettingsStore implements SettingsStore {
    private static final String AUTO_FINALIZE = "autoFinalizeAfterDays";
    private static final String LEVELS = "levels";
    private static final String RANK_RULES = "rankRules";
    private static final String POINTS = "points";
    /** Stored only when false: an item without it, written before the setting existed, needs approval. */
    private static final String INVITES_NEED_APPROVAL = "invitesNeedApproval";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbSettingsStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<CompanySettings> find(String copid) {
        return Items.get(dynamo, table, Map.of("copid", Attributes.s(copid))).map(DynamoDbSettingsStore::toSettings);
    }

    /** The whole document: a field left out of {@code settings} is removed. */
    @Override
    public void put(CompanySettings settings) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("copid", Attributes.s(settings.copid()));
        item.put("updatedAt", Attributes.s(settings.updatedAt().toString()));
        settings.autoFinalizeAfterDays().ifPresent(days -> item.put(AUTO_FINALIZE, Attributes.n(days)));
        LevelScale levels = settings.levels();
        item.put(LEVELS, Attributes.s(Json.write(Json.object()
                .put("base", levels.base()).put("factor", levels.factor()).put("count", levels.count()))));
        settings.pointWeights().ifPresent(weights -> {
            ObjectNode stored = Json.object();
            weights.forEach(stored::put);
            item.put(POINTS, Attributes.s(Json.write(stored)));
        });
        if (!settings.invitesNeedApproval()) {
            item.put(INVITES_NEED_APPROVAL, AttributeValue.fromBool(false));
        }
        if (!settings.rankRules().bases().isEmpty()) {
            item.put(RANK_RULES, Attributes.s(Json.write(settings.rankRules().toJson())));
        }
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(item).build());
    }

    @Override
    public void forEachAutoFinalizing(Consumer<CompanySettings> action) {
        dynamo.scanPaginator(ScanRequest.builder()
                        .tableName(table)
                        .filterExpression("attribute_exists(" + AUTO_FINALIZE + ")")
                        .build())
                .items().forEach(item -> action.accept(toSettings(item)));
    }

    private static CompanySettings toSettings(Map<String, AttributeValue> item) {
        LevelScale levels = Attributes.string(item, LEVELS).map(Json::read)
                .map(node -> new LevelScale(node.get("base").doubleValue(), node.get("factor").doubleValue(), node.get("count").intValue()))
                .orElse(LevelScale.DEFAULT);
        Optional<Map<String, Double>> points = Attributes.string(item, POINTS).map(Json::read).map(node -> {
            Map<String, Double> weights = new HashMap<>();
            node.fields().forEachRemaining(entry -> weights.put(entry.getKey(), entry.getValue().doubleValue()));
            return weights;
        });
        // Stored as validated: a rule that no longer parses is a bug, not a company's input.
        SeedRules rankRules = Attributes.string(item, RANK_RULES).map(Json::read).map(node -> {
            FieldErrors errors = new FieldErrors();
            SeedRules rules = SeedRules.parse(node, errors);
            errors.throwIfAny();
            return rules;
        }).orElse(SeedRules.DEFAULT);
        return new CompanySettings(
                Attributes.requiredString(item, "copid"),
                item.containsKey(AUTO_FINALIZE) ? Optional.of(Attributes.integer(item, AUTO_FINALIZE)) : Optional.empty(),
                levels, points, rankRules,
                !item.containsKey(INVITES_NEED_APPROVAL) || item.get(INVITES_NEED_APPROVAL).bool(),
                Attributes.instant(item, "updatedAt"));
    }
}
