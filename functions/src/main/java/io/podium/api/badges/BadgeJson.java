package io.podium.api.badges;

import io.podium.badges.Badge;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.Json;
import io.podium.http.SeedTime;

/** A badge definition as the API shows it. */
final class BadgeJson {
    private BadgeJson() {
    }

    static ObjectNode of(Badge badge) {
        return Json.object()
                .put("id", badge.id())
                .put("name", badge.name())
                .put("special", badge.definition().special())
                .put("points", badge.definition().points())
                .<ObjectNode>set("rule", badge.rule().toJson())
                .put("created_at", SeedTime.format(badge.createdAt()))
                .put("updated_at", SeedTime.format(badge.updatedAt()));
    }
}
