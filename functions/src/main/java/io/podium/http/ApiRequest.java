package io.podium.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import io.podium.auth.Caller;
import io.podium.errors.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read-only view of an API Gateway proxy event. Header names are matched case-insensitively, as HTTP says. */
public final class ApiRequest {
    private final APIGatewayProxyRequestEvent event;

    public ApiRequest(APIGatewayProxyRequestEvent event) {
        this.event = event;
    }

    public Optional<String> header(String name) {
        return Headers.get(event.getHeaders(), name);
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(event.getQueryStringParameters()).map(q -> q.get(name));
    }

    public Optional<String> optionalPathParameter(String name) {
        return Optional.ofNullable(event.getPathParameters()).map(params -> params.get(name));
    }

    public String pathParameter(String name) {
        Map<String, String> params = event.getPathParameters();
        String value = params == null ? null : params.get(name);
        if (value == null) {
            throw new IllegalStateException("route declares no path parameter " + name);
        }
        return value;
    }

    public byte[] body() {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (Boolean.TRUE.equals(event.getIsBase64Encoded())) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw InvalidInput.invalidJson("The request body is not valid base64.", List.of());
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    public Optional<Caller> caller() {
        APIGatewayProxyRequestEvent.ProxyRequestContext context = event.getRequestContext();
        return context == null ? Optional.empty() : Caller.fromAuthorizerContext(context.getAuthorizer());
    }

    public String requestId() {
        APIGatewayProxyRequestEvent.ProxyRequestContext context = event.getRequestContext();
        return context == null || context.getRequestId() == null ? "-" : context.getRequestId();
    }

    /** The request's path, without the stage. */
    public String path() {
        return event.getPath() == null ? "" : event.getPath();
    }

    public String route() {
        return event.getHttpMethod() + " " + event.getResource();
    }
}
