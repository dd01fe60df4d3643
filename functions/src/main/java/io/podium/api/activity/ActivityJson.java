package io.podium.api.activity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.activity.ActivityPage;
import io.podium.activity.FeedEvent;
import io.podium.api.gamemetrics.ChangesJson;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import io.podium.processes.ProcessEvents;
import io.podium.scores.CorrectionEvents;

/**
 * Playoff's activity event: {@code event} (the log's type; a {@code new_level} is Playoff's {@code level}, as its
 * seed's game feed shows a level reached), {@code actor} ({@code {"id","alias"}}, null for a company-wide
 * event), {@code changes} ({@code [{"metric":{"id","name","type"},"delta":{"old","new"}}]}, each metric named by the
 * game's catalog, values as strings), {@code timestamp} (ISO-8601 UTC, milliseconds) and
 * {@code id} (a string). An {@code action} event also has {@code action} ({@code {"id","name"}}) and {@code count}, as
 * Playoff's player feed shows one. What a type adds: {@code badge} ({@code badge_achieved}), {@code campaign}
 * ({@code campaign_*}), {@code winners} ({@code campaign_completed}), {@code team} (a team's {@code join},
 * {@code leave}, {@code roles} and {@code transfer}) and {@code roles} (the roles held after a join, a change of roles
 * or a transfer), {@code process} (a process's events, {@link ProcessEvents}), {@code lanes} (the role held in each
 * lane after a process's create, join, change of roles or transfer), and a corrected score's {@code date} and
 * {@code reason} ({@link CorrectionEvents}).
 */
final class ActivityJson {
    /** The log's level-up, which Playoff calls {@code level}. */
    private static final String NEW_LEVEL = "new_level";

    private ActivityJson() {
    }

    static ArrayNode page(ActivityPage page) {
        ArrayNode events = Json.mapper().createArrayNode();
        page.events().forEach(event -> events.add(event(event, page)));
        return events;
    }

    static ObjectNode event(FeedEvent event, ActivityPage page) {
        JsonNode payload = event.payload();
        ObjectNode node = Json.object().put("event", event.type().equals(NEW_LEVEL) ? "level" : event.type());
        if (event.type().equals("action")) {
            node.set("action", pick(payload.path("action"), "id", "name"));
            node.put("count", payload.path("count").asLong(1));
        }
        if (event.actor().isPresent()) {
            node.set("actor", player(event.actor().get(), page));
        } else {
            node.putNull("actor");
        }
        switch (event.type()) {
            case "badge_achieved" -> node.set("badge", pick(payload.path("badge"), "id", "name"));
            case "campaign_started", "campaign_ended" -> node.putObject("campaign")
                    .put("id", payload.path("campaign").asText()).put("name", payload.path("name").asText());
            case "campaign_won" -> node.set("campaign", pick(payload.path("campaign"), "id", "name"));
            case "campaign_completed" -> {
                node.set("campaign", pick(payload.path("campaign"), "id", "name"));
                ArrayNode winners = node.putArray("winners");
                payload.path("winners").forEach(winner -> winners.add(player(winner.path("id").asText(), page)));
            }
            case "join", "roles", "transfer" -> {
                node.set("team", pick(payload.path("team"), "id", "name"));
                node.set("roles", payload.path("roles").isArray() ? payload.get("roles") : Json.mapper().createArrayNode());
            }
            case "leave" -> node.set("team", pick(payload.path("team"), "id", "name"));
            case ProcessEvents.CREATE, ProcessEvents.JOIN, ProcessEvents.ROLES, ProcessEvents.TRANSFER -> {
                node.set("process", pick(payload.path("process"), "id", "name"));
                node.set("lanes", payload.path("lanes").isObject() ? payload.get("lanes") : Json.object());
            }
            case ProcessEvents.LEAVE, ProcessEvents.DELETE -> node.set("process", pick(payload.path("process"), "id", "name"));
            case CorrectionEvents.TYPE -> node.setAll(pick(payload, "date", "reason"));
            default -> {
                // player_created, player_disabled, player_enabled, a level (its change says it all), and types
                // this renderer does not know yet: the common fields only.
            }
        }
        node.set("changes", ChangesJson.changes(event.changes(), page.catalog()));
        return node.put("timestamp", IsoTime.format(event.at())).put("id", Long.toString(event.id()));
    }

    private static ObjectNode player(String id, ActivityPage page) {
        return Json.object().put("id", id).put("alias", page.alias(id));
    }

    /** An object of these fields of {@code source}, as they are there (null when absent). */
    private static ObjectNode pick(JsonNode source, String... fields) {
        ObjectNode picked = Json.object();
        for (String field : fields) {
            JsonNode value = source.path(field);
            picked.set(field, value.isMissingNode() ? Json.mapper().nullNode() : value);
        }
        return picked;
    }
}
