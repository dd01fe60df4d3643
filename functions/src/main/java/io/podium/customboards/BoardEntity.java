package io.podium.customboards;

import java.util.Arrays;
import java.util.Optional;

/** What a custom leaderboard ranks: the game's players, or its teams by their members' values. */
public enum BoardEntity {
    PLAYERS("players"), TEAMS("teams");

    private final String json;

    BoardEntity(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<BoardEntity> named(String name) {
        return Arrays.stream(values()).filter(entity -> entity.json.equals(name)).findFirst();
    }
}
