package io.podium.game;

import io.podium.tokens.TokenStore;

import java.time.Clock;

/** The game of a company: its details, and when it began. */
public final class GameService {
    private final GameStore store;
    private final TokenStore tokens;
    private final Clock clock;

    public GameService(GameStore store, TokenStore tokens, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.clock = clock;
    }

    public Game find(String copid) {
        GameDetails details = store.find(copid).orElseGet(() -> untitled(copid));
        return new Game(copid, details.title(), details.description(), tokens.firstIssued(copid));
    }

    public Game update(String copid, GameRequest request) {
        GameDetails details = store.change(copid, request, clock.instant());
        return new Game(copid, details.title(), details.description(), tokens.firstIssued(copid));
    }

    private static GameDetails untitled(String copid) {
        return new GameDetails(copid, "");
    }
}
