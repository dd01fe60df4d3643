package io.podium.adapters.apigateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.podium.adapters.StoreBusyException;
import io.podium.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What goes over the wire to API Gateway's management API: a SigV4 signature for apigateway, the JSON body. */
class ApiGatewayCallsTest {
    private HttpServer server;
    private final AtomicReference<String> seen = new AtomicReference<>();
    private final AtomicInteger answerStatus = new AtomicInteger(201);
    private ApiGatewayCalls calls;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.set(exchange.getRequestMethod() + " " + exchange.getRequestURI() + "\n"
                    + exchange.getRequestHeaders().getFirst("Authorization") + "\n"
                    + exchange.getRequestHeaders().getFirst("Content-Type") + "\n" + body);
            byte[] answer = "{\"id\":\"k1\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answerStatus.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        calls = new ApiGatewayCalls(UrlConnectionHttpClient.create(),
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Region.EU_WEST_1,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void callsAreSignedForApiGatewayInTheRegion() {
        ObjectNode key = Json.object().put("name", "podium-token-1");
        ApiGatewayCalls.Answer answer = calls.call(SdkHttpMethod.POST, "/apikeys", Map.of("mode", "x"), key);
        assertEquals(201, answer.status());
        assertEquals("k1", answer.body().path("id").asText());
        String[] request = seen.get().split("\n", 4);
        assertEquals("POST /apikeys?mode=x", request[0]);
        assertTrue(request[1].startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), request[1]);
        assertTrue(request[1].contains("/eu-west-1/apigateway/aws4_request"), request[1]);
        assertTrue(request[1].contains("SignedHeaders=") && request[1].contains("host"), request[1]);
        assertEquals("application/json", request[2]);
        assertEquals("{\"name\":\"podium-token-1\"}", request[3]);
    }

    /** Regression: HttpURLConnection sends a GET that has a request body stream as a POST. */
    @Test
    void callsWithoutABodyKeepTheirMethod() {
        answerStatus.set(200);
        calls.call(SdkHttpMethod.GET, "/usageplans", Map.of("limit", "500"), null);
        assertEquals("GET /usageplans?limit=500", seen.get().split("\n", 2)[0]);
        calls.call(SdkHttpMethod.DELETE, "/apikeys/k1", Map.of(), null);
        assertEquals("DELETE /apikeys/k1", seen.get().split("\n", 2)[0]);
    }

    @Test
    void throttlingAndServerErrorsAreBusyOtherAnswersAreReturned() {
        answerStatus.set(429);
        assertThrows(StoreBusyException.class, () -> calls.call(SdkHttpMethod.DELETE, "/apikeys/k1", Map.of(), null));
        answerStatus.set(503);
        assertThrows(StoreBusyException.class, () -> calls.call(SdkHttpMethod.DELETE, "/apikeys/k1", Map.of(), null));
        answerStatus.set(404);
        assertEquals(404, calls.call(SdkHttpMethod.DELETE, "/apikeys/k1", Map.of(), null).status());
    }
}
