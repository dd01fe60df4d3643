package io.podium.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP as FuzzIT speaks it: any bytes with any Content-Type, and answers taken as they come ({@link Http} checks
 * answers against openapi.yaml; FuzzIT checks its own, refusals of garbage included).
 */
final class RawHttp {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private RawHttp() {
    }

    /** {@code contentType} null sends no Content-Type header. */
    static Response send(String method, URI uri, String token, byte[] body, String contentType) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            builder.header(Http.TOKEN_HEADER, token);
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    static Response get(URI uri, String token) {
        return send(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header(Http.TOKEN_HEADER, token).GET());
    }

    private static Response send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
