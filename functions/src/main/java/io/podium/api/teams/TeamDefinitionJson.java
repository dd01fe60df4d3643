package io.podium.api.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import io.podium.teams.TeamDefinition;

/** A team definition as Podium answers it, in Playoff's field names. */
final class TeamDefinitionJson {
    private TeamDefinitionJson() {
    }

    static ObjectNode of(TeamDefinition definition) {
        ObjectNode node = Json.object().put("id", definition.id()).put("name", definition.name());
        definition.roles().forEach(node.putArray("roles")::add);
        definition.creatorRoles().forEach(node.putArray("creator_roles")::add);
        return node.put("access", definition.access().name()).put("updated", IsoTime.format(definition.updated()));
    }
}
