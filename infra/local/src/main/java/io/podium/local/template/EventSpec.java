package io.podium.local.template;

import java.util.Map;

/** One entry of a function's Events, for example an Api route, an SQS queue or a schedule. */
public record EventSpec(String functionLogicalId, String id, String type, Map<String, Object> properties) {

    public Object property(String name) {
        return properties.get(name);
    }

    public String where(String property) {
        return functionLogicalId + ".Events." + id + "." + property;
    }
}
