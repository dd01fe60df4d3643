package io.podium.local.apigateway;

import io.podium.local.template.TemplateException;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the route of a request as API Gateway does: first the resource, the most specific path template that matches
 * (literal segments before parameters before greedy ones), then the method on that resource (exact before ANY).
 * Every API is served on the one local port, so their routes must not collide.
 *
 * <p>A path is served both under its API's stage, as on the execute-api URL ({@code /v1/health}), and without it, as on
 * a custom domain mapped at its root ({@code /health}): a path whose first segment names the stage of an API is that
 * API's path below the stage. A resource that starts with a stage's name could not be told apart, so it is refused.
 */
public final class RouteTable {
    private final List<Route> routes;

    sealed interface Lookup permits Found, NoRoute {
        /** The API whose gateway responses apply, or null when it cannot be told. */
        ApiDefinition api();
    }

    /** @param stage the stage the path was called under, or null when it was called without one */
    record Found(Route route, Map<String, String> pathParameters, String stage) implements Lookup {
        @Override
        public ApiDefinition api() {
            return route.api();
        }
    }

    /** @param api the API of the matched resource, else the only API, else null */
    record NoRoute(ApiDefinition api) implements Lookup {
    }

    RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
        checkConflicts();
    }

    Lookup find(String method, List<String> pathSegments) {
        if (!pathSegments.isEmpty()) {
            String stage = pathSegments.get(0);
            List<Route> staged = routes.stream().filter(route -> route.api().stageName().equals(stage)).toList();
            if (!staged.isEmpty()) {
                return find(method, pathSegments.subList(1, pathSegments.size()), staged, stage);
            }
        }
        return find(method, pathSegments, routes, null);
    }

    private static Lookup find(String method, List<String> pathSegments, List<Route> routes, String stage) {
        Optional<Route> resource = routes.stream()
                .filter(route -> route.path().match(pathSegments).isPresent())
                .max((a, b) -> a.path().compareSpecificity(b.path()));
        if (resource.isEmpty()) {
            return new NoRoute(onlyApi(routes));
        }
        String shape = resource.get().path().shape();
        return routes.stream()
                .filter(route -> route.path().shape().equals(shape))
                .filter(route -> route.method().equals(method) || route.method().equals(Route.ANY))
                .min(Comparator.comparing(route -> route.method().equals(Route.ANY)))
                .<Lookup>map(route -> new Found(route, route.path().match(pathSegments).orElseThrow(), stage))
                .orElseGet(() -> new NoRoute(resource.get().api()));
    }

    private static ApiDefinition onlyApi(List<Route> routes) {
        List<ApiDefinition> apis = routes.stream().map(Route::api).distinct().toList();
        return apis.size() == 1 ? apis.get(0) : null;
    }

    /** API Gateway refuses two variable names at one place of the path tree and two routes for one method and path. */
    private void checkConflicts() {
        Map<String, String> prefixByShape = new HashMap<>();
        Map<String, Route> routeByKey = new HashMap<>();
        Set<String> stages = routes.stream().map(route -> route.api().stageName()).collect(Collectors.toSet());
        for (Route route : routes) {
            PathTemplate path = route.path();
            if (!path.segments().isEmpty() && path.segments().get(0).kind() == PathTemplate.Kind.LITERAL
                    && stages.contains(path.segments().get(0).value())) {
                throw new TemplateException("path " + path.text() + " starts with the stage name "
                        + path.segments().get(0).value() + ": the local runtime serves every path with and without"
                        + " its stage, and could not tell the two apart");
            }
            for (int length = 1; length <= path.segments().size(); length++) {
                String previous = prefixByShape.putIfAbsent(path.shape(length), path.prefix(length));
                if (previous != null && !previous.equals(path.prefix(length))) {
                    throw new TemplateException("path " + path.text() + " conflicts with " + previous
                            + ": API Gateway allows one parameter name at one place of the path tree");
                }
            }
            Route clash = routeByKey.putIfAbsent(route.method() + " " + path.shape(), route);
            if (clash != null) {
                throw new TemplateException(route.method() + " " + path.text() + " is declared by both "
                        + clash.function().spec().logicalId() + " and " + route.function().spec().logicalId());
            }
        }
    }
}
