package io.podium.api.scores;

import io.podium.errors.FieldErrors;
import io.podium.http.ApiRequest;

import java.util.Optional;

/** The query parameters of the scores routes that read. */
final class ScoreQuery {
    private ScoreQuery() {
    }

    /** A parameter that must be given: its absence is named among the request's errors. */
    static Optional<String> required(ApiRequest request, String name, FieldErrors errors) {
        Optional<String> value = request.query(name);
        if (value.isEmpty()) {
            errors.invalid(null, name, "is required");
        }
        return value;
    }
}
