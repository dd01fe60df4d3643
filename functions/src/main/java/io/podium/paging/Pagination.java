package io.podium.paging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.InvalidInput;
import io.podium.json.Json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The EASI'R API's page-numbered lists: {@code page} from 1 and {@code per_page} (default 15, at most 100). */
public record Pagination(int page, int perPage) {
    public static final int DEFAULT_PER_PAGE = 15;
    public static final int MAX_PER_PAGE = 100;
    private static final int MAX_PAGE = 100_000;

    /** From the {@code page} and {@code per_page} query parameters; out of range is 400 validation_failed. */
    public static Pagination of(Optional<String> page, Optional<String> perPage) {
        return new Pagination(number(page, "page", 1, MAX_PAGE, 1),
                number(perPage, "per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE));
    }

    public int offset() {
        return (page - 1) * perPage;
    }

    /**
     * {@code {"total","page","per_page","urls":{"previous","next"}}}; the urls are {@code path} with the request's other query
     * parameters.
     */
    public ObjectNode toJson(long total, String path, Map<String, String> query) {
        ObjectNode pagination = Json.object().put("total", total).put("page", page).put("per_page", perPage);
        ObjectNode urls = pagination.putObject("urls");
        urls.put("previous", page > 1 ? url(path, query, page - 1) : null);
        urls.put("next", (long) page * perPage < total ? url(path, query, page + 1) : null);
        return pagination;
    }

    private String url(String path, Map<String, String> query, int target) {
        Map<String, String> parameters = new TreeMap<>(query);
        parameters.put("page", Integer.toString(target));
        parameters.put("per_page", Integer.toString(perPage));
        StringBuilder url = new StringBuilder(path).append('?');
        parameters.forEach((name, value) -> url.append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        return url.substring(0, url.length() - 1);
    }

    private static int number(Optional<String> text, String name, int min, int max, int defaultValue) {
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Refused below, like an out-of-range number.
        }
        throw InvalidInput.validationFailed(name, "must be an integer from " + min + " to " + max);
    }
}
