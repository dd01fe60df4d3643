package io.podium.store;

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

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbSettingsStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public static DynamoDbSettingsStore fromEnvironment(DynamoDbClient dynamo) {
        return new DynamoDbSettingsStore(dynamo, Tables.settings());
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
        return new CompanySettings(
                Attributes.requiredString(item, "copid"),
                item.containsKey(AUTO_FINALIZE) ? Optional.of(Attributes.integer(item, AUTO_FINALIZE)) : Optional.empty(),
                Attributes.instant(item, "updatedAt"));
    }
}
