package io.podium.api.metrics;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import io.podium.metrics.Metric;

/** The JSON form of a metric: {"metric","finalizedThrough","createdAt"}. */
public final class MetricJson {
    private MetricJson() {
    }

    public static ObjectNode of(Metric metric) {
        ObjectNode node = Json.object().put("metric", metric.name());
        node.put("finalizedThrough", metric.finalizedThrough().map(Object::toString).orElse(null));
        node.put("createdAt", IsoTime.format(metric.createdAt()));
        return node;
    }
}
