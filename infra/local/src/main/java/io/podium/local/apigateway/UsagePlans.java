package io.podium.local.apigateway;

import java.util.List;
import java.util.function.LongSupplier;

/** The template's usage plans and the API keys of the local API Gateway, shared by every API of the template. */
public record UsagePlans(List<UsagePlan> plans, ApiKeys keys, LongSupplier nanos) {
    static final UsagePlans NONE = new UsagePlans(List.of(), null, System::nanoTime);

    public UsagePlans {
        plans = List.copyOf(plans);
    }

    ApiUsage forApi(String apiId, boolean keyFromAuthorizer, Throttle methodThrottle) {
        return new ApiUsage(keyFromAuthorizer, methodThrottle,
                plans.stream().filter(plan -> plan.apiIds().contains(apiId)).toList(), keys, nanos);
    }
}
