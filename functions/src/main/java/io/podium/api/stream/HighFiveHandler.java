package io.podium.api.stream;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.auth.Caller;
import io.podium.errors.FieldErrors;
import io.podium.errors.Forbidden;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.ids.DriverId;
import io.podium.json.Json;
import io.podium.stream.HighFive;
import io.podium.stream.StreamEvent;
import io.podium.stream.StreamStore;
import io.podium.wiring.Wiring;

import java.time.Clock;
import java.util.Optional;

/**
 * PUT /v3/igr/gamification/{copid}/stream/{event_id}/high-five with {"userxtid": V}: V high-fives the event, once; a
 * second time changes nothing. A driver token high-fives as its own driver and may leave the body out. At EASI'R's
 * PUT /gamification/stream/{event_id}/high-five the signed-in driver high-fives, and a body is not read.
 */
public final class HighFiveHandler extends ApiHandler {
    private final StreamStore stream;
    private final Clock clock;

    public HighFiveHandler() {
        this(Wiring.aws().stream(), Wiring.aws().clock());
    }

    public HighFiveHandler(StreamStore stream, Clock clock) {
        super(Access.EASIR_HIGH_FIVE);
        this.stream = stream;
        this.clock = clock;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        long eventId = request.numericId("event_id", StreamEvent::notFound);
        Optional<String> driver = request.caller().flatMap(Caller::driver);
        String viewer = request.isSignedInRoute() ? driver.orElseThrow() : viewer(request, driver);
        if (stream.highFive(request.company(), eventId, viewer, clock.instant()) == HighFive.NO_SUCH_EVENT) {
            throw StreamEvent.notFound();
        }
        return ApiResponse.noContent();
    }

    private static String viewer(ApiRequest request, Optional<String> driver) {
        if (driver.isPresent() && request.body().length == 0) {
            return driver.get();
        }
        ObjectNode body = Json.parseObject(request.body());
        FieldErrors errors = new FieldErrors();
        Optional<String> given = driver.isPresent() ? errors.text(body, null, "userxtid") : errors.requiredText(body, null, "userxtid");
        given.flatMap(DriverId::problem).ifPresent(problem -> errors.invalid(null, "userxtid", problem));
        errors.throwIfAny();
        if (driver.isPresent() && given.filter(name -> !name.equals(driver.get())).isPresent()) {
            throw new Forbidden("forbidden", "This token may only act as its own driver.");
        }
        return given.orElseGet(driver::orElseThrow);
    }
}
