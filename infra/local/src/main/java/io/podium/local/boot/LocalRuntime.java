package io.podium.local.boot;

import io.podium.local.apigateway.ApiGatewayControlPlane;
import io.podium.local.apigateway.ApiGatewayServer;
import io.podium.local.apigateway.ApiKeys;
import io.podium.local.apigateway.ApiRoutes;
import io.podium.local.apigateway.RouteTable;
import io.podium.local.apigateway.UsagePlanTemplate;
import io.podium.local.apigateway.UsagePlans;
import io.podium.local.dynamodb.DynamoDbLocal;
import io.podium.local.dynamodb.TableProvisioner;
import io.podium.local.lambda.FunctionEnvironment;
import io.podium.local.lambda.LambdaFunction;
import io.podium.local.schedule.ScheduleRunner;
import io.podium.local.sqs.ElasticMq;
import io.podium.local.sqs.QueueProvisioner;
import io.podium.local.sqs.SqsEventSource;
import io.podium.local.template.EventSpec;
import io.podium.local.template.FunctionSpec;
import io.podium.local.template.Intrinsics;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateParameters;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The whole local stack of template.yaml in this JVM: DynamoDB Local and ElasticMQ with the template's tables and
 * queues, the functions' configuration as system properties, the API, the SQS pollers and the schedules. Closing it
 * stops them in reverse order, DynamoDB Local last so that sqlite is flushed.
 */
public final class LocalRuntime implements AutoCloseable {
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private Intrinsics intrinsics;
    private URI dynamoDbEndpoint;
    private URI sqsEndpoint;
    private URI apiGatewayEndpoint;
    private AdminTokenBootstrap.AdminToken adminToken;
    private int port;

    private LocalRuntime() {
    }

    public static LocalRuntime start(ServeOptions options, Optional<String> adminTokenFromEnvironment,
                                     AdminTokenBootstrap.Installer installer) throws Exception {
        LocalRuntime runtime = new LocalRuntime();
        try {
            runtime.startAll(options, adminTokenFromEnvironment, installer);
            return runtime;
        } catch (Exception | Error e) {
            runtime.close();
            throw e;
        }
    }

    private void startAll(ServeOptions options, Optional<String> adminTokenFromEnvironment,
                          AdminTokenBootstrap.Installer installer) throws Exception {
        Template template = Template.load(options.template());
        Map<String, String> parameters = TemplateParameters.values(template, options.parameters());
        ApiGatewayServer.checkPortIsFree(options.port());
        Path dataDir = options.inMemory() ? null : options.dataDir();
        if (dataDir != null) {
            Files.createDirectories(dataDir.resolve("dynamodb"));
            started(DataDirLock.acquire(dataDir));
        }
        // Each takes about a second to start; in parallel they cost one.
        CompletableFuture<ElasticMq> elasticMqStarting = CompletableFuture.supplyAsync(ElasticMq::start);
        try {
            dynamoDbEndpoint = started(DynamoDbLocal.start(dataDir == null ? null : dataDir.resolve("dynamodb"))).endpoint();
        } finally {
            sqsEndpoint = started(elasticMqStarting.join()).endpoint();
        }
        intrinsics = new Intrinsics(template, parameters, sqsEndpoint.toString());
        UsagePlans usagePlans = new UsagePlans(UsagePlanTemplate.plans(template, intrinsics),
                ApiKeys.open(dataDir == null ? null : dataDir.resolve("apigateway/keys.json"),
                        UsagePlanTemplate.keys(template, intrinsics)),
                System::nanoTime);
        apiGatewayEndpoint = started(ApiGatewayControlPlane.start(usagePlans.plans(), usagePlans.keys())).endpoint();

        DynamoDbClient dynamoDb = started(LocalAwsClients.dynamoDb(dynamoDbEndpoint));
        SqsClient sqs = started(LocalAwsClients.sqs(sqsEndpoint));
        new TableProvisioner(dynamoDb, intrinsics).provision(template);
        new QueueProvisioner(sqs, intrinsics).provision(template);

        List<FunctionSpec> specs = FunctionSpec.all(template, intrinsics);
        Map<String, String> properties = new LinkedHashMap<>(FunctionEnvironment.merge(specs, intrinsics));
        properties.putAll(runtimeProperties());
        properties.forEach(System::setProperty);

        // The Tokens table is named by TOKENS_TABLE; a template without it has no token administration to bootstrap.
        if (FunctionEnvironment.declared(specs, "TOKENS_TABLE")) {
            adminToken = AdminTokenBootstrap.bootstrap(adminTokenFromEnvironment, dataDir, installer);
        }

        ClassLoader classLoader = LocalRuntime.class.getClassLoader();
        List<LambdaFunction> functions = specs.stream().map(spec -> new LambdaFunction(spec, classLoader)).toList();
        List<ApiRoutes.ApiEvent> apiEvents = new ArrayList<>();
        List<SqsEventSource> pollers = new ArrayList<>();
        List<ScheduleRunner.Schedule> schedules = new ArrayList<>();
        for (LambdaFunction function : functions) {
            for (EventSpec event : function.spec().events()) {
                switch (event.type()) {
                    case "Api" -> apiEvents.add(new ApiRoutes.ApiEvent(event, function));
                    case "SQS" -> Optional.ofNullable(SqsEventSource.of(event, function, sqs, template, intrinsics))
                            .ifPresent(pollers::add);
                    case "Schedule" -> schedules.add(ScheduleRunner.Schedule.of(event, function, intrinsics));
                    default -> System.err.println("podium-local: " + event.functionLogicalId() + ".Events." + event.id()
                            + " of type " + event.type() + " is not served locally");
                }
            }
        }
        RouteTable routes = ApiRoutes.build(template, intrinsics, functions, apiEvents, options.authorizerCacheTtl(),
                System::currentTimeMillis, usagePlans);

        for (SqsEventSource poller : pollers) {
            started(poller).start();
        }
        ScheduleRunner scheduleRunner = started(new ScheduleRunner(schedules));
        scheduleRunner.start();
        port = started(ApiGatewayServer.start(options.port(), routes, scheduleRunner)).port();
    }

    /**
     * Where the functions find the local services. The SDK's own endpoint properties are set too, so a client that
     * ignores DYNAMODB_ENDPOINT, SQS_ENDPOINT or APIGATEWAY_ENDPOINT still talks to the local services, never to AWS.
     */
    private Map<String, String> runtimeProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("AWS_REGION", Intrinsics.REGION);
        properties.put("aws.region", Intrinsics.REGION);
        properties.put("DYNAMODB_ENDPOINT", dynamoDbEndpoint.toString());
        properties.put("SQS_ENDPOINT", sqsEndpoint.toString());
        properties.put("aws.endpointUrlDynamoDb", dynamoDbEndpoint.toString());
        properties.put("aws.endpointUrlSqs", sqsEndpoint.toString());
        properties.put("APIGATEWAY_ENDPOINT", apiGatewayEndpoint.toString());
        properties.put("aws.endpointUrlApiGateway", apiGatewayEndpoint.toString());
        properties.put("aws.accessKeyId", LocalAwsClients.ACCESS_KEY_ID);
        properties.put("aws.secretAccessKey", LocalAwsClients.SECRET_ACCESS_KEY);
        return properties;
    }

    private <T extends AutoCloseable> T started(T resource) {
        running.push(resource);
        return resource;
    }

    public int port() {
        return port;
    }

    URI dynamoDbEndpoint() {
        return dynamoDbEndpoint;
    }

    public URI sqsEndpoint() {
        return sqsEndpoint;
    }

    public URI apiGatewayEndpoint() {
        return apiGatewayEndpoint;
    }

    public Intrinsics intrinsics() {
        return intrinsics;
    }

    Optional<AdminTokenBootstrap.AdminToken> adminToken() {
        return Optional.ofNullable(adminToken);
    }

    /** Stops everything that was started, most recent first; a part that fails to stop does not keep the rest up. */
    @Override
    public synchronized void close() {
        while (!running.isEmpty()) {
            AutoCloseable resource = running.pop();
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("podium-local: stopping " + resource.getClass().getSimpleName() + " failed: " + e);
            }
        }
    }
}
