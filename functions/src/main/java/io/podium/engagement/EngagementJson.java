package io.podium.engagement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.Json;

/** The shapes the EASI'R API shares between its resources. */
public final class EngagementJson {
    private EngagementJson() {
    }

    /** A driver as the EASI'R API shows a user; Podium knows drivers only by userxtid, which is also their alias. */
    public static ObjectNode user(String userxtid) {
        return Json.object().put("id", userxtid).put("alias", userxtid);
    }
}
