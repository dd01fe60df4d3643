package io.podium.api.tokens;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import io.podium.tokens.Token;

/** The JSON form of a token record. It never includes the secret or its hash. */
final class TokenJson {
    private TokenJson() {
    }

    static ObjectNode of(Token token) {
        ObjectNode node = Json.object().put("id", token.id());
        node.put("copid", token.copid().orElse(null));
        ArrayNode scopes = node.putArray("scopes");
        token.scopeNames().forEach(scopes::add);
        node.put("description", token.description());
        node.put("createdAt", IsoTime.format(token.createdAt()));
        node.put("revokedAt", token.revokedAt().map(IsoTime::format).orElse(null));
        return node;
    }
}
