package io.podium.paging;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A fuzz input read as a query string ({@code page=2&per_page=x}), the way API Gateway hands parameters to a
 * function: already decoded, the last of repeated names winning. A seed file of the corpus is then a readable query.
 */
final class QueryParameters {
    private final Map<String, String> values = new HashMap<>();

    QueryParameters(String query) {
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
