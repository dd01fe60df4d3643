package io.podium.api.drivers;

import io.podium.auth.Caller;
import io.podium.http.ApiRequest;
import io.podium.ids.DriverId;

import java.util.Optional;

/** The driver a route is about: the {userxtid} of its path, validated as scores validate it, or the signed-in user. */
public final class DriverPath {
    private DriverPath() {
    }

    /**
     * On a route of EASI'R's signed-in user the driver is the token's, which {@code Access.SIGNED_IN_DRIVER} has
     * required.
     */
    public static String userxtid(ApiRequest request) {
        Optional<String> named = request.optionalPathParameter("userxtid");
        if (named.isEmpty()) {
            return request.caller().flatMap(Caller::driver)
                    .orElseThrow(() -> new IllegalStateException("the route names no driver and its access requires none"));
        }
        return DriverId.checked(named, "userxtid").orElseThrow();
    }
}
