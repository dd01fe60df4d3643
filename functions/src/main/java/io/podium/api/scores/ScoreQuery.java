package io.podium.api.scores;

import io.podium.errors.FieldErrors;
import io.podium.http.ApiRequest;
import io.podium.scores.ScoreRules;

import java.time.LocalDate;
import java.util.Optional;

/** The query parameters of the scores routes that read: each required, its absence and its rule named among the errors. */
final class ScoreQuery {
    private ScoreQuery() {
    }

    /** {@code ?metric=}, by a metric's rule. */
    static Optional<String> metric(ApiRequest request, FieldErrors errors) {
        return ScoreRules.metric(required(request, "metric", errors), null, "metric", errors);
    }

    /** A day parameter ({@code ?date=}, {@code ?from=}, …), a real calendar day. */
    static Optional<LocalDate> day(ApiRequest request, String name, FieldErrors errors) {
        return ScoreRules.date(required(request, name, errors), null, name, errors);
    }

    private static Optional<String> required(ApiRequest request, String name, FieldErrors errors) {
        Optional<String> value = request.query(name);
        if (value.isEmpty()) {
            errors.invalid(null, name, "is required");
        }
        return value;
    }
}
