package io.podium.adapters.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.Json;
import io.podium.tokens.Tier;
import io.podium.tokens.UsagePlanKeys;
import software.amazon.awssdk.http.SdkHttpMethod;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The tiers' usage plans on API Gateway, found by name ({@code <STACK_NAME>-<tier>}): the template cannot hand their
 * ids to the function without a dependency cycle (plan → API stage → function). A company's key is named
 * {@code <STACK_NAME>-company-<copid>}.
 */
public final class ApiGatewayUsagePlanKeys implements UsagePlanKeys {
    private static final int PAGE = 500;

    private final Supplier<ApiGatewayCalls> newCalls;
    private final Supplier<String> stackName;
    private volatile ApiGatewayCalls calls;
    private final Map<Tier, String> planIds = new EnumMap<>(Tier.class);

    /** Both are asked on first use, so functions that never touch keys pay nothing for them at cold start. */
    public ApiGatewayUsagePlanKeys(Supplier<ApiGatewayCalls> newCalls, Supplier<String> stackName) {
        this.newCalls = newCalls;
        this.stackName = stackName;
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

    /**
     * CreateApiKey, or, when API Gateway answers 409 because the value exists, the key found by its name and value;
     * then CreateUsagePlanKey, where 409 means it is a member already.
     */
    @Override
    public String ensure(String copid, String value, Tier tier) {
        String name = stackName.get() + "-company-" + copid;
        ObjectNode key = Json.object();
        key.put("name", name);
        key.put("value", value);
        key.put("enabled", true);
        ApiGatewayCalls.Answer created = calls().call(SdkHttpMethod.POST, "/apikeys", Map.of(), key);
        String keyId = created.status() == 409
                // GetApiKeys' nameQuery goes on the wire as "name" (API Gateway's API reference, GetApiKeys).
                ? find("/apikeys", Map.of("name", name, "includeValues", "true"),
                        found -> name.equals(found.path("name").asText()) && value.equals(found.path("value").asText()))
                        .orElseThrow(() -> new IllegalStateException("API Gateway has another key with the value of "
                                + name)).path("id").asText()
                : expect(created, "create API key " + name).path("id").asText();
        addToPlan(keyId, tier);
        return keyId;
    }

    /** Leaves the other tiers' plans first: API Gateway refuses a key in two plans of the same stage. */
    @Override
    public void moveTo(String keyId, Tier tier) {
        for (Tier other : Tier.values()) {
            if (other != tier) {
                ApiGatewayCalls.Answer answer = calls().call(SdkHttpMethod.DELETE,
                        "/usageplans/" + planId(other) + "/keys/" + keyId, Map.of(), null);
                if (answer.status() != 404) {
                    expect(answer, "remove API key " + keyId + " from the " + other.wireName() + " plan");
                }
            }
        }
        addToPlan(keyId, tier);
    }

    private void addToPlan(String keyId, Tier tier) {
        ObjectNode member = Json.object();
        member.put("keyId", keyId);
        member.put("keyType", "API_KEY");
        ApiGatewayCalls.Answer answer = calls().call(SdkHttpMethod.POST, "/usageplans/" + planId(tier) + "/keys",
                Map.of(), member);
        if (answer.status() != 409) {
            expect(answer, "add API key " + keyId + " to the " + tier.wireName() + " plan");
        }
    }

    private String planId(Tier tier) {
        synchronized (planIds) {
            return planIds.computeIfAbsent(tier, ignored -> {
                String name = stackName.get() + "-" + tier.wireName();
                return find("/usageplans", Map.of(), plan -> name.equals(plan.path("name").asText()))
                        .orElseThrow(() -> new IllegalStateException("API Gateway has no usage plan named " + name))
                        .path("id").asText();
            });
        }
    }

    /** The first item of a listing that matches, reading page after page. */
    private Optional<JsonNode> find(String path, Map<String, String> filter, Predicate<JsonNode> matches) {
        Map<String, String> query = new HashMap<>(filter);
        query.put("limit", Integer.toString(PAGE));
        while (true) {
            JsonNode page = expect(calls().call(SdkHttpMethod.GET, path, query, null), "list " + path);
            for (JsonNode item : page.path("item")) {
                if (matches.test(item)) {
                    return Optional.of(item);
                }
            }
            if (!page.hasNonNull("position")) {
                return Optional.empty();
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
