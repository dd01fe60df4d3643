package io.podium.api.drivers;

import io.podium.http.ApiRequest;
import io.podium.ids.DriverId;

import java.util.Optional;

/** The {userxtid} of a driver route, validated as scores validate it. */
public final class DriverPath {
    private DriverPath() {
    }

    public static String userxtid(ApiRequest request) {
        return DriverId.checked(Optional.of(request.pathParameter("userxtid")), "userxtid").orElseThrow();
    }
}
