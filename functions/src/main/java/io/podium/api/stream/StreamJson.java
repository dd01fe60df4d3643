package io.podium.api.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.api.drivers.UserJson;
import io.podium.http.ApiRequest;
import io.podium.http.SeedTime;
import io.podium.json.Json;
import io.podium.stream.StreamEvent;

/** A stream event in the EASI'R shape; on Podium's route with its count of high-fives too. */
final class StreamJson {
    private StreamJson() {
    }

    static ObjectNode of(StreamEvent event, boolean highFived, UserJson users, ApiRequest request) {
        ObjectNode node = Json.object()
                .put("id", event.id())
                .put("event_type", event.type());
        node.set("event_data", event.data());
        node.put("high_fived", highFived);
        if (!request.isSignedInRoute()) {
            node.put("high_fives", event.highFives());
        }
        node.set("user", event.userxtid().<JsonNode>map(users::user).orElse(Json.mapper().nullNode()));
        return node.put("created_at", SeedTime.format(event.createdAt()))
                .put("updated_at", SeedTime.format(event.updatedAt()));
    }
}
