package io.podium.api.badges;

import io.podium.errors.NotFound;
import io.podium.http.ApiRequest;

/** The {id} of a badge route: a positive integer; anything else names no badge. */
final class BadgePath {
    private BadgePath() {
    }

    static long id(ApiRequest request) {
        String id = request.pathParameter("id");
        if (id.matches("[1-9][0-9]{0,11}")) {
            return Long.parseLong(id);
        }
        throw notFound();
    }

    static NotFound notFound() {
        return new NotFound("badge_not_found", "The company has no such badge.");
    }
}
