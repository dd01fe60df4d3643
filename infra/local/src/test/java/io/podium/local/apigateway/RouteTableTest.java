package io.podium.local.apigateway;

import io.podium.local.iam.IamPolicy;
import io.podium.local.lambda.LambdaFunction;
import io.podium.local.template.FunctionSpec;
import io.podium.local.template.TemplateException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RouteTableTest {
    private static final ApiDefinition API = new ApiDefinition("Api", "v1", Map.of(), GatewayResponses.API_GATEWAY_DEFAULTS,
            UsagePlans.NONE.forApi("Api", false, null));

    private static Route route(String method, String path) {
        FunctionSpec spec = new FunctionSpec(method + path, method + path, "arn", "x.Y::z", 3, 128, Map.of(), List.of(),
                new IamPolicy(List.of()));
        return new Route(API, method, PathTemplate.parse(path), new LambdaFunction(spec, RouteTableTest.class.getClassLoader()), null,
                false);
    }

    private static RouteTable.Found found(RouteTable table, String method, String path) {
        return assertInstanceOf(RouteTable.Found.class, table.find(method, GatewayRequest.pathSegments(URI.create(path))));
    }

    private static RouteTable.NoRoute notFound(RouteTable table, String method, String path) {
        return assertInstanceOf(RouteTable.NoRoute.class, table.find(method, GatewayRequest.pathSegments(URI.create(path))));
    }

    @Test
    void aLiteralSegmentWinsOverAParameter() {
        Route byId = route("GET", "/items/{id}");
        Route special = route("GET", "/items/special");
        RouteTable table = new RouteTable(List.of(byId, special));
        assertSame(special, found(table, "GET", "/items/special").route());
        RouteTable.Found item = found(table, "GET", "/items/42");
        assertSame(byId, item.route());
        assertEquals(Map.of("id", "42"), item.pathParameters());
    }

    @Test
    void aParameterWinsOverAGreedyParameterWhichTakesTheRest() {
        Route greedy = route("GET", "/files/{path+}");
        Route single = route("GET", "/files/{name}/meta");
        RouteTable table = new RouteTable(List.of(greedy, single));
        assertSame(single, found(table, "GET", "/files/a/meta").route());
        RouteTable.Found rest = found(table, "GET", "/files/a/b/c");
        assertSame(greedy, rest.route());
        assertEquals(Map.of("path", "a/b/c"), rest.pathParameters());
        notFound(table, "GET", "/files");
    }

    @Test
    void anExactMethodWinsOverAny() {
        Route any = route("ANY", "/things");
        Route get = route("GET", "/things");
        RouteTable table = new RouteTable(List.of(any, get));
        assertSame(get, found(table, "GET", "/things").route());
        assertSame(any, found(table, "DELETE", "/things").route());
    }

    @Test
    void aMissingMethodOnTheMatchedResourceDoesNotFallBackToALessSpecificOne() {
        RouteTable table = new RouteTable(List.of(route("GET", "/items/{id}"), route("POST", "/items/special")));
        assertSame(API, notFound(table, "GET", "/items/special").api());
        assertSame(API, notFound(table, "GET", "/nothing/here").api());
    }

    @Test
    void pathSegmentsArePercentDecodedAndTheRootPathIsARoute() {
        RouteTable table = new RouteTable(List.of(route("GET", "/items/{id}"), route("GET", "/")));
        assertEquals(Map.of("id", "a/b c+"), found(table, "GET", "/items/a%2Fb%20c+").pathParameters());
        assertEquals(Map.of(), found(table, "GET", "/").pathParameters());
        notFound(table, "GET", "/items/");
    }

    @Test
    void conflictingRoutesAreRejectedAsApiGatewayRejectsThem() {
        assertThrows(TemplateException.class, () -> new RouteTable(List.of(route("GET", "/a/{x}"), route("POST", "/a/{y}"))));
        assertThrows(TemplateException.class, () -> new RouteTable(List.of(route("GET", "/a/{x}/b"), route("GET", "/a/{y}/c"))));
        assertThrows(TemplateException.class, () -> new RouteTable(List.of(route("GET", "/a"), route("GET", "/a"))));
        assertThrows(TemplateException.class, () -> PathTemplate.parse("/a/{rest+}/b"));
        assertThrows(TemplateException.class, () -> PathTemplate.parse("/a/x{id}"));
    }

    @Test
    void aPathUnderItsApisStageIsThatApisPathAndSaysSo() {
        Route health = route("GET", "/health");
        RouteTable table = new RouteTable(List.of(health));
        RouteTable.Found staged = found(table, "GET", "/v1/health");
        assertSame(health, staged.route());
        assertEquals("v1", staged.stage());
        RouteTable.Found unstaged = found(table, "GET", "/health");
        assertSame(health, unstaged.route());
        assertEquals(null, unstaged.stage());
        notFound(table, "GET", "/v2/health");
        notFound(table, "GET", "/v1/v1/health");
    }

    @Test
    void aResourceNamedLikeTheStageIsRefused() {
        assertThrows(TemplateException.class, () -> new RouteTable(List.of(route("GET", "/v1/things"))));
    }
}
