package io.podium.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.errors.NotFound;
import io.podium.wiring.SnapStartPriming;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The entrypoint of a function that serves a family of routes (Playoff's teams, processes, invitations, custom
 * leaderboards): it hands each request to the route's own handler, found by the API Gateway event's {@code httpMethod}
 * and {@code resource} (the template's {@code Method} and {@code Path}). One function per family rather than per route
 * keeps the stack under CloudFormation's 500 resources: a function costs a role, a version and an alias beside itself.
 *
 * <p>Each handler is built once per container (the routes of one handler, such as a process's with and without its
 * owner, share it): on SnapStart, every one before the snapshot (a {@link SnapStartPriming} that builds them, reading
 * nothing), so that no request after a restore pays for its wiring; elsewhere on its route's first request, so that a
 * request pays only for its own route's wiring. A route the
 * template gives the function but the router does not know answers {@code 404 route_not_found}, never a 500;
 * infra/local's {@code ProjectTemplateTest} keeps the two equal. Thread-safe, as the handlers are.
 */
public abstract class ApiRouter implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final Map<String, Lazy> routes;

    protected ApiRouter(Routes routes) {
        this.routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes.routes));
        // Lambda makes one router a container; off SnapStart nothing registers (see SnapStartPriming).
        SnapStartPriming.register(primingName(getClass()), () -> this.routes.values().forEach(Lazy::get));
    }

    /** The name of a router's priming: its class's. */
    static String primingName(Class<?> router) {
        return "ApiRouter " + router.getName();
    }

    /** The routes served, each {@code "METHOD /resource"} as in the template. */
    public final Set<String> routes() {
        return routes.keySet();
    }

    @Override
    public final APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Lazy handler = routes.get(key(event.getHttpMethod(), event.getResource()));
        if (handler == null) {
            return unknownRoute(event, context);
        }
        return handler.get().handleRequest(event, context);
    }

    private APIGatewayProxyResponseEvent unknownRoute(APIGatewayProxyRequestEvent event, Context context) {
        long started = System.nanoTime();
        ApiRequest request = new ApiRequest(event);
        NotFound refusal = new NotFound("route_not_found", "This function serves no route " + event.getHttpMethod()
                + " " + event.getResource() + " (" + getClass().getSimpleName() + ").");
        RequestLog log = new RequestLog(request, context);
        log.refusedWith(refusal.code());
        APIGatewayProxyResponseEvent response = ErrorResponses.of(refusal, ErrorStyle.ofRoute(request.resource()));
        log.write(response.getStatusCode(), (System.nanoTime() - started) / 1_000_000);
        return response;
    }

    private static String key(String method, String resource) {
        return (method == null ? "" : method.toUpperCase(Locale.ROOT)) + " " + resource;
    }

    /** A family's routes: each handler with the routes ({@code "METHOD /resource"}) it serves. */
    public static final class Routes {
        private final Map<String, Lazy> routes = new LinkedHashMap<>();

        public Routes route(Supplier<? extends ApiHandler> handler, String... methodAndResources) {
            Lazy lazy = new Lazy(handler);
            for (String route : methodAndResources) {
                String[] parts = route.split(" ", 2);
                if (parts.length != 2 || routes.putIfAbsent(key(parts[0], parts[1]), lazy) != null) {
                    throw new IllegalArgumentException("A route twice, or not METHOD /resource: " + route);
                }
            }
            return this;
        }
    }

    /** A route's handler, built on first use. */
    private static final class Lazy {
        private final Supplier<? extends ApiHandler> build;
        private volatile ApiHandler built;

        Lazy(Supplier<? extends ApiHandler> build) {
            this.build = build;
        }

        ApiHandler get() {
            ApiHandler handler = built;
            if (handler == null) {
                synchronized (this) {
                    handler = built;
                    if (handler == null) {
                        built = handler = build.get();
                    }
                }
            }
            return handler;
        }
    }
}
