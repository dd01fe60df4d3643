package io.podium.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A plain HTTP client for the runtime, speaking the way a customer's system would. Every answer is checked against
 * openapi.yaml ({@link OpenApiValidator}) before a test sees it.
 */
public final class Http {
    public static final String TOKEN_HEADER = "x-icmr-auth-1";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final Duration timeout;

    public Http(String baseUrl) {
        this(baseUrl, REQUEST_TIMEOUT);
    }

    private Http(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    /**
     * The same runtime, with requests that give up after {@code timeout}: a client that stops waiting while the server
     * goes on with its request (the timeout is an {@link UncheckedIOException} around an
     * {@link java.net.http.HttpTimeoutException}).
     */
    public Http withTimeout(Duration timeout) {
        return new Http(baseUrl, timeout);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** A body is sent as JSON. */
    public Response send(String method, String path, String token, String body) {
        HttpRequest.Builder builder = request(path, token);
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any request, with exactly these headers (no token header unless given). */
    public Response request(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder builder = request(path, null).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
        if (token != null) {
            builder.header(TOKEN_HEADER, token);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            OpenApiValidator.instance().check(request.method(), request.uri(), response.statusCode(), response.body());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
