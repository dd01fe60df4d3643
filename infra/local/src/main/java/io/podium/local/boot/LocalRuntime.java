package io.podium.local.boot;

import io.podium.local.apigateway.ApiGatewayServer;
import io.podium.local.apigateway.ApiRoutes;
import io.podium.local.apigateway.RouteTable;
import io.podium.local.lambda.FunctionEnvironment;
import io.podium.local.lambda.LambdaFunction;
import io.podium.local.schedule.ScheduleRunner;
import io.podium.local.sqs.SqsEventSource;
import io.podium.local.template.EventSpec;
import io.podium.local.template.FunctionSpec;
import io.podium.local.template.Intrinsics;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateParameters;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The whole local stack of template.yaml in this JVM: the {@link LocalServices} (DynamoDB, ElasticMQ, API
 * Gateway's management API), the functions' configuration as system properties, the API, the SQS pollers and the
 * schedules. With a data dir, it publishes the services' endpoints there ({@link EndpointsFile}) for {@code invoke}.
 * Closing it stops them in reverse order, the services last.
 */
public final class LocalRuntime implements AutoCloseable {
    private final StartedResources started = new StartedResources();
    private LocalServices services;
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
        // What takes longest starts first: ElasticMQ, the DynamoDB engine (which replays the data dir meanwhile), and
        // the Lambda event serializers that the first request of an API route would otherwise wait for. The data dir is
        // locked before the engine opens its files.
        Path dataDir = options.inMemory() ? null : options.dataDir();
        StartingServices starting = LocalServices.starting(dataDir == null ? null : DataDirLock.acquire(dataDir),
                options.dynamoDbEndpoint());
        CompletableFuture.runAsync(() -> LambdaFunction.prepareApiEvents(LocalRuntime.class.getClassLoader()));
        Template template;
        Map<String, String> parameters;
        try {
            template = Template.load(options.template());
            parameters = TemplateParameters.values(template, options.parameters());
            ApiGatewayServer.checkPortIsFree(options.port());
        } catch (Exception | Error e) {
            starting.close();
            throw e;
        }
        services = started.add(LocalServices.start(template, parameters, starting));
        Intrinsics intrinsics = services.intrinsics();

        List<FunctionSpec> specs = FunctionSpec.all(template, intrinsics);
        Map<String, String> properties = new LinkedHashMap<>(FunctionEnvironment.merge(specs, intrinsics));
        properties.putAll(services.endpoints().functionProperties());
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
                    case "SQS" -> Optional.ofNullable(SqsEventSource.of(event, function, services.sqs(), template, intrinsics))
                            .ifPresent(pollers::add);
                    case "Schedule" -> schedules.add(ScheduleRunner.Schedule.of(event, function, intrinsics));
                    default -> System.err.println("podium-local: " + event.functionLogicalId() + ".Events." + event.id()
                            + " of type " + event.type() + " is not served locally");
                }
            }
        }
        RouteTable routes = ApiRoutes.build(template, intrinsics, functions, apiEvents, options.authorizerCacheTtl(),
                System::currentTimeMillis, services.usagePlans());

        for (SqsEventSource poller : pollers) {
            started.add(poller).start();
        }
        ScheduleRunner scheduleRunner = started.add(new ScheduleRunner(schedules));
        scheduleRunner.start();
        port = started.add(ApiGatewayServer.start(options.port(), routes, scheduleRunner)).port();
        if (dataDir != null) {
            // Last: a process that finds the file finds a runtime that is completely up.
            started.add(EndpointsFile.publish(dataDir, services.endpoints()));
        }
    }

    public int port() {
        return port;
    }

    URI dynamoDbEndpoint() {
        return services.endpoints().dynamoDb();
    }

    LocalEndpoints endpoints() {
        return services.endpoints();
    }

    public URI sqsEndpoint() {
        return services.endpoints().sqs();
    }

    public URI apiGatewayEndpoint() {
        return services.endpoints().apiGateway();
    }

    public Intrinsics intrinsics() {
        return services.intrinsics();
    }

    Optional<AdminTokenBootstrap.AdminToken> adminToken() {
        return Optional.ofNullable(adminToken);
    }

    /** Stops everything that was started, most recent first: the API and the pollers before the services they use. */
    @Override
    public void close() {
        started.close();
    }
}
