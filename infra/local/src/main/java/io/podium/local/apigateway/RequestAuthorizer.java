package io.podium.local.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.local.iam.IamPolicy;
import io.podium.local.lambda.FunctionFailure;
import io.podium.local.lambda.LambdaFunction;
import io.podium.local.support.LocalJson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A Lambda REQUEST authorizer of an API, with API Gateway's semantics: a missing identity source (a header or a query
 * parameter) is 401 without calling the function, so that a route taking a token in one of several places cannot
 * declare them all as identity sources; without identity sources there is no cache, and the function runs for every
 * request; the function throwing "Unauthorized" is 401 and anything else it throws is an authorizer failure; the
 * returned policy decides per method ARN. Decisions are cached per identity-header values for ReauthorizeEvery
 * seconds and the cached policy is evaluated again for each request, so a policy that names only the first request's
 * method ARN denies the next request to another route, exactly as on AWS.
 */
final class RequestAuthorizer {
    private final String name;
    private final LambdaFunction function;
    private final List<IdentitySource> identitySources;
    private final long ttlMillis;
    private final LongSupplier clockMillis;
    private final ConcurrentMap<List<String>, CachedDecision> cache = new ConcurrentHashMap<>();

    private record Decision(String principalId, IamPolicy policy, Map<String, String> context, String usageIdentifierKey) {
    }

    private record CachedDecision(Decision decision, long expiresAtMillis) {
    }

    /** An identity source: {@code method.request.header.NAME} or {@code method.request.querystring.NAME}. */
    record IdentitySource(boolean header, String name) {
        Optional<String> valueIn(GatewayRequest request) {
            return header ? request.header(name) : request.queryParameter(name);
        }
    }

    RequestAuthorizer(String name, LambdaFunction function, List<IdentitySource> identitySources, int ttlSeconds,
                      LongSupplier clockMillis) {
        this.name = name;
        this.function = function;
        this.identitySources = List.copyOf(identitySources);
        // Without identity sources there is no cache key; API Gateway does not cache then either.
        this.ttlMillis = identitySources.isEmpty() ? 0 : ttlSeconds * 1000L;
        this.clockMillis = clockMillis;
    }

    AuthorizerOutcome authorize(GatewayRequest request, String methodArn, Supplier<ObjectNode> event) {
        List<String> identity = new ArrayList<>();
        for (IdentitySource source : identitySources) {
            Optional<String> value = source.valueIn(request).filter(text -> !text.isEmpty());
            if (value.isEmpty()) {
                return new AuthorizerOutcome.Rejected(GatewayResponseType.UNAUTHORIZED);
            }
            identity.add(value.get());
        }
        long now = clockMillis.getAsLong();
        CachedDecision cached = cache.get(identity);
        Decision decision;
        long latency = 0;
        if (cached != null && cached.expiresAtMillis() > now) {
            decision = cached.decision();
        } else {
            byte[] output;
            try {
                output = function.invoke(LocalJson.bytes(event.get()));
            } catch (FunctionFailure failure) {
                return new AuthorizerOutcome.Rejected("Unauthorized".equals(failure.errorMessage())
                        ? GatewayResponseType.UNAUTHORIZED
                        : GatewayResponseType.AUTHORIZER_FAILURE);
            }
            try {
                decision = decision(output);
            } catch (IllegalArgumentException e) {
                System.err.println("[" + name + "] invalid authorizer response: " + e.getMessage());
                return new AuthorizerOutcome.Rejected(GatewayResponseType.AUTHORIZER_FAILURE);
            }
            latency = clockMillis.getAsLong() - now;
            if (ttlMillis > 0) {
                cache.values().removeIf(entry -> entry.expiresAtMillis() <= now);
                cache.put(identity, new CachedDecision(decision, now + ttlMillis));
            }
        }
        if (!decision.policy().allows("execute-api:Invoke", methodArn)) {
            return new AuthorizerOutcome.Rejected(GatewayResponseType.ACCESS_DENIED);
        }
        return new AuthorizerOutcome.Allowed(decision.principalId(), decision.context(), latency,
                decision.usageIdentifierKey());
    }

    private static String text(JsonNode value) {
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static Decision decision(byte[] output) {
        JsonNode result;
        try {
            result = LocalJson.parse(output);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (result == null || !result.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Map<String, String> context = new LinkedHashMap<>();
        JsonNode contextNode = result.path("context");
        if (contextNode.isObject()) {
            for (Map.Entry<String, JsonNode> entry : contextNode.properties()) {
                if (!entry.getValue().isValueNode()) {
                    throw new IllegalArgumentException("context." + entry.getKey()
                            + " must be a string, number or boolean; API Gateway rejects objects and arrays");
                }
                if (!entry.getValue().isNull()) {
                    context.put(entry.getKey(), entry.getValue().asText());
                }
            }
        }
        return new Decision(text(result.path("principalId")), IamPolicy.parse(result.get("policyDocument")), context,
                text(result.path("usageIdentifierKey")));
    }
}
