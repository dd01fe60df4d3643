package io.podium.local.apigateway;

import java.util.Set;

/** An API key: declared in the template (its id is the logical id) or created through the management API. */
public record ApiKey(String id, String name, String value, boolean enabled, Set<String> planIds) {

    public ApiKey {
        planIds = Set.copyOf(planIds);
    }

    ApiKey inPlans(Set<String> plans) {
        return new ApiKey(id, name, value, enabled, plans);
    }
}
