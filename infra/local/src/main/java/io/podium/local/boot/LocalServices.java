package io.podium.local.boot;

import io.podium.local.apigateway.ApiGatewayControlPlane;
import io.podium.local.apigateway.ApiKeys;
import io.podium.local.apigateway.UsagePlanTemplate;
import io.podium.local.apigateway.UsagePlans;
import io.podium.local.dynamodb.DynamoDbLocal;
import io.podium.local.dynamodb.TableProvisioner;
import io.podium.local.sqs.ElasticMq;
import io.podium.local.sqs.QueueProvisioner;
import io.podium.local.template.Intrinsics;
import io.podium.local.template.Template;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The AWS services the functions call, in this JVM, with what the template declares in them: DynamoDB Local with the
 * tables, ElasticMQ with the queues, and API Gateway's management API with the usage plans and API keys. Both
 * {@code serve} and {@code invoke} start them. Closing stops them in reverse order, DynamoDB Local (and then the data
 * dir's lock) last so that sqlite is flushed.
 */
final class LocalServices implements AutoCloseable {
    private final StartedResources started = new StartedResources();
    private LocalEndpoints endpoints;
    private Intrinsics intrinsics;
    private UsagePlans usagePlans;
    private SqsClient sqs;

    private LocalServices() {
    }

    /**
     * @param lock the lock of the data dir where tables and API keys are kept, or null to keep everything in memory;
     *             the services release it when they close
     */
    static LocalServices start(Template template, Map<String, String> parameters, DataDirLock lock) throws Exception {
        LocalServices services = new LocalServices();
        try {
            services.startAll(template, parameters, lock);
            return services;
        } catch (Exception | Error e) {
            services.close();
            throw e;
        }
    }

    private void startAll(Template template, Map<String, String> parameters, DataDirLock lock) throws Exception {
        Path dataDir = null;
        if (lock != null) {
            started.add(lock);
            dataDir = lock.dataDir();
            // Whatever runtime wrote it is gone, or the lock would not be ours.
            EndpointsFile.discard(dataDir);
            Files.createDirectories(dataDir.resolve("dynamodb"));
        }
        // Each takes about a second to start; in parallel they cost one.
        CompletableFuture<ElasticMq> elasticMqStarting = CompletableFuture.supplyAsync(ElasticMq::start);
        DynamoDbLocal dynamoDbLocal;
        ElasticMq elasticMq;
        try {
            dynamoDbLocal = started.add(DynamoDbLocal.start(dataDir == null ? null : dataDir.resolve("dynamodb")));
        } finally {
            elasticMq = started.add(elasticMqStarting.join());
        }
        intrinsics = new Intrinsics(template, parameters, elasticMq.endpoint().toString());
        usagePlans = new UsagePlans(UsagePlanTemplate.plans(template, intrinsics),
                ApiKeys.open(dataDir == null ? null : dataDir.resolve("apigateway/keys.json"),
                        UsagePlanTemplate.keys(template, intrinsics)),
                System::nanoTime);
        ApiGatewayControlPlane controlPlane = started.add(ApiGatewayControlPlane.start(usagePlans.plans(), usagePlans.keys()));
        endpoints = new LocalEndpoints(dynamoDbLocal.endpoint(), elasticMq.endpoint(), controlPlane.endpoint());

        DynamoDbClient dynamoDb = started.add(LocalAwsClients.dynamoDb(endpoints.dynamoDb()));
        sqs = started.add(LocalAwsClients.sqs(endpoints.sqs()));
        new TableProvisioner(dynamoDb, intrinsics).provision(template);
        new QueueProvisioner(sqs, intrinsics).provision(template);
    }

    LocalEndpoints endpoints() {
        return endpoints;
    }

    /** The template's expressions, with the queue URLs of this ElasticMQ. */
    Intrinsics intrinsics() {
        return intrinsics;
    }

    UsagePlans usagePlans() {
        return usagePlans;
    }

    /** A client of ElasticMQ for the runtime's own use, open until the services close. */
    SqsClient sqs() {
        return sqs;
    }

    @Override
    public void close() {
        started.close();
    }
}
