package io.podium.local;

import java.util.Map;

/** One entry of a function's Events, for example an Api route, an SQS queue or a schedule. */
record EventSpec(String functionLogicalId, String id, String type, Map<String, Object> properties) {

    Object property(String name) {
        return properties.get(name);
    }

    String where(String property) {
        return functionLogicalId + ".Events." + id + "." + property;
    }
}
