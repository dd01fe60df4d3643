package io.podium.engagement;

import io.podium.http.ApiError;
import io.podium.http.ApiRequest;
import io.podium.scores.ScoreRules;

/** The {userxtid} of a driver route, validated as scores validate it. */
public final class DriverPath {
    private DriverPath() {
    }

    public static String userxtid(ApiRequest request) {
        String userxtid = request.pathParameter("userxtid");
        ScoreRules.userxtidProblem(userxtid).ifPresent(problem -> {
            throw ApiError.validationFailed("userxtid", problem);
        });
        return userxtid;
    }
}
