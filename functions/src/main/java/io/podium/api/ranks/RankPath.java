package io.podium.api.ranks;

import io.podium.http.ApiRequest;
import io.podium.ranks.Rank;

import java.util.regex.Pattern;

/**
 * The {id} of a rank route ({rank_id} at EASI'R's path): a UUID as ranks are given (lower case); anything else names no rank, and is refused
 * before it reaches the store (whose keys are at most 1 KB).
 */
final class RankPath {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private RankPath() {
    }

    static String id(ApiRequest request) {
        return request.id(request.isSignedInRoute() ? "rank_id" : "id", UUID, Rank::notFound);
    }
}
