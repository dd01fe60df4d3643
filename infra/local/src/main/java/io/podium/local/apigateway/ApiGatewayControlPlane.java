package io.podium.local.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.podium.local.support.LocalJson;
import io.podium.local.support.NamedThreads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The part of API Gateway's management API that token administration uses, on its own port as on its own host in
 * AWS: list usage plans, create an API key, list API keys by name, add a key to a plan, remove it from a plan,
 * delete a key. Requests are not checked for a
 * signature, as the local DynamoDB engine and ElasticMQ do not check theirs.
 */
public final class ApiGatewayControlPlane implements AutoCloseable {
    private static final Pattern PLAN_KEYS = Pattern.compile("/usageplans/([^/]+)/keys");
    private static final Pattern PLAN_KEY = Pattern.compile("/usageplans/([^/]+)/keys/([^/]+)");
    private static final Pattern KEY = Pattern.compile("/apikeys/([^/]+)");

    private final HttpServer server;
    private final ExecutorService workers;
    private final List<UsagePlan> plans;
    private final ApiKeys keys;

    private ApiGatewayControlPlane(HttpServer server, ExecutorService workers, List<UsagePlan> plans, ApiKeys keys) {
        this.server = server;
        this.workers = workers;
        this.plans = List.copyOf(plans);
        this.keys = keys;
    }

    public static ApiGatewayControlPlane start(List<UsagePlan> plans, ApiKeys keys) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService workers = Executors.newFixedThreadPool(4, new NamedThreads("apigateway"));
        ApiGatewayControlPlane controlPlane = new ApiGatewayControlPlane(server, workers, plans, keys);
        server.setExecutor(workers);
        server.createContext("/", controlPlane::handle);
        server.start();
        return controlPlane;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.SECONDS);
    }

    private void handle(HttpExchange exchange) {
        int status;
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] request = in.readAllBytes();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Matcher planKeys = PLAN_KEYS.matcher(path);
            Matcher planKey = PLAN_KEY.matcher(path);
            Matcher key = KEY.matcher(path);
            if (method.equals("GET") && path.equals("/usageplans")) {
                status = 200;
                body = usagePlans();
            } else if (method.equals("GET") && path.equals("/apikeys")) {
                Map<String, List<String>> query = GatewayRequest.query(exchange.getRequestURI().getRawQuery());
                status = 200;
                // GetApiKeys' nameQuery goes on the wire as "name" (API Gateway's API reference).
                body = apiKeys(query.getOrDefault("name", List.of("")).get(0),
                        query.getOrDefault("includeValues", List.of()).contains("true"));
            } else if (method.equals("POST") && path.equals("/apikeys")) {
                JsonNode input = LocalJson.parse(request);
                status = 201;
                body = describe(keys.create(input.path("name").asText(null), input.path("value").asText(null),
                        input.path("enabled").asBoolean(false)));
            } else if (method.equals("POST") && planKeys.matches()) {
                UsagePlan plan = plan(planKeys.group(1));
                ApiKey member = keys.addToPlan(LocalJson.parse(request).path("keyId").asText(), plan.id(),
                        sharingStage(plan));
                status = 201;
                body = LocalJson.object().put("id", member.id()).put("type", "API_KEY").put("name", member.name());
            } else if (method.equals("DELETE") && planKey.matches()) {
                keys.removeFromPlan(planKey.group(2), plan(planKey.group(1)).id());
                status = 202;
                body = null;
            } else if (method.equals("DELETE") && key.matches()) {
                keys.delete(key.group(1));
                status = 202;
                body = null;
            } else {
                throw new ApiKeys.Refused(404, "NotFoundException", "Not served locally: " + method + " " + path);
            }
        } catch (ApiKeys.Refused refused) {
            status = refused.status;
            body = LocalJson.object().put("message", refused.getMessage());
            exchange.getResponseHeaders().set("x-amzn-ErrorType", refused.type);
        } catch (IOException | RuntimeException e) {
            status = 400;
            body = LocalJson.object().put("message", "Invalid request: " + e.getMessage());
            exchange.getResponseHeaders().set("x-amzn-ErrorType", "BadRequestException");
        }
        send(exchange, status, body);
    }

    private UsagePlan plan(String planId) {
        return plans.stream().filter(plan -> plan.id().equals(planId)).findFirst()
                .orElseThrow(() -> new ApiKeys.Refused(404, "NotFoundException", "Invalid Usage Plan ID specified"));
    }

    /** The other plans that cover an API of {@code plan}. */
    private Set<String> sharingStage(UsagePlan plan) {
        return plans.stream()
                .filter(other -> !other.id().equals(plan.id()))
                .filter(other -> other.apiIds().stream().anyMatch(plan.apiIds()::contains))
                .map(UsagePlan::id)
                .collect(Collectors.toSet());
    }

    /** One page of every key: the local runtime never has so many that it must page. */
    private JsonNode apiKeys(String nameQuery, boolean includeValues) {
        ObjectNode page = LocalJson.object();
        ArrayNode items = page.putArray("item");
        for (ApiKey key : keys.named(nameQuery)) {
            ObjectNode item = items.addObject().put("id", key.id()).put("name", key.name()).put("enabled", key.enabled());
            if (includeValues) {
                item.put("value", key.value());
            }
        }
        return page;
    }

    private JsonNode usagePlans() {
        ObjectNode page = LocalJson.object();
        ArrayNode items = page.putArray("item");
        for (UsagePlan plan : plans) {
            ObjectNode item = items.addObject().put("id", plan.id()).put("name", plan.name());
            ArrayNode stages = item.putArray("apiStages");
            plan.apiIds().forEach(apiId -> stages.addObject().put("apiId", apiId));
            if (plan.throttle() != null) {
                item.putObject("throttle").put("rateLimit", plan.throttle().rate())
                        .put("burstLimit", plan.throttle().burst());
            }
        }
        return page;
    }

    private static JsonNode describe(ApiKey key) {
        return LocalJson.object().put("id", key.id()).put("name", key.name()).put("value", key.value())
                .put("enabled", key.enabled());
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) {
        try (exchange) {
            byte[] bytes = body == null ? new byte[0] : body.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            System.err.println("podium-local: could not answer an API Gateway management call: " + e.getMessage());
        }
    }
}
