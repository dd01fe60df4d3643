package io.podium.local.apigateway;

import io.podium.local.template.Intrinsics;
import io.podium.local.template.ResourceTypes;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateException;
import io.podium.local.template.TemplateResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The usage plans, API keys and usage plan keys of a template. What the runtime cannot enforce fails at startup
 * rather than being silently unthrottled: per-method throttles inside a plan's ApiStages, and a plan's Quota.
 */
public final class UsagePlanTemplate {
    private UsagePlanTemplate() {
    }

    public static List<UsagePlan> plans(Template template, Intrinsics intrinsics) {
        List<UsagePlan> plans = new ArrayList<>();
        for (TemplateResource resource : included(template, intrinsics, ResourceTypes.USAGE_PLAN)) {
            String where = resource.logicalId();
            Set<String> apiIds = new LinkedHashSet<>();
            Object stages = intrinsics.resolve(resource.property("ApiStages"), where + ".ApiStages");
            if (stages instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    String place = where + ".ApiStages[" + i + "]";
                    Map<String, Object> stage = Template.mapping(list.get(i), place);
                    if (stage.containsKey("Throttle")) {
                        throw new TemplateException(place + ".Throttle: per-method throttles of a usage plan are not supported locally");
                    }
                    apiIds.add(intrinsics.text(stage.get("ApiId"), place + ".ApiId"));
                }
            }
            if (intrinsics.resolve(resource.property("Quota"), where + ".Quota") != null) {
                throw new TemplateException(where + ".Quota: quotas of a usage plan are not enforced locally");
            }
            String name = intrinsics.text(resource.property("UsagePlanName"), where + ".UsagePlanName");
            plans.add(new UsagePlan(where, name == null ? where : name, apiIds,
                    throttle(resource.property("Throttle"), intrinsics, where + ".Throttle")));
        }
        return plans;
    }

    /** The declared keys, each with the plans that UsagePlanKey resources put it in. */
    public static List<ApiKey> keys(Template template, Intrinsics intrinsics) {
        Map<String, Set<String>> plansOfKey = new HashMap<>();
        for (TemplateResource member : included(template, intrinsics, ResourceTypes.USAGE_PLAN_KEY)) {
            String where = member.logicalId();
            String keyId = intrinsics.text(member.property("KeyId"), where + ".KeyId");
            String planId = intrinsics.text(member.property("UsagePlanId"), where + ".UsagePlanId");
            plansOfKey.computeIfAbsent(keyId, id -> new HashSet<>()).add(planId);
        }
        List<ApiKey> keys = new ArrayList<>();
        for (TemplateResource resource : included(template, intrinsics, ResourceTypes.API_KEY)) {
            String where = resource.logicalId();
            String name = intrinsics.text(resource.property("Name"), where + ".Name");
            String value = intrinsics.text(resource.property("Value"), where + ".Value");
            keys.add(new ApiKey(where, name == null ? where : name, value == null ? ApiKeys.randomValue() : value,
                    // CloudFormation's default: a declared key is disabled unless it says otherwise.
                    intrinsics.bool(resource.property("Enabled"), false, where + ".Enabled"),
                    plansOfKey.getOrDefault(where, Set.of())));
        }
        return keys;
    }

    /** A Throttle of a usage plan (RateLimit, BurstLimit), or null when it has none. */
    private static Throttle throttle(Object raw, Intrinsics intrinsics, String where) {
        Map<String, Object> throttle = Template.mapping(intrinsics.resolve(raw, where), where);
        if (throttle.isEmpty()) {
            return null;
        }
        String rate = intrinsics.text(throttle.get("RateLimit"), where + ".RateLimit");
        return new Throttle(rate == null ? Double.MAX_VALUE : Double.parseDouble(rate),
                intrinsics.integer(throttle.get("BurstLimit"), Integer.MAX_VALUE, where + ".BurstLimit"));
    }

    private static List<TemplateResource> included(Template template, Intrinsics intrinsics, String type) {
        return template.ofType(type).stream().filter(intrinsics::included).toList();
    }
}
