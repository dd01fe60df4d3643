package io.podium.adapters.dynamodb;

import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/** Metrics table: partition key {@code copid}, sort key {@code metric}; holds the cut-off {@code finalizedThrough}. */
public final class DynamoDbMetricStore implements MetricStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbMetricStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    private static Map<String, AttributeValue> key(String copid, String metric) {
        return Map.of("copid", Attributes.s(copid), "metric", Attributes.s(metric));
    }

    @Override
    public Optional<Metric> find(String copid, String metric) {
        return Items.get(dynamo, table, key(copid, metric)).map(DynamoDbMetricStore::toMetric);
    }

    @Override
    public List<Metric> list(String copid) {
        return Items.ofCompany(dynamo, table, copid).map(DynamoDbMetricStore::toMetric).toList();
    }

    @Override
    public Metric finalizeThrough(String copid, String metric, LocalDate date, Instant now) {
        try {
            return toMetric(dynamo.updateItem(UpdateItemRequest.builder()
                    .tableName(table)
                    .key(key(copid, metric))
                    .updateExpression("SET finalizedThrough = :date, createdAt = if_not_exists(createdAt, :now)")
                    .conditionExpression("attribute_not_exists(finalizedThrough) OR finalizedThrough < :date")
                    .expressionAttributeValues(Map.of(
                            ":date", Attributes.s(date.toString()),
                            ":now", Attributes.s(now.toString())))
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                    .build()).attributes());
        } catch (ConditionalCheckFailedException alreadyThere) {
            // The cut-off is already at or past the date: nothing changes, and the caller learns where it is.
            return alreadyThere.hasItem() && !alreadyThere.item().isEmpty()
                    ? toMetric(alreadyThere.item())
                    : find(copid, metric).orElseThrow(() -> new IllegalStateException("condition failed on a missing metric"));
        }
    }

    @Override
    public void forEach(BiConsumer<String, Metric> action) {
        dynamo.scanPaginator(ScanRequest.builder().tableName(table).consistentRead(true).build())
                .items().forEach(item -> action.accept(Attributes.requiredString(item, "copid"), toMetric(item)));
    }

    private static Metric toMetric(Map<String, AttributeValue> item) {
        return new Metric(
                Attributes.requiredString(item, "metric"),
                Attributes.date(item, "finalizedThrough"),
                Attributes.instant(item, "createdAt"),
                scoreMonths(item.get("scoreMonths")));
    }

    private static SortedSet<YearMonth> scoreMonths(AttributeValue months) {
        SortedSet<YearMonth> parsed = new TreeSet<>();
        if (months != null && months.hasSs()) {
            months.ss().forEach(month -> parsed.add(YearMonth.parse(month)));
        }
        return parsed;
    }
}
