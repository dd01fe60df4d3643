package io.podium.local.boot;

import io.podium.local.apigateway.ApiGatewayControlPlane;
import io.podium.local.apigateway.ApiKeys;
import io.podium.local.apigateway.UsagePlanTemplate;
import io.podium.local.apigateway.UsagePlans;
import io.podium.local.dynamodb.MotoDynamoDb;
import io.podium.local.dynamodb.TableProvisioner;
import io.podium.local.sqs.ElasticMq;
import io.podium.local.sqs.QueueProvisioner;
import io.podium.local.template.Intrinsics;
import io.podium.local.template.Template;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * The AWS services the functions call, with what the template declares in them: DynamoDB with the tables, ElasticMQ
 * with the queues, and API Gateway's management API with the usage plans and API keys. Both {@code serve} and
 * {@code invoke} start them. DynamoDB is Podium's moto launcher in a child process ({@link MotoDynamoDb}), unless an
 * endpoint is given: {@code serve --dynamodb-endpoint URL}, or the system property {@value #ENDPOINT_PROPERTY}.
 * Closing stops them in reverse order, the engine (and then the data dir's lock) last so that its log is compacted.
 */
final class LocalServices implements AutoCloseable {
    /** A DynamoDB-compatible endpoint to use instead of the launcher, for every runtime of the JVM (tests). */
    static final String ENDPOINT_PROPERTY = "podium.dynamodb.endpoint";
    /** The SQS address tables are resolved with: none of them names a queue, and ElasticMQ is still starting. */
    private static final String QUEUES_NOT_YET = "http://queues-not-started-yet.invalid";

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
     * @param dynamoDbEndpoint a DynamoDB-compatible endpoint to use, or null for the system property's, or else the
     *             launcher's
     */
    static LocalServices start(Template template, Map<String, String> parameters, DataDirLock lock,
                               URI dynamoDbEndpoint) throws Exception {
        return start(template, parameters, starting(lock, dynamoDbEndpoint));
    }

    /** Starts ElasticMQ and the DynamoDB engine, for a caller with work of its own to do (reading the template). */
    static StartingServices starting(DataDirLock lock, URI dynamoDbEndpoint) throws IOException {
        return StartingServices.begin(lock, given(dynamoDbEndpoint));
    }

    /** As {@link #start(Template, Map, DataDirLock, URI)}, with the slowest services already starting; these own them. */
    static LocalServices start(Template template, Map<String, String> parameters, StartingServices starting)
            throws Exception {
        LocalServices services = new LocalServices();
        try {
            services.startAll(template, parameters, starting);
            return services;
        } catch (Exception | Error e) {
            services.close();
            throw e;
        }
    }

    private static URI given(URI option) {
        if (option != null) {
            return option;
        }
        String property = System.getProperty(ENDPOINT_PROPERTY, "");
        return property.isBlank() ? null : URI.create(property.trim());
    }

    private void startAll(Template template, Map<String, String> parameters, StartingServices starting)
            throws Exception {
        DataDirLock lock = starting.lock();
        Path dataDir = null;
        if (lock != null) {
            started.add(lock);
            dataDir = lock.dataDir();
        }
        // Tables name no queue, so the template resolves them before ElasticMQ has an address, and they are created
        // while it starts.
        URI dynamoDb = starting.dynamoDbEndpoint();
        ElasticMq elasticMq;
        boolean environmentCredentials = dynamoDb != null && LocalAwsClients.environmentNamesCredentials();
        try {
            if (dynamoDb == null) {
                dynamoDb = started.add(starting.engine()).endpoint();
            }
            DynamoDbClient tables = started.add(LocalAwsClients.dynamoDb(dynamoDb, environmentCredentials));
            new TableProvisioner(tables, new Intrinsics(template, parameters, QUEUES_NOT_YET)).provision(template);
        } finally {
            elasticMq = started.add(starting.queues());
        }
        intrinsics = new Intrinsics(template, parameters, elasticMq.endpoint().toString());
        usagePlans = new UsagePlans(UsagePlanTemplate.plans(template, intrinsics),
                ApiKeys.open(dataDir == null ? null : dataDir.resolve("apigateway/keys.json"),
                        UsagePlanTemplate.keys(template, intrinsics)),
                System::nanoTime);
        ApiGatewayControlPlane controlPlane = started.add(ApiGatewayControlPlane.start(usagePlans.plans(), usagePlans.keys()));
        endpoints = new LocalEndpoints(dynamoDb, elasticMq.endpoint(), controlPlane.endpoint(), environmentCredentials);

        sqs = started.add(LocalAwsClients.sqs(endpoints.sqs()));
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
