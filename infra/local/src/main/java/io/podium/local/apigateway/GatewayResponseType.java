package io.podium.local.apigateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.local.support.LocalJson;

/** The responses API Gateway makes itself, with its default status and message for each. */
enum GatewayResponseType {
    UNAUTHORIZED(401, "Unauthorized"),
    ACCESS_DENIED(403, "User is not authorized to access this resource with an explicit deny"),
    MISSING_AUTHENTICATION_TOKEN(403, "Missing Authentication Token"),
    INVALID_API_KEY(403, "Forbidden"),
    THROTTLED(429, "Too Many Requests"),
    AUTHORIZER_FAILURE(500, null),
    REQUEST_TOO_LARGE(413, "Request Too Long");

    final int defaultStatus;
    private final String defaultMessage;

    GatewayResponseType(int defaultStatus, String defaultMessage) {
        this.defaultStatus = defaultStatus;
        this.defaultMessage = defaultMessage;
    }

    String defaultBody() {
        ObjectNode body = LocalJson.object();
        body.put("message", defaultMessage);
        return body.toString();
    }

    /** The response type whose customization applies when this one has none. */
    String fallback() {
        return defaultStatus >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX";
    }
}
