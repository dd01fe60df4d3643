package io.podium.ranks;

import io.podium.http.ApiError;

/** Refusals of the {id} of a rank route. */
final class RankPath {
    private RankPath() {
    }

    static ApiError notFound() {
        return ApiError.notFound("rank_not_found", "The company has no such rank.");
    }
}
