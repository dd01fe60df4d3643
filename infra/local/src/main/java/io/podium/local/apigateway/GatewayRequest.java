package io.podium.local.apigateway;

import com.sun.net.httpserver.HttpExchange;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as API Gateway passes it on. Header names are lower case: the JDK server does not keep the client's
 * spelling, and handlers must look headers up ignoring case anyway (HTTP/2 clients send them in lower case).
 *
 * @param path       the path below the stage, the event's {@code path}
 * @param calledPath the path as the client called it, with the stage if it called under one: the event's
 *                   {@code requestContext.path}
 */
record GatewayRequest(String requestId, long timeEpochMillis, String httpMethod, String path, String calledPath,
                      Map<String, List<String>> headers, Map<String, List<String>> query, byte[] body, String sourceIp,
                      String protocol) {

    /** @param stage the stage the path was called under, or null */
    static GatewayRequest of(HttpExchange exchange, String requestId, byte[] body, String stage) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>()).addAll(values));
        List<String> sent = PathTemplate.splitPath(exchange.getRequestURI().getRawPath()).stream().map(GatewayRequest::decode).toList();
        String calledPath = "/" + String.join("/", sent);
        String belowStage = stage == null ? calledPath : calledPath.substring(1 + stage.length());
        return new GatewayRequest(requestId, System.currentTimeMillis(), exchange.getRequestMethod(),
                belowStage.isEmpty() ? "/" : belowStage, calledPath, headers, query(exchange.getRequestURI().getRawQuery()),
                body, exchange.getRemoteAddress().getAddress().getHostAddress(), exchange.getProtocol());
    }

    /**
     * The decoded segments of the request path that routing matches; a %2F stays inside its segment. API Gateway
     * routes "/hub/" to the resource "/hub" (and hands the function the path as it was sent).
     */
    static List<String> pathSegments(URI uri) {
        List<String> segments = PathTemplate.splitPath(uri.getRawPath()).stream().map(GatewayRequest::decode).toList();
        return segments.size() > 1 && segments.get(segments.size() - 1).isEmpty()
                ? segments.subList(0, segments.size() - 1)
                : segments;
    }

    /** API Gateway's single-value maps keep the last of repeated values. */
    Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /** As for headers, the last of repeated values. */
    Optional<String> queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /** A raw query's parameters, each with its values in order; the management API's too. */
    static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            query.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return query;
    }

    /** Percent-decoding only: API Gateway leaves a '+' as it is. Malformed escapes pass through undecoded. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
