package io.podium.adapters.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.Json;
import io.podium.tokens.UsagePlanKeys;
import software.amazon.awssdk.http.SdkHttpMethod;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The tokens' usage plan on API Gateway, found by name (USAGE_PLAN_NAME): the template cannot hand its id to the
 * function without a dependency cycle (plan → API stage → function).
 */
public final class ApiGatewayUsagePlanKeys implements UsagePlanKeys {
    private static final int PAGE = 500;

    private final Supplier<ApiGatewayCalls> newCalls;
    private final Supplier<String> planName;
    private volatile ApiGatewayCalls calls;
    private volatile String planId;

    /** Both are asked on first use, so functions that never touch keys pay nothing for them at cold start. */
    public ApiGatewayUsagePlanKeys(Supplier<ApiGatewayCalls> newCalls, Supplier<String> planName) {
        this.newCalls = newCalls;
        this.planName = planName;
    }

    /** Made once, on first use; a race makes two, which are equal. */
    private ApiGatewayCalls calls() {
        ApiGatewayCalls made = calls;
        if (made == null) {
            made = newCalls.get();
            calls = made;
        }
        return made;
    }


    @Override
    public String create(String name, String value) {
        String plan = planId();
        ObjectNode key = Json.object();
        key.put("name", name);
        key.put("value", value);
        key.put("enabled", true);
        String keyId = expect(calls().call(SdkHttpMethod.POST, "/apikeys", Map.of(), key), "create an API key")
                .path("id").asText();
        ObjectNode member = Json.object();
        member.put("keyId", keyId);
        member.put("keyType", "API_KEY");
        try {
            expect(calls().call(SdkHttpMethod.POST, "/usageplans/" + plan + "/keys", Map.of(), member),
                    "add the API key to the usage plan");
        } catch (RuntimeException e) {
            delete(keyId);
            throw e;
        }
        return keyId;
    }

    @Override
    public void delete(String keyId) {
        ApiGatewayCalls.Answer answer = calls().call(SdkHttpMethod.DELETE, "/apikeys/" + keyId, Map.of(), null);
        if (answer.status() != 404) {
            expect(answer, "delete API key " + keyId);
        }
    }

    private String planId() {
        String known = planId;
        if (known == null) {
            known = findPlan(planName.get());
            planId = known;
        }
        return known;
    }

    private String findPlan(String name) {
        Map<String, String> query = new HashMap<>(Map.of("limit", Integer.toString(PAGE)));
        while (true) {
            JsonNode page = expect(calls().call(SdkHttpMethod.GET, "/usageplans", query, null), "list usage plans");
            for (JsonNode plan : page.path("item")) {
                if (name.equals(plan.path("name").asText())) {
                    return plan.path("id").asText();
                }
            }
            if (!page.hasNonNull("position")) {
                throw new IllegalStateException("API Gateway has no usage plan named " + name);
            }
            query.put("position", page.get("position").asText());
        }
    }

    private static JsonNode expect(ApiGatewayCalls.Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException("could not " + what + ": API Gateway answered " + answer.status()
                    + " " + answer.body().path("message").asText());
        }
        return answer.body();
    }
}
