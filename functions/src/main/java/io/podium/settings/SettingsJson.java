package io.podium.settings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.http.Json;

import java.util.Optional;

/** The JSON form of a company's settings, {"autoFinalizeAfterDays","updatedAt"}; all null if never set. */
final class SettingsJson {
    private SettingsJson() {
    }

    static ObjectNode of(Optional<CompanySettings> settings) {
        ObjectNode node = Json.object();
        node.put("autoFinalizeAfterDays", settings.flatMap(CompanySettings::autoFinalizeAfterDays).orElse(null));
        node.put("updatedAt", settings.map(s -> s.updatedAt().toString()).orElse(null));
        return node;
    }
}
