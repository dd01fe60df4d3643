package io.podium.local.apigateway;

import java.util.Map;

/** What a Lambda authorizer decided about one request. */
sealed interface AuthorizerOutcome {

    /**
     * @param context            the authorizer's context, values as the strings API Gateway passes on
     * @param usageIdentifierKey the API key value the authorizer named, or null
     */
    record Allowed(String principalId, Map<String, String> context, long latencyMillis, String usageIdentifierKey)
            implements AuthorizerOutcome {
    }

    record Rejected(GatewayResponseType response) implements AuthorizerOutcome {
    }
}
