package io.podium.api.settings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import io.podium.levels.LevelScale;
import io.podium.ranks.SeedRules;
import io.podium.settings.CompanySettings;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON form of a company's settings, {"autoFinalizeAfterDays","levels","points","rankRules","invitesNeedApproval","updatedAt"}; defaults
 * if never set ({@code rankRules} always lists every EASI'R rule, defaults included).
 */
final class SettingsJson {
    private SettingsJson() {
    }

    static ObjectNode of(Optional<CompanySettings> settings) {
        ObjectNode node = Json.object();
        node.put("autoFinalizeAfterDays", settings.flatMap(CompanySettings::autoFinalizeAfterDays).orElse(null));
        LevelScale levels = settings.map(CompanySettings::levels).orElse(LevelScale.DEFAULT);
        node.putObject("levels").put("base", levels.base()).put("factor", levels.factor()).put("count", levels.count());
        Optional<Map<String, Double>> points = settings.flatMap(CompanySettings::pointWeights);
        if (points.isPresent()) {
            ObjectNode weights = node.putObject("points");
            new TreeMap<>(points.get()).forEach(weights::put);
        } else {
            node.putNull("points");
        }
        node.set("rankRules", settings.map(CompanySettings::rankRules).orElse(SeedRules.DEFAULT).effectiveJson());
        node.put("invitesNeedApproval", settings.map(CompanySettings::invitesNeedApproval).orElse(true));
        node.put("updatedAt", settings.map(s -> IsoTime.format(s.updatedAt())).orElse(null));
        return node;
    }
}
