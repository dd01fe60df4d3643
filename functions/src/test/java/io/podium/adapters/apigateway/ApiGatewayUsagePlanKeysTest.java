package io.podium.adapters.apigateway;

import com.sun.net.httpserver.HttpServer;
import io.podium.tokens.Tier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The requests a company's key makes on the wire, as API Gateway's API reference names their parameters: a key whose
 * value exists already (409) is looked up with GetApiKeys' {@code name} (the SDK's nameQuery), not by listing them all.
 */
class ApiGatewayUsagePlanKeysTest {
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private ApiGatewayUsagePlanKeys keys;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
            requests.add(request);
            int status;
            String answer;
            if (request.equals("POST /apikeys")) {
                status = 409;
                answer = "{\"message\":\"API Key already exists\"}";
            } else if (request.startsWith("GET /apikeys?")) {
                status = 200;
                answer = "{\"item\":[{\"id\":\"k7\",\"name\":\"stack-company-acme\",\"value\":\"v0123456789abcdefghij\"}]}";
            } else if (request.startsWith("GET /usageplans?")) {
                status = 200;
                answer = "{\"item\":[{\"id\":\"p1\",\"name\":\"stack-standard\"}]}";
            } else {
                status = 201;
                answer = "{\"id\":\"k7\",\"type\":\"API_KEY\"}";
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        keys = new ApiGatewayUsagePlanKeys(() -> new ApiGatewayCalls(UrlConnectionHttpClient.create(),
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Region.EU_WEST_1,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"))), () -> "stack");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aKeyThatExistsIsFoundByItsNameAndValue() {
        assertEquals("k7", keys.ensure("acme", "v0123456789abcdefghij", Tier.STANDARD));
        assertEquals(List.of("POST /apikeys", "GET /apikeys?includeValues=true&limit=500&name=stack-company-acme",
                "GET /usageplans?limit=500", "POST /usageplans/p1/keys"),
                requests.stream().map(ApiGatewayUsagePlanKeysTest::sorted).toList());
    }

    /** A request with its query's parameters in name order: the map they come from has none. */
    private static String sorted(String request) {
        int query = request.indexOf('?');
        if (query < 0) {
            return request;
        }
        return request.substring(0, query + 1)
                + String.join("&", List.of(request.substring(query + 1).split("&")).stream().sorted().toList());
    }
}
