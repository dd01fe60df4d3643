package io.podium.players;

import io.podium.leaderboards.BoardsTouched;
import io.podium.errors.Conflict;
import io.podium.errors.NotFound;
import io.podium.ids.DriverId;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.recompute.Reevaluation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The player registry of a company's game: create, read, list, search, change, disable and enable. Disabling or
 * enabling a player queues the recompute of every metric, which takes them off the shown boards or puts them back.
 */
public final class PlayerService {
    private final PlayerStore store;
    private final MetricStore metrics;
    private final Reevaluation reevaluation;
    private final BoardsTouched boards;
    private final Clock clock;

    public PlayerService(PlayerStore store, MetricStore metrics, Reevaluation reevaluation, BoardsTouched boards,
                         Clock clock) {
        this.store = store;
        this.metrics = metrics;
        this.reevaluation = reevaluation;
        this.boards = boards;
        this.clock = clock;
    }

    public Player create(String copid, NewPlayer request) {
        Player player = new Player(request.id(), request.alias(), true, request.profile(), clock.instant());
        if (!store.create(copid, player)) {
            throw exists(request.id());
        }
        return player;
    }

    /** Playoff's availability check: nothing when the id is free, 409 player_exists when it is taken. */
    public void requireAvailable(String copid, String id) {
        if (known(id).flatMap(valid -> store.find(copid, valid)).isPresent()) {
            throw exists(id);
        }
    }

    public Player find(String copid, String id) {
        return known(id).flatMap(valid -> store.find(copid, valid)).orElseThrow(() -> notFound(id));
    }

    /**
     * The aliases of the players among these ids, for an answer that names them; an id that names no player (an
     * erased one) is left out. No id, no read.
     */
    public Map<String, String> aliases(String copid, Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : store.aliases(copid, ids);
    }

    public PlayerPage list(String copid, int skip, int limit) {
        return store.list(copid, skip, limit);
    }

    /** Playoff's autocomplete: players whose alias has a word, or whose id, starts with the pattern. */
    public List<PlayerHit> search(String copid, String pattern, int skip, int limit) {
        return store.search(copid, SearchTerms.pattern(pattern), skip, limit);
    }

    /** A new alias shows on the custom leaderboards at their next recompute, which the change asks for. */
    public Player change(String copid, String id, PlayerChange change) {
        Player player = known(id).flatMap(valid -> store.change(copid, valid, change)).orElseThrow(() -> notFound(id));
        boards.touched(copid);
        return player;
    }

    /**
     * Idempotent: enabling an enabled player changes nothing but queues the recompute again, so that a retry after
     * the queue failed still brings the boards up to the roster.
     *
     * @throws io.podium.recompute.EnqueueFailedException after the change, if the recompute could not be queued
     */
    public Player setEnabled(String copid, String id, boolean enabled) {
        Player player = known(id).flatMap(valid -> store.setEnabled(copid, valid, enabled)).orElseThrow(() -> notFound(id));
        boards.touched(copid);
        reevaluation.of(copid, metrics.list(copid).stream().map(Metric::name).toList(), "Player '" + id + "'",
                enabled ? "player-enabled" : "player-disabled");
        return player;
    }

    /** An id no driver can have names no player. */
    private static Optional<String> known(String id) {
        return DriverId.problem(id).isEmpty() ? Optional.of(id) : Optional.empty();
    }

    /** 409 player_exists, for every way of making a player whose id is taken. */
    public static Conflict exists(String id) {
        return new Conflict("player_exists", "A player with the id '" + id + "' exists already.");
    }

    /** 404 player_not_found, for every route that names a player the game does not have. */
    public static NotFound notFound(String id) {
        return new NotFound("player_not_found", "No player has the id '" + id + "'.");
    }
}
