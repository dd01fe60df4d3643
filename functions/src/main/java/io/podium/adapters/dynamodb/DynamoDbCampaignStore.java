package io.podium.adapters.dynamodb;

import io.podium.campaigns.Aggregation;
import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignStatus;
import io.podium.campaigns.CampaignStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Campaigns table: partition key {@code copid}, sort key {@code id}; the definition ({@code name}, {@code metric},
 * {@code startDate}, {@code endDate}, {@code aggregation}, optional {@code description}), the status job's
 * {@code recordedStatus}, {@code createdAt} and {@code updatedAt}.
 */
public final class DynamoDbCampaignStore implements CampaignStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbCampaignStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    static Map<String, AttributeValue> key(String copid, String id) {
        return Map.of("copid", Attributes.s(copid), "id", Attributes.s(id));
    }

    @Override
    public boolean create(Campaign campaign) {
        Map<String, AttributeValue> item = new HashMap<>(key(campaign.copid(), campaign.id()));
        item.putAll(definition(campaign));
        item.put("recordedStatus", Attributes.s(campaign.recordedStatus().wireName()));
        item.put("createdAt", Attributes.s(campaign.createdAt().toString()));
        return Items.conditionally(() -> dynamo.putItem(PutItemRequest.builder()
                .tableName(table).item(item).conditionExpression("attribute_not_exists(id)").build()));
    }

    @Override
    public Optional<Campaign> find(String copid, String id) {
        return Items.get(dynamo, table, key(copid, id)).map(DynamoDbCampaignStore::toCampaign);
    }

    @Override
    public List<Campaign> list(String copid) {
        return Items.ofCompany(dynamo, table, copid).map(DynamoDbCampaignStore::toCampaign).toList();
    }

    /**
     * Sets the definition and updatedAt only, so that a status the job records meanwhile is not overwritten with
     * the one read before, and createdAt stays as stored.
     */
    @Override
    public boolean replace(Campaign campaign) {
        Map<String, AttributeValue> fields = definition(campaign);
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        fields.forEach((name, value) -> {
            names.put("#" + name, name);
            values.put(":" + name, value);
        });
        String set = fields.keySet().stream().map(name -> "#" + name + " = :" + name)
                .collect(Collectors.joining(", ", "SET ", ""));
        String expression = campaign.description().isPresent() ? set : set + " REMOVE #description";
        names.put("#description", "description");
        names.put("#id", "id");
        return Items.conditionally(() -> dynamo.updateItem(UpdateItemRequest.builder()
                .tableName(table)
                .key(key(campaign.copid(), campaign.id()))
                .updateExpression(expression)
                .conditionExpression("attribute_exists(#id)")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build()));
    }

    @Override
    public boolean delete(String copid, String id) {
        return Items.conditionally(() -> dynamo.deleteItem(DeleteItemRequest.builder()
                .tableName(table).key(key(copid, id)).conditionExpression("attribute_exists(id)").build()));
    }

    /** Conditional on the campaign still existing, so that the job never resurrects a deleted one as a stub. */
    @Override
    public boolean recordStatus(Campaign campaign, CampaignStatus status) {
        return Items.conditionally(() -> dynamo.updateItem(UpdateItemRequest.builder()
                .tableName(table)
                .key(key(campaign.copid(), campaign.id()))
                .updateExpression("SET recordedStatus = :new")
                .conditionExpression("attribute_exists(id) AND recordedStatus <> :new")
                .expressionAttributeValues(Map.of(":new", Attributes.s(status.wireName())))
                .build()));
    }

    @Override
    public void forEach(Consumer<Campaign> action) {
        dynamo.scanPaginator(ScanRequest.builder().tableName(table).build())
                .items().forEach(item -> action.accept(toCampaign(item)));
    }

    /** What PUT replaces: every attribute but the key, recordedStatus and createdAt (and description when absent). */
    private static Map<String, AttributeValue> definition(Campaign campaign) {
        Map<String, AttributeValue> fields = new LinkedHashMap<>();
        fields.put("name", Attributes.s(campaign.name()));
        fields.put("metric", Attributes.s(campaign.metric()));
        fields.put("startDate", Attributes.s(campaign.startDate().toString()));
        fields.put("endDate", Attributes.s(campaign.endDate().toString()));
        fields.put("aggregation", Attributes.s(campaign.aggregation().wireName()));
        campaign.description().ifPresent(description -> fields.put("description", Attributes.s(description)));
        fields.put("updatedAt", Attributes.s(campaign.updatedAt().toString()));
        return fields;
    }

    static Campaign toCampaign(Map<String, AttributeValue> item) {
        String aggregation = Attributes.requiredString(item, "aggregation");
        String status = Attributes.requiredString(item, "recordedStatus");
        return new Campaign(
                Attributes.requiredString(item, "copid"),
                Attributes.requiredString(item, "id"),
                Attributes.requiredString(item, "name"),
                Attributes.requiredString(item, "metric"),
                Attributes.date(item, "startDate").orElseThrow(() -> new IllegalStateException("stored item lacks startDate")),
                Attributes.date(item, "endDate").orElseThrow(() -> new IllegalStateException("stored item lacks endDate")),
                Aggregation.fromWireName(aggregation)
                        .orElseThrow(() -> new IllegalStateException("stored aggregation " + aggregation + " is unknown")),
                Attributes.string(item, "description"),
                CampaignStatus.fromWireName(status)
                        .orElseThrow(() -> new IllegalStateException("stored recordedStatus " + status + " is unknown")),
                Attributes.instant(item, "createdAt"),
                Attributes.instant(item, "updatedAt"));
    }
}
