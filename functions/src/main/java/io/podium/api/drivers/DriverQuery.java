package io.podium.api.drivers;

import io.podium.auth.Caller;
import io.podium.errors.Forbidden;
import io.podium.http.ApiRequest;
import io.podium.ids.DriverId;

import java.util.Optional;

/**
 * A driver named by a query parameter ({@code userxtid}, {@code viewer}). A driver token stands for its own driver:
 * the parameter may be left out, and naming anyone else is refused.
 */
public final class DriverQuery {
    private DriverQuery() {
    }

    /** The parameter, validated as a userxtid; empty when it is absent. */
    public static Optional<String> named(ApiRequest request, String parameter) {
        return DriverId.checked(request.query(parameter), parameter);
    }

    public static Optional<String> userxtid(ApiRequest request, String parameter) {
        Optional<String> given = named(request, parameter);
        Optional<String> driver = request.caller().flatMap(Caller::driver);
        if (driver.isEmpty()) {
            return given;
        }
        if (given.filter(name -> !name.equals(driver.get())).isPresent()) {
            throw new Forbidden("forbidden", "This token may only act as its own driver.");
        }
        return driver;
    }
}
