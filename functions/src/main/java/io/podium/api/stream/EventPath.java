package io.podium.api.stream;

import io.podium.errors.NotFound;
import io.podium.http.ApiRequest;

/** The {event_id} of a stream route: a positive integer; anything else names no event. */
final class EventPath {
    private EventPath() {
    }

    static long id(ApiRequest request) {
        String id = request.pathParameter("event_id");
        if (id.matches("[1-9][0-9]{0,11}")) {
            return Long.parseLong(id);
        }
        throw notFound();
    }

    static NotFound notFound() {
        return new NotFound("event_not_found", "The company's stream has no such event.");
    }
}
