package io.podium.local;

import java.util.Map;

/** What a Lambda authorizer decided about one request. */
sealed interface AuthorizerOutcome {

    /** @param context the authorizer's context, values as the strings API Gateway passes on */
    record Allowed(String principalId, Map<String, String> context, long latencyMillis) implements AuthorizerOutcome {
    }

    record Rejected(GatewayResponseType response) implements AuthorizerOutcome {
    }
}
