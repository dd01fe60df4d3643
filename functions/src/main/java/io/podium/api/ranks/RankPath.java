package io.podium.api.ranks;

import io.podium.errors.NotFound;
import io.podium.http.ApiRequest;

import java.util.regex.Pattern;

/**
 * The {id} of a rank route: a UUID as ranks are given (lower case); anything else names no rank, and is refused
 * before it reaches the store (whose keys are at most 1 KB).
 */
final class RankPath {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private RankPath() {
    }

    static String id(ApiRequest request) {
        String id = request.pathParameter("id");
        if (UUID.matcher(id).matches()) {
            return id;
        }
        throw notFound();
    }

    static NotFound notFound() {
        return new NotFound("rank_not_found", "The company has no such rank.");
    }
}
