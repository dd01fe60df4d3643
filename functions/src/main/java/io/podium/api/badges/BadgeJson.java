package io.podium.api.badges;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.badges.Badge;
import io.podium.http.SeedTime;
import io.podium.json.Json;

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
