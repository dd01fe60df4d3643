package io.podium.http;

import java.util.Map;
import java.util.Optional;

/** HTTP header names are case-insensitive; API Gateway passes them as the client sent them. */
public final class Headers {
    private Headers() {
    }

    public static Optional<String> get(Map<String, String> headers, String name) {
        if (headers == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> entry : headers.entrySet()) {
            if (name.equalsIgnoreCase(entry.getKey())) {
                return Optional.ofNullable(entry.getValue());
            }
        }
        return Optional.empty();
    }
}
