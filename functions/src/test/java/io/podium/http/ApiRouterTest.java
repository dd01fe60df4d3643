package io.podium.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.json.Json;
import io.podium.wiring.SnapStartPriming;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApiRouterTest {
    private final AtomicInteger builtA = new AtomicInteger();
    private final AtomicInteger builtB = new AtomicInteger();

    /** Answers 200 with its name, open to anyone. */
    private static final class Named extends ApiHandler {
        private final String name;

        Named(String name) {
            super(Access.open());
            this.name = name;
        }

        @Override
        protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
            return new APIGatewayProxyResponseEvent().withStatusCode(200).withBody(name);
        }
    }

    private final class Router extends ApiRouter {
        Router() {
            super(new Routes()
                    .route(() -> {
                        builtA.incrementAndGet();
                        return new Named("a");
                    }, "GET /v2/admin/things/{id}", "GET /v2/admin/things/{id}/{tail}")
                    .route(() -> {
                        builtB.incrementAndGet();
                        return new Named("b");
                    }, "POST /v2/admin/things"));
        }
    }

    private static APIGatewayProxyRequestEvent event(String method, String resource) {
        return new APIGatewayProxyRequestEvent().withHttpMethod(method).withResource(resource).withPath(resource)
                .withHeaders(Map.of()).withPathParameters(Map.of());
    }

    /** What SnapStart runs before its snapshot builds every handler, and a request after the restore builds none. */
    @Test
    void theSnapStartPrimingBuildsEveryHandlerBeforeTheSnapshot() {
        Router router = new Router();
        List<SnapStartPriming> mine = SnapStartPriming.registered().stream()
                .filter(priming -> priming.name().equals(ApiRouter.primingName(Router.class))).toList();
        mine.get(mine.size() - 1).prime();
        assertEquals(1, builtA.get());
        assertEquals(1, builtB.get());
        assertEquals(200, router.handleRequest(event("GET", "/v2/admin/things/{id}"), null).getStatusCode());
        assertEquals(1, builtA.get(), "built before the snapshot, not again");
    }

    @Test
    void eachRouteGoesToItsHandlerBuiltOnItsFirstRequestOnce() {
        Router router = new Router();
        assertEquals(0, builtA.get() + builtB.get(), "nothing is built before a request");
        assertEquals("a", router.handleRequest(event("GET", "/v2/admin/things/{id}"), null).getBody());
        assertEquals("a", router.handleRequest(event("get", "/v2/admin/things/{id}/{tail}"), null).getBody());
        assertEquals(1, builtA.get(), "the routes of one handler share it");
        assertEquals(0, builtB.get());
        assertEquals("b", router.handleRequest(event("POST", "/v2/admin/things"), null).getBody());
        assertEquals("b", router.handleRequest(event("POST", "/v2/admin/things"), null).getBody());
        assertEquals(1, builtB.get());
        assertEquals(Set.of("GET /v2/admin/things/{id}", "GET /v2/admin/things/{id}/{tail}", "POST /v2/admin/things"),
                router.routes());
    }

    @Test
    void aHandlerIsBuiltOnceUnderConcurrentFirstRequests() throws Exception {
        Router router = new Router();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return router.handleRequest(event("GET", "/v2/admin/things/{id}"), null).getBody();
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertEquals("a", answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, builtA.get());
    }

    @Test
    void aRouteTheRouterDoesNotKnowIsRefusedAsNotFoundNeverA500() {
        Router router = new Router();
        APIGatewayProxyResponseEvent answer = router.handleRequest(event("DELETE", "/v2/admin/things"), null);
        assertEquals(404, answer.getStatusCode());
        JsonNode body = Json.read(answer.getBody());
        assertEquals("route_not_found", body.get("error").asText());
        assertEquals(0, builtA.get() + builtB.get());
        APIGatewayProxyResponseEvent podiumStyle = router.handleRequest(event("GET", "/v3/igr/nothing"), null);
        assertEquals(404, podiumStyle.getStatusCode());
        APIGatewayProxyResponseEvent noMethod = router.handleRequest(event(null, null), null);
        assertEquals(404, noMethod.getStatusCode());
    }

    @Test
    void aRouteDeclaredTwiceOrMalformedIsAMistakeOfTheRouter() {
        assertThrows(IllegalArgumentException.class, () -> new ApiRouter.Routes()
                .route(() -> new Named("a"), "GET /x").route(() -> new Named("b"), "GET /x"));
        assertThrows(IllegalArgumentException.class, () -> new ApiRouter.Routes().route(() -> new Named("a"), "/x"));
    }
}
