package io.podium.local.dynamodb;

import io.podium.local.template.Intrinsics;
import io.podium.local.template.ResourceTypes;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateException;
import io.podium.local.template.TemplateResource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creates every AWS::DynamoDB::Table of the template in the DynamoDB engine. Idempotent: a table that already exists
 * (from an earlier run on the same data dir) keeps its data and only gains the global secondary indexes it lacks.
 */
public final class TableProvisioner {
    private final DynamoDbClient dynamoDb;
    private final Intrinsics intrinsics;

    public TableProvisioner(DynamoDbClient dynamoDb, Intrinsics intrinsics) {
        this.dynamoDb = dynamoDb;
        this.intrinsics = intrinsics;
    }

    public void provision(Template template) {
        // One ListTables instead of a DescribeTable per table, each of which fails for a table still to create.
        Set<String> existing = new HashSet<>(dynamoDb.listTablesPaginator().tableNames().stream().toList());
        template.ofType(ResourceTypes.TABLE).stream()
                .filter(intrinsics::included)
                .forEach(table -> provision(new TableDefinition(table, intrinsics), existing));
    }

    private void provision(TableDefinition definition, Set<String> existing) {
        if (!existing.contains(definition.name)) {
            dynamoDb.createTable(request -> request
                    .tableName(definition.name)
                    .attributeDefinitions(definition.attributes)
                    .keySchema(definition.keySchema)
                    .billingMode(definition.billingMode)
                    .provisionedThroughput(definition.throughput)
                    .globalSecondaryIndexes(definition.globalIndexes.isEmpty() ? null : definition.globalIndexes)
                    .localSecondaryIndexes(definition.localIndexes.isEmpty() ? null : definition.localIndexes));
            return;
        }
        TableDescription table = dynamoDb.describeTable(request -> request.tableName(definition.name)).table();
        Set<String> present = table.globalSecondaryIndexes().stream()
                .map(GlobalSecondaryIndexDescription::indexName)
                .collect(Collectors.toSet());
        // DynamoDB creates one global secondary index per UpdateTable call.
        definition.globalIndexes.stream()
                .filter(index -> !present.contains(index.indexName()))
                .forEach(index -> dynamoDb.updateTable(request -> request
                        .tableName(definition.name)
                        .attributeDefinitions(definition.attributes)
                        .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
                                .create(CreateGlobalSecondaryIndexAction.builder()
                                        .indexName(index.indexName())
                                        .keySchema(index.keySchema())
                                        .projection(index.projection())
                                        .provisionedThroughput(index.provisionedThroughput())
                                        .build())
                                .build())));
    }

    /** The table's CloudFormation properties translated into DynamoDB API shapes. */
    private static final class TableDefinition {
        final String name;
        final List<AttributeDefinition> attributes;
        final List<KeySchemaElement> keySchema;
        final BillingMode billingMode;
        final ProvisionedThroughput throughput;
        final List<GlobalSecondaryIndex> globalIndexes;
        final List<LocalSecondaryIndex> localIndexes;

        TableDefinition(TemplateResource table, Intrinsics intrinsics) {
            String id = table.logicalId();
            name = intrinsics.physicalName(table);
            attributes = maps(intrinsics.resolve(table.property("AttributeDefinitions"), id + ".AttributeDefinitions"),
                    attribute -> AttributeDefinition.builder()
                            .attributeName(string(attribute, "AttributeName"))
                            .attributeType(string(attribute, "AttributeType"))
                            .build());
            keySchema = keySchema(intrinsics.resolve(table.property("KeySchema"), id + ".KeySchema"));
            // CloudFormation's default billing mode is PROVISIONED.
            String mode = intrinsics.text(table.property("BillingMode"), id + ".BillingMode");
            billingMode = BillingMode.fromValue(mode == null ? "PROVISIONED" : mode);
            throughput = throughput(intrinsics.resolve(table.property("ProvisionedThroughput"), id + ".ProvisionedThroughput"));
            globalIndexes = maps(intrinsics.resolve(table.property("GlobalSecondaryIndexes"), id + ".GlobalSecondaryIndexes"),
                    index -> GlobalSecondaryIndex.builder()
                            .indexName(string(index, "IndexName"))
                            .keySchema(keySchema(index.get("KeySchema")))
                            .projection(projection(index.get("Projection")))
                            .provisionedThroughput(throughput(index.get("ProvisionedThroughput")))
                            .build());
            localIndexes = maps(intrinsics.resolve(table.property("LocalSecondaryIndexes"), id + ".LocalSecondaryIndexes"),
                    index -> LocalSecondaryIndex.builder()
                            .indexName(string(index, "IndexName"))
                            .keySchema(keySchema(index.get("KeySchema")))
                            .projection(projection(index.get("Projection")))
                            .build());
        }

        private static List<KeySchemaElement> keySchema(Object resolved) {
            return maps(resolved, key -> KeySchemaElement.builder()
                    .attributeName(string(key, "AttributeName"))
                    .keyType(string(key, "KeyType"))
                    .build());
        }

        private static Projection projection(Object resolved) {
            Map<String, Object> projection = Template.mapping(resolved, "Projection");
            Object nonKey = projection.get("NonKeyAttributes");
            return Projection.builder()
                    .projectionType(string(projection, "ProjectionType"))
                    .nonKeyAttributes(nonKey instanceof List<?> names ? names.stream().map(String::valueOf).toList() : null)
                    .build();
        }

        private static ProvisionedThroughput throughput(Object resolved) {
            if (resolved == null) {
                return null;
            }
            Map<String, Object> throughput = Template.mapping(resolved, "ProvisionedThroughput");
            return ProvisionedThroughput.builder()
                    .readCapacityUnits(Long.parseLong(string(throughput, "ReadCapacityUnits")))
                    .writeCapacityUnits(Long.parseLong(string(throughput, "WriteCapacityUnits")))
                    .build();
        }

        private static <T> List<T> maps(Object resolved, Function<Map<String, Object>, T> convert) {
            if (resolved == null) {
                return List.of();
            }
            if (!(resolved instanceof List<?> list)) {
                throw new TemplateException("expected a list, not " + resolved);
            }
            return list.stream().map(element -> convert.apply(Template.mapping(element, "list element"))).toList();
        }

        private static String string(Map<String, Object> map, String key) {
            Object value = map.get(key);
            if (value == null) {
                throw new TemplateException("missing " + key + " in " + map);
            }
            return String.valueOf(value);
        }
    }
}
