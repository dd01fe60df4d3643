package io.podium.customboards;

import io.podium.errors.InvalidInput;
import io.podium.errors.NotFound;
import io.podium.gamemetrics.MetricDefinitionStore;
import io.podium.ids.DriverId;
import io.podium.gamemetrics.MetricType;
import io.podium.leaderboards.BoardsTouched;
import io.podium.leaderboards.BoardPage;
import io.podium.leaderboards.BoardStore;
import io.podium.metrics.MetricStore;
import io.podium.players.PlayerService;
import io.podium.players.PlayerStore;
import io.podium.teams.TeamRequest;
import io.podium.teams.TeamService;
import io.podium.teams.TeamStore;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Playoff's custom leaderboards: their definitions, the entities registered on them by scope, and their pages. The
 * boards themselves are computed in the background ({@link CustomBoardRecompute}); every change here says so
 * ({@link BoardsTouched}).
 */
public final class CustomBoards {
    /** A game's definitions: one Query reads them all. */
    public static final int MAX_DEFINITIONS = 100;
    /** Entities and scopes one registration names. */
    public static final int MAX_ENTITIES = 100;
    public static final int MAX_SCOPES = 20;

    private final CustomBoardStore store;
    private final MetricDefinitionStore gameMetrics;
    private final MetricStore scoredMetrics;
    private final PlayerStore players;
    private final TeamStore teams;
    private final BoardStore boards;
    private final BoardsTouched touched;
    private final Clock clock;

    public CustomBoards(CustomBoardStore store, MetricDefinitionStore gameMetrics, MetricStore scoredMetrics,
                        PlayerStore players, TeamStore teams, BoardStore boards, BoardsTouched touched, Clock clock) {
        this.store = store;
        this.gameMetrics = gameMetrics;
        this.scoredMetrics = scoredMetrics;
        this.players = players;
        this.teams = teams;
        this.boards = boards;
        this.touched = touched;
        this.clock = clock;
    }

    /** A definition put whole, and whether it is new. */
    public record Defined(LeaderboardDefinition definition, boolean created) {
    }

    /**
     * @throws InvalidInput 400 validation_exception when the metric is neither a point metric of the game nor a metric
     *         of daily scores, or when the game has {@value #MAX_DEFINITIONS} definitions already
     */
    public Defined define(String copid, byte[] body, String id) {
        LeaderboardDefinition definition = LeaderboardDefinition.parse(id, body, clock.instant());
        boolean pointMetric = gameMetrics.catalog(copid).find(definition.metric())
                .filter(metric -> metric.type() == MetricType.POINT).isPresent();
        if (!pointMetric && scoredMetrics.find(copid, definition.metric()).isEmpty()) {
            throw InvalidInput.validationFailed("metric", "names no point metric of the game");
        }
        List<LeaderboardDefinition> existing = store.list(copid);
        if (existing.size() >= MAX_DEFINITIONS && existing.stream().noneMatch(known -> known.id().equals(id))) {
            throw InvalidInput.validationFailed("id", "a game has at most " + MAX_DEFINITIONS + " leaderboards");
        }
        boolean created = store.define(copid, definition);
        touched.touched(copid);
        return new Defined(definition, created);
    }

    public List<LeaderboardDefinition> list(String copid) {
        return store.list(copid);
    }

    /**
     * Registers the entities in each scope; idempotent.
     *
     * @throws NotFound 404 leaderboard_definition_not_found, player_not_found or team_not_found
     * @throws InvalidInput 400 invalid_request when the leaderboard is not custom
     */
    public void register(String copid, String id, Registration registration) {
        LeaderboardDefinition definition = customBoard(copid, id);
        requireEntities(copid, definition, registration.entityIds());
        store.register(copid, id, registration.scopes(), registration.entityIds());
        touched.touched(copid);
    }

    /** Takes the entities out of each scope; idempotent. Refuses as {@link #register} does. */
    public void deregister(String copid, String id, Registration registration) {
        LeaderboardDefinition definition = customBoard(copid, id);
        requireEntities(copid, definition, registration.entityIds());
        store.deregister(copid, id, registration.scopes(), registration.entityIds());
        touched.touched(copid);
    }

    /**
     * A page of the board: of the scope for a custom one (which must be named), of the whole game for another. A board
     * computed already says what it ranks (its head's definition), so its page is two reads, the head and a chunk;
     * only a board not computed yet reads the definition, to tell an unknown board from an empty one.
     *
     * @throws NotFound 404 leaderboard_definition_not_found
     * @throws InvalidInput 400 invalid_request for a custom board read without a scope
     */
    public CustomBoardPage page(String copid, String id, Optional<String> scope, int skip, int limit) {
        return read(copid, id, scope, boardId -> boards.page(copid, boardId, skip, limit));
    }

    /**
     * The {@code limit} entries around the entity's on the board (its own in the middle), as {@link #page} reads them:
     * two reads, the entity's index part and the head with the chunks.
     *
     * @throws NotFound 404 entity_not_ranked when the entity is not on the board, and as {@link #page} does
     * @throws InvalidInput 400 validation_exception when {@code entityId} cannot name a player or a team, and as
     *         {@link #page} does
     */
    public CustomBoardPage around(String copid, String id, Optional<String> scope, String entityId, int limit) {
        // A player's id is a driver's (drivers known from their scores are players): it names a team too.
        DriverId.checked(Optional.of(entityId), "around");
        CustomBoardPage found = read(copid, id, scope, boardId -> boards.around(copid, boardId, entityId, limit));
        if (found.board().isEmpty()) {
            throw new NotFound("entity_not_ranked", "'" + entityId + "' is not on the leaderboard '" + id + "'"
                    + scope.map(named -> " in the scope '" + named + "'").orElse("") + ".");
        }
        return found;
    }

    /** The board a read names, read by {@code reader} from its board id; the definition only when that finds none. */
    private CustomBoardPage read(String copid, String id, Optional<String> scope,
                                 Function<String, Optional<BoardPage>> reader) {
        if (LeaderboardDefinition.validId(id) && scope.map(LeaderboardDefinition::validId).orElse(true)) {
            Optional<BoardPage> computed = reader.apply(CustomBoardRecompute.boardId(id, scope.orElse("")))
                    .filter(board -> CustomBoardRecompute.custom(board.head()) == scope.isPresent());
            if (computed.isPresent()) {
                return new CustomBoardPage(CustomBoardRecompute.entity(computed.get().head()), computed);
            }
        }
        LeaderboardDefinition definition = definition(copid, id);
        if (!definition.custom()) {
            return new CustomBoardPage(definition.entity(), reader.apply(CustomBoardRecompute.boardId(id, ""))
                    .filter(board -> !CustomBoardRecompute.custom(board.head())));
        }
        if (scope.isEmpty()) {
            throw new InvalidInput("invalid_request", "A custom leaderboard is read by scope: name one.", List.of());
        }
        return new CustomBoardPage(definition.entity(), Optional.empty()); // a scope nobody was registered in yet
    }

    private LeaderboardDefinition definition(String copid, String id) {
        return (LeaderboardDefinition.validId(id) ? store.find(copid, id) : Optional.<LeaderboardDefinition>empty())
                .orElseThrow(() -> new NotFound("leaderboard_definition_not_found",
                        "The leaderboard definition '" + id + "' does not exist in the game."));
    }

    private LeaderboardDefinition customBoard(String copid, String id) {
        LeaderboardDefinition definition = definition(copid, id);
        if (!definition.custom()) {
            throw new InvalidInput("invalid_request", "You can register players only on custom leaderboards.", List.of());
        }
        return definition;
    }

    /**
     * The first id that names no player (or no team) of the game answers 404; an id no player (or team) can have is
     * not looked up. A team's head is one read each.
     */
    private void requireEntities(String copid, LeaderboardDefinition definition, Collection<String> ids) {
        if (definition.entity() == BoardEntity.PLAYERS) {
            ids.stream().filter(id -> DriverId.problem(id).isPresent()).findFirst().ifPresent(invalid -> {
                throw PlayerService.notFound(invalid);
            });
            Set<String> found = new HashSet<>(players.cards(copid, ids).keySet());
            ids.stream().filter(entity -> !found.contains(entity)).findFirst().ifPresent(missing -> {
                throw PlayerService.notFound(missing);
            });
        } else {
            ids.stream().filter(team -> !TeamRequest.validId(team) || teams.find(copid, team).isEmpty()).findFirst()
                    .ifPresent(missing -> {
                        throw TeamService.notFound(missing);
                    });
        }
    }

    /** A page of a custom board: what it ranks, and the board if it was computed. */
    public record CustomBoardPage(BoardEntity entity, Optional<BoardPage> board) {
    }
}
