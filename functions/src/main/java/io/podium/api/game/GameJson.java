package io.podium.api.game;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.game.Game;
import io.podium.json.IsoTime;
import io.podium.json.Json;

/** Playoff's game status document: the server, then the game. */
final class GameJson {
    private GameJson() {
    }

    static ObjectNode of(Game game) {
        ObjectNode root = Json.object().put("name", "Podium").put("version", "v2").put("status", "ok");
        ObjectNode node = root.putObject("game");
        node.put("id", game.id());
        node.put("title", game.title());
        node.put("description", game.description());
        node.put("listed", false);
        node.put("type", "native");
        game.created().ifPresentOrElse(created -> node.put("created", IsoTime.format(created)), () -> node.putNull("created"));
        return root;
    }
}
