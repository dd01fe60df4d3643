package io.podium.api.rules;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.api.gamemetrics.ChangesJson;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.ids.DriverId;
import io.podium.json.Json;
import io.podium.players.PlayerService;
import io.podium.rules.Reverts;
import io.podium.rules.ValueStore;
import io.podium.wiring.Wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * POST /v2/admin/players/:player_id/revert with {@code {"event_ids":[…]}} (1 to 97): undoes the
 * player's {@code custom_rule} events, answering as the seed does, per id asked: {@code {"event","changes","status"}},
 * the status {@code reverted}, or {@code not_found}, {@code not_revertable} or {@code already_reverted} (and no
 * changes). All that is reverted is reverted together, with one {@code revert} event.
 */
public final class RevertHandler extends ApiHandler {
    static final int MAX_EVENTS = ValueStore.MAX_REVERTED;
    /** An id of the form events have (Podium's are digits, Playoff's UUIDs); one of it that names nothing is not_found. */
    private static final Pattern EVENT_ID = Pattern.compile("[0-9A-Za-z_-]{1,64}");

    private final Reverts reverts;

    public RevertHandler() {
        this(Wiring.aws().reverts());
    }

    public RevertHandler(Reverts reverts) {
        super(Access.GAME);
        this.reverts = reverts;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String player = request.pathParameter("player_id");
        if (DriverId.problem(player).isPresent()) {
            throw PlayerService.notFound(player);
        }
        Reverts.Reverted reverted = reverts.revert(request.tokenCompany(), player, eventIds(request.body()));
        ArrayNode body = Json.mapper().createArrayNode();
        for (Reverts.Outcome outcome : reverted.outcomes()) {
            ObjectNode entry = body.addObject().put("event", outcome.eventId());
            entry.set("changes", ChangesJson.changes(outcome.changes(), reverted.catalog()));
            entry.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        }
        return ApiResponse.ok(body);
    }

    private static List<String> eventIds(byte[] body) {
        JsonNode ids = Json.parseObject(body).get("event_ids");
        FieldErrors errors = new FieldErrors();
        List<String> list = new ArrayList<>();
        if (ids == null || !ids.isArray() || ids.isEmpty() || ids.size() > MAX_EVENTS) {
            errors.invalid(null, "event_ids", "must be an array of 1 to " + MAX_EVENTS + " event ids");
        } else {
            ids.forEach(id -> {
                if (!id.isTextual() || !EVENT_ID.matcher(id.textValue()).matches()) {
                    errors.invalid(null, "event_ids", "each event id is 1 to 64 letters, digits, '-' or '_'");
                } else {
                    list.add(id.textValue());
                }
            });
        }
        errors.throwIfAny();
        return list;
    }
}
