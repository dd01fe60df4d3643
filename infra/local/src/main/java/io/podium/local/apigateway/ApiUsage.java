package io.podium.local.apigateway;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * API Gateway's throttling and API keys for one API: the stage's default method throttle (MethodSettings on
 * {@code /*} and {@code *}), which every method has a bucket of, and for methods that require an API key, the key
 * (from the x-api-key header, or the authorizer's usageIdentifierKey when ApiKeySourceType is AUTHORIZER) and the
 * throttle of its usage plan, one bucket per key.
 */
final class ApiUsage {
    private final boolean keyFromAuthorizer;
    private final Throttle methodThrottle;
    private final List<UsagePlan> plans;
    private final ApiKeys keys;
    private final LongSupplier nanos;
    private final ConcurrentMap<Route, TokenBucket> methodBuckets = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, TokenBucket> keyBuckets = new ConcurrentHashMap<>();

    /**
     * @param methodThrottle the stage's default method throttle, or null for none
     * @param plans          the usage plans whose stages include this API
     */
    ApiUsage(boolean keyFromAuthorizer, Throttle methodThrottle, List<UsagePlan> plans, ApiKeys keys, LongSupplier nanos) {
        this.keyFromAuthorizer = keyFromAuthorizer;
        this.methodThrottle = methodThrottle;
        this.plans = List.copyOf(plans);
        this.keys = keys;
        this.nanos = nanos;
    }

    /** Checked before the authorizer runs, as API Gateway throttles a method before it authorizes a request. */
    boolean methodAllows(Route route) {
        return methodThrottle == null
                || methodBuckets.computeIfAbsent(route, ignored -> methodThrottle.bucket(nanos.getAsLong()))
                .tryTake(nanos.getAsLong());
    }

    /**
     * Checked after the authorizer allowed the request.
     *
     * @param usageIdentifierKey what the authorizer returned, or null
     * @return the gateway response to answer with, or empty to invoke the integration
     */
    Optional<GatewayResponseType> refusal(Route route, GatewayRequest request, String usageIdentifierKey) {
        if (!route.apiKeyRequired()) {
            return Optional.empty();
        }
        String value = keyFromAuthorizer ? usageIdentifierKey : request.header("x-api-key").orElse(null);
        Optional<ApiKey> key = value == null || keys == null
                ? Optional.empty()
                : keys.withValue(value).filter(ApiKey::enabled);
        Optional<UsagePlan> plan = key.flatMap(found -> plans.stream()
                .filter(candidate -> found.planIds().contains(candidate.id())).findFirst());
        if (plan.isEmpty()) {
            return Optional.of(GatewayResponseType.INVALID_API_KEY);
        }
        Throttle throttle = plan.get().throttle();
        if (throttle == null) {
            return Optional.empty();
        }
        TokenBucket bucket = keyBuckets.computeIfAbsent(plan.get().id() + "/" + key.get().id(),
                ignored -> throttle.bucket(nanos.getAsLong()));
        return bucket.tryTake(nanos.getAsLong()) ? Optional.empty() : Optional.of(GatewayResponseType.THROTTLED);
    }
}
