package io.podium.local.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podium.http.ApiRouter;
import io.podium.local.lambda.FunctionEnvironment;
import io.podium.local.lambda.LambdaFunction;
import io.podium.local.sqs.QueueProvisioner;
import io.podium.local.sqs.SqsEventSource;
import io.podium.local.template.EventSpec;
import io.podium.local.template.FunctionSpec;
import io.podium.local.template.Intrinsics;
import io.podium.local.template.ResourceTypes;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateException;
import io.podium.local.template.TemplateParameters;
import io.podium.local.template.TemplateRoutes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project's own template.yaml is something the runtime understands: it resolves, its routes build and every
 * Handler names a class and method that exist. Nothing is started and no handler is initialised.
 */
class ProjectTemplateTest {
    private static final Template TEMPLATE = Template.load(Path.of("../../template.yaml"));
    private final Intrinsics intrinsics =
            new Intrinsics(TEMPLATE, TemplateParameters.values(TEMPLATE, Map.of()), "http://127.0.0.1:1");
    private final List<FunctionSpec> functions = FunctionSpec.all(TEMPLATE, intrinsics);

    @Test
    void theEnvironmentResolvesToOneSetOfProperties() {
        Map<String, String> environment = FunctionEnvironment.merge(functions, intrinsics);
        assertFalse(environment.containsKey("JAVA_TOOL_OPTIONS"));
        environment.forEach((name, value) -> assertFalse(value.isBlank(), name));
    }

    @Test
    void everyApiEventBecomesARouteAndEveryAuthorizerResolves() {
        List<LambdaFunction> lambdas = functions.stream().map(spec -> new LambdaFunction(spec, getClass().getClassLoader())).toList();
        List<ApiRoutes.ApiEvent> events = lambdas.stream()
                .flatMap(function -> function.spec().events().stream()
                        .filter(event -> event.type().equals("Api"))
                        .map(event -> new ApiRoutes.ApiEvent(event, function)))
                .toList();
        RouteTable routes = ApiRoutes.build(TEMPLATE, intrinsics, lambdas, events, OptionalInt.empty(), System::currentTimeMillis,
                UsagePlans.NONE);
        assertFalse(events.isEmpty());
        for (ApiRoutes.ApiEvent event : events) {
            String path = intrinsics.text(event.event().property("Path"), "Path").replaceAll("\\{[^}]+}", "x");
            String method = intrinsics.text(event.event().property("Method"), "Method").toUpperCase();
            RouteTable.Found found = (RouteTable.Found) routes.find(method, PathTemplate.splitPath(path));
            assertEquals(event.function(), found.route().function(), method + " " + path);
            // Only the health check, the Hub's files, the OAuth token endpoint and the acceptance of an invitation
            // (its code is the credential) are open to callers without a token, so without a usage plan key.
            assertEquals(!path.equals("/health") && !path.startsWith("/hub") && !path.equals("/auth/token")
                            && !path.equals("/v2/invites/x/accept"),
                    found.route().apiKeyRequired(), method + " " + path);
        }
    }

    /**
     * A token may come in a header, as a bearer token or in the query, so the authorizer declares no identity source
     * and API Gateway's cache is off. Declaring a cache without identity sources is refused, as SAM refuses it.
     */
    @Test
    void theAuthorizerRunsUncachedWithoutIdentitySources() throws IOException {
        String yaml = Files.readString(Path.of("../../template.yaml"));
        assertTrue(yaml.contains("            Identity:\n              ReauthorizeEvery: 0\n"), "the authorizer's identity");
        Template cached = Template.parse(yaml.replace("            Identity:\n              ReauthorizeEvery: 0\n",
                "            Identity:\n              ReauthorizeEvery: 60\n"));
        Intrinsics cachedIntrinsics = new Intrinsics(cached, TemplateParameters.values(cached, Map.of()), "http://127.0.0.1:1");
        List<LambdaFunction> lambdas = FunctionSpec.all(cached, cachedIntrinsics).stream()
                .map(spec -> new LambdaFunction(spec, getClass().getClassLoader())).toList();
        List<ApiRoutes.ApiEvent> events = lambdas.stream()
                .flatMap(function -> function.spec().events().stream()
                        .filter(event -> event.type().equals("Api"))
                        .map(event -> new ApiRoutes.ApiEvent(event, function)))
                .toList();
        TemplateException refused = assertThrows(TemplateException.class, () -> ApiRoutes.build(cached, cachedIntrinsics,
                lambdas, events, OptionalInt.empty(), System::currentTimeMillis, UsagePlans.NONE));
        assertTrue(refused.getMessage().contains("must specify Identity"), refused.getMessage());
    }

    /** Per-company throttling: a plan per tier covers the API, and the platform key the authorizer names is in one. */
    @Test
    void companiesAreThrottledByTierPlansAndThePlatformKeyIsInOne() {
        List<UsagePlan> plans = UsagePlanTemplate.plans(TEMPLATE, intrinsics);
        assertEquals(List.of("podium-local-standard", "podium-local-premium"), plans.stream().map(UsagePlan::name).toList());
        plans.forEach(plan -> assertEquals(Set.of("PodiumApi"), plan.apiIds()));
        assertEquals(new Throttle(25, 50), plans.get(0).throttle());
        assertEquals(new Throttle(100, 200), plans.get(1).throttle());
        Map<String, String> environment = FunctionEnvironment.merge(functions, intrinsics);
        assertEquals("podium-local", environment.get("STACK_NAME"), "the plans' names are <stack>-<tier>");
        ApiKey platform = UsagePlanTemplate.keys(TEMPLATE, intrinsics).stream().filter(key -> key.id().equals("PlatformApiKey"))
                .findFirst().orElseThrow();
        assertTrue(platform.enabled());
        assertEquals(Set.of("PremiumUsagePlan"), platform.planIds());
        assertEquals(platform.value(), environment.get("PLATFORM_USAGE_KEY"));
    }

    @Test
    void theRoutesListedForTestsAreTheApiEventsOfTheTemplate() {
        List<TemplateRoutes.Route> routes = TemplateRoutes.list(Path.of("../../template.yaml"));
        long apiEvents = functions.stream().flatMap(f -> f.events().stream()).filter(e -> e.type().equals("Api")).count();
        assertEquals(apiEvents, routes.size());
        assertEquals(routes.size(), routes.stream().distinct().count());
        assertTrue(routes.contains(new TemplateRoutes.Route("GET", "/health")));
        assertTrue(routes.contains(new TemplateRoutes.Route("DELETE", "/v3/igr/admin/tokens/{id}")));
    }

    /** What SQS and Lambda would refuse on deployment (a FIFO queue's name or dead-letter queue, batching) fails here. */
    @Test
    void everyQueueAndSqsEventSourceIsOneAwsAccepts() {
        List<QueueProvisioner.Queue> queues = new QueueProvisioner(null, intrinsics).plan(TEMPLATE);
        assertEquals(TEMPLATE.ofType(ResourceTypes.QUEUE).stream().filter(intrinsics::included).count(), queues.size());
        for (FunctionSpec function : functions) {
            for (EventSpec event : function.events().stream().filter(e -> e.type().equals("SQS")).toList()) {
                // Throws a TemplateException for an event source Lambda would refuse; null only when disabled.
                SqsEventSource.of(event, new LambdaFunction(function, getClass().getClassLoader()), null, TEMPLATE, intrinsics);
            }
        }
    }

    @Test
    void everyHandlerNamesAnExistingMethod() throws ClassNotFoundException {
        for (FunctionSpec function : functions) {
            String[] handler = function.handler().split("::");
            Class<?> type = Class.forName(handler[0], false, getClass().getClassLoader());
            String method = handler.length > 1 ? handler[1] : "handleRequest";
            assertTrue(Arrays.stream(type.getMethods()).map(Method::getName).anyMatch(method::equals), function.handler());
        }
    }

    /**
     * Every function has a sample event in events/, named after it (SubmitScoresFunction → submit-scores.json),
     * and an API function's sample is a request of its own route.
     */
    @Test
    void everyFunctionHasASampleEventOfItsOwnRoute() throws IOException {
        for (FunctionSpec function : functions) {
            String name = function.logicalId().replaceFirst("Function$", "")
                    .replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
            Path sample = Path.of("../../events", name + ".json");
            assertTrue(Files.isRegularFile(sample), function.logicalId() + " has no " + sample);
            JsonNode event = new ObjectMapper().readTree(sample.toFile());
            // A function with several routes (the Hub's /hub and /hub/{path+}) has a sample of one of them.
            List<String> routes = function.events().stream().filter(e -> e.type().equals("Api"))
                    .map(api -> intrinsics.text(api.property("Method"), "Method").toUpperCase() + " "
                            + intrinsics.text(api.property("Path"), "Path"))
                    .toList();
            if (!routes.isEmpty()) {
                String route = event.path("httpMethod").asText() + " " + event.path("resource").asText();
                assertTrue(routes.contains(route), sample + " is " + route + ", not one of " + routes);
            }
        }
    }

    /**
     * A function whose entrypoint is an {@link ApiRouter} (a family of routes on one function) has a handler for every
     * Api event the template gives it, and the template gives it every route its router knows. Building a router builds
     * none of its handlers, so nothing is wired here.
     */
    @Test
    void everyApiEventOfAGroupedFunctionHasAHandlerInItsRouterAndViceVersa() throws Exception {
        Set<String> grouped = new TreeSet<>();
        for (FunctionSpec function : functions) {
            Class<?> type = Class.forName(function.handler().split("::")[0], false, getClass().getClassLoader());
            if (!ApiRouter.class.isAssignableFrom(type)) {
                continue;
            }
            grouped.add(function.logicalId());
            ApiRouter router = (ApiRouter) type.getDeclaredConstructor().newInstance();
            Set<String> events = function.events().stream().filter(e -> e.type().equals("Api"))
                    .map(api -> intrinsics.text(api.property("Method"), "Method").toUpperCase() + " "
                            + intrinsics.text(api.property("Path"), "Path"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(events, new TreeSet<>(router.routes()), function.logicalId() + "'s Api events and "
                    + type.getSimpleName() + "'s routes");
            assertEquals(events.size(), function.events().size(), function.logicalId() + " is invoked by API Gateway only");
        }
        assertEquals(Set.of("CustomLeaderboardsFunction", "InvitesFunction", "ProcessesFunction", "TeamsFunction"), grouped);
    }
}
