package io.podium.gamemetrics;

import java.util.Optional;

/** The kinds of Playoff's metrics: a number, counts of items, or one state of several. */
public enum MetricType {
    POINT("point"),
    SET("set"),
    STATE("state");

    private final String wireName;

    MetricType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<MetricType> named(String name) {
        for (MetricType type : values()) {
            if (type.wireName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
