package io.podium.api.drivers;

import java.util.Optional;

import io.podium.ids.DriverId;
import io.podium.http.ApiRequest;

/** The {userxtid} of a driver route, validated as scores validate it. */
public final class DriverPath {
    private DriverPath() {
    }

    public static String userxtid(ApiRequest request) {
        return DriverId.checked(Optional.of(request.pathParameter("userxtid")), "userxtid").orElseThrow();
    }
}
