package io.podium.local.apigateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.podium.local.lambda.FunctionFailure;
import io.podium.local.schedule.ScheduleRunner;
import io.podium.local.support.LocalJson;
import io.podium.local.support.NamedThreads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The REST API as API Gateway serves it with Lambda proxy integrations, on 127.0.0.1 both under the stage
 * ({@code /v1/health}, as on the execute-api URL) and without it ({@code /health}, as on a custom domain mapped at
 * its root, and like {@code sam local start-api}), plus one local-only route: {@code POST /_local/schedules/{eventId}}.
 */
public final class ApiGatewayServer implements AutoCloseable {
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    /** Handlers mostly wait on the local DynamoDB engine, so many more threads than cores keep concurrent requests concurrent. */
    private static final int WORKER_THREADS = 32;
    /** How long a stop waits for requests in progress. */
    private static final int STOP_GRACE_SECONDS = 1;
    private static final String LOCAL_SCHEDULES = "/_local/schedules/";
    static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private static final String INTERNAL_SERVER_ERROR = "{\"message\":\"Internal server error\"}";

    private final HttpServer server;
    private final ExecutorService workers;
    private final RouteTable routes;
    private final ScheduleRunner schedules;

    private ApiGatewayServer(HttpServer server, ExecutorService workers, RouteTable routes, ScheduleRunner schedules) {
        this.server = server;
        this.workers = workers;
        this.routes = routes;
        this.schedules = schedules;
    }

    public static ApiGatewayServer start(int port, RouteTable routes, ScheduleRunner schedules) throws IOException {
        // The JDK server writes an answer's headers and body separately; with Nagle's algorithm on, a kept-alive
        // connection then waits for the client's delayed ACK, some 40 ms an answer. Read when the server is created.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        ExecutorService workers = Executors.newFixedThreadPool(WORKER_THREADS, new NamedThreads("api"));
        ApiGatewayServer gateway = new ApiGatewayServer(server, workers, routes, schedules);
        server.setExecutor(workers);
        server.createContext("/", gateway::handle);
        server.start();
        return gateway;
    }

    /** Fails before anything else is started when the port is taken (0 means any free port). */
    public static void checkPortIsFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            // Bound and released: the port is free.
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(STOP_GRACE_SECONDS);
        workers.shutdown();
        workers.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
    }

    private void handle(HttpExchange exchange) {
        String requestId = UUID.randomUUID().toString();
        HttpResponse response;
        try {
            response = respond(exchange, requestId);
        } catch (Exception e) {
            System.err.println("podium-local: request " + requestId + " failed in the local runtime:");
            e.printStackTrace();
            response = HttpResponse.json(500, INTERNAL_SERVER_ERROR);
        }
        send(exchange, response, requestId);
    }

    private HttpResponse respond(HttpExchange exchange, String requestId) throws IOException {
        URI uri = exchange.getRequestURI();
        if (exchange.getRequestMethod().equals("POST") && uri.getRawPath().startsWith(LOCAL_SCHEDULES)) {
            return fireSchedule(uri);
        }
        RouteTable.Lookup lookup = routes.find(exchange.getRequestMethod(), GatewayRequest.pathSegments(uri));
        GatewayResponses gatewayResponses = lookup.api() == null
                ? GatewayResponses.API_GATEWAY_DEFAULTS
                : lookup.api().gatewayResponses();
        byte[] body = readBody(exchange);
        if (body == null) {
            return gatewayResponses.render(GatewayResponseType.REQUEST_TOO_LARGE);
        }
        if (!(lookup instanceof RouteTable.Found found)) {
            return gatewayResponses.render(GatewayResponseType.MISSING_AUTHENTICATION_TOKEN);
        }
        GatewayRequest request = GatewayRequest.of(exchange, requestId, body, found.stage());
        Route route = found.route();
        ApiUsage usage = route.api().usage();
        if (!usage.methodAllows(route)) {
            return gatewayResponses.render(GatewayResponseType.THROTTLED);
        }
        AuthorizerOutcome.Allowed authorization = null;
        if (route.authorizer() != null) {
            String methodArn = ApiGatewayEvents.methodArn(route, request);
            AuthorizerOutcome outcome = route.authorizer().authorize(request, methodArn,
                    () -> ApiGatewayEvents.requestAuthorizerEvent(request, route, found.pathParameters(), methodArn));
            if (outcome instanceof AuthorizerOutcome.Rejected rejected) {
                return gatewayResponses.render(rejected.response());
            }
            authorization = (AuthorizerOutcome.Allowed) outcome;
        }
        Optional<GatewayResponseType> refusal = usage.refusal(route, request,
                authorization == null ? null : authorization.usageIdentifierKey());
        if (refusal.isPresent()) {
            return gatewayResponses.render(refusal.get());
        }
        byte[] output;
        try {
            output = route.function().invoke(
                    LocalJson.bytes(ApiGatewayEvents.proxyEvent(request, route, found.pathParameters(), authorization)));
        } catch (FunctionFailure failure) {
            return HttpResponse.json(502, INTERNAL_SERVER_ERROR);
        }
        try {
            return ProxyResponse.toHttp(output);
        } catch (IllegalArgumentException e) {
            System.err.println("[" + route.function().spec().functionName() + "] malformed Lambda proxy response: "
                    + e.getMessage());
            return HttpResponse.json(502, INTERNAL_SERVER_ERROR);
        }
    }

    private HttpResponse fireSchedule(URI uri) {
        String id = uri.getPath().substring(LOCAL_SCHEDULES.length());
        ObjectNode body = LocalJson.object();
        if (!schedules.fire(id)) {
            body.put("message", "the template has no Schedule event " + id);
            return HttpResponse.json(404, body.toString());
        }
        body.put("fired", id);
        return HttpResponse.json(202, body.toString());
    }

    /** The request body, or null when it is over API Gateway's 10 MB limit. */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            // The rest is read and dropped: answering before the request is consumed can lose the answer.
            in.transferTo(OutputStream.nullOutputStream());
            return body.length > MAX_BODY_BYTES ? null : body;
        }
    }

    private static void send(HttpExchange exchange, HttpResponse response, String requestId) {
        try (exchange) {
            response.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, List.copyOf(values)));
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            boolean noBody = response.body().length == 0 || exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        } catch (IOException e) {
            System.err.println("podium-local: could not send the response to request " + requestId + ": " + e.getMessage());
        }
    }
}
