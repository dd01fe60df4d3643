package io.podium.processes;

import io.podium.errors.Conflict;
import io.podium.events.CompanyEvent;
import io.podium.errors.InvalidInput;
import io.podium.errors.NotFound;
import io.podium.players.GeneratedIds;
import io.podium.players.Player;
import io.podium.players.PlayerService;
import io.podium.players.SearchTerms;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A company's processes: made from a definition by an owner, found by their id with the owner ({@code po/fight}) or
 * without it when no other owner has that id, listed, searched, joined and left, their performers' roles changed,
 * their ownership transferred, and deleted. Every player named must exist in the game.
 */
public final class ProcessService {
    /** Performers a process holds at most: they are kept in the process's own item. */
    public static final int MAX_PERFORMERS = 100;
    /** How many generated ids a creation tries before it reports the last one taken (it never happens). */
    private static final int GENERATED_ATTEMPTS = 3;

    private final ProcessStore store;
    private final ProcessDefinitionStore definitions;
    private final PlayerService players;
    private final Clock clock;

    public ProcessService(ProcessStore store, ProcessDefinitionStore definitions, PlayerService players, Clock clock) {
        this.store = store;
        this.definitions = definitions;
        this.players = players;
        this.clock = clock;
    }

    /** A new process of the definition named, owned by the player named, who performs in its first lane's first role. */
    public ProcessInstance create(String copid, NewProcess request) {
        ProcessDefinition definition = definitions.find(copid, request.definition()).orElseThrow(() -> new NotFound(
                "process_definition_not_found", "No process definition has the id '" + request.definition() + "'."));
        Player owner = players.find(copid, request.ownerId());
        Lane first = definition.lanes().get(0);
        Performer performer = new Performer(owner.id(), owner.alias(), Map.of(first.name(), first.roles().get(0)));
        for (int attempt = 0; ; attempt++) {
            ProcessId id = new ProcessId(owner.id(), request.id().orElseGet(() -> GeneratedIds.of(request.name(),
                    "process")));
            ProcessInstance process = new ProcessInstance(id, request.name(), definition.id(), definition.name(),
                    definition.lanes(), clock.instant(), Optional.of(new ProcessInstance.Owner(owner.id(), owner.alias())),
                    List.of(performer));
            switch (store.create(copid, process, event(copid, ProcessEvents.CREATE, process, Optional.of(owner.id()),
                    Optional.of(performer.lanes())))) {
                case DONE -> {
                    return process;
                }
                case NO_PLAYER -> throw PlayerService.notFound(owner.id());
                default -> {
                    if (request.id().isPresent() || attempt + 1 >= GENERATED_ATTEMPTS) {
                        throw new Conflict("process_exists", "A process with the id '" + id + "' exists already.");
                    }
                }
            }
        }
    }

    /**
     * The process of a path's id: {@code owner/id}, or a bare id that one owner's process has.
     *
     * @throws NotFound 404 process_not_found
     * @throws Conflict 409 process_ambiguous when processes of several owners have the bare id
     */
    public ProcessInstance find(String copid, String pathId) {
        if (pathId.indexOf('/') >= 0) {
            return ProcessId.parse(pathId).flatMap(id -> store.find(copid, id)).orElseThrow(() -> notFound(pathId));
        }
        if (!ProcessId.validId(pathId)) {
            throw notFound(pathId);
        }
        List<ProcessInstance> named = store.named(copid, pathId, 2);
        if (named.size() > 1) {
            throw new Conflict("process_ambiguous", "Processes of several owners have the id '" + pathId + "' ("
                    + named.get(0).id() + ", " + named.get(1).id() + ", …): name it with its owner, as '"
                    + named.get(0).id() + "'.");
        }
        return named.stream().findFirst().orElseThrow(() -> notFound(pathId));
    }

    public ProcessPage list(String copid, int skip, int limit) {
        return store.list(copid, skip, limit);
    }

    /** Playoff's autocomplete: processes whose name has a word, or whose id, starts with the pattern. */
    public List<ProcessHit> search(String copid, String pattern, int skip, int limit) {
        return store.search(copid, SearchTerms.pattern(pattern), skip, limit);
    }

    /** Deletes the process; answers it as it was. */
    public ProcessInstance delete(String copid, String pathId) {
        ProcessInstance process = find(copid, pathId);
        if (!store.delete(copid, process, event(copid, ProcessEvents.DELETE, process, Optional.empty(), Optional.empty()))) {
            throw notFound(pathId);
        }
        return process;
    }

    /**
     * Makes the player a performer with the role asked for in each lane named (each a role of that lane). Joining
     * again changes nothing and answers the roles held.
     */
    public Map<String, String> join(String copid, String pathId, RoleRequest request) {
        ProcessInstance process = find(copid, pathId);
        checkRoles(process, request.lanes(), "requested_roles");
        Player player = players.find(copid, request.playerId());
        Performer performer = new Performer(player.id(), player.alias(), inLaneOrder(process, request.lanes()));
        return switch (store.join(copid, process.id(), performer, MAX_PERFORMERS, event(copid, ProcessEvents.JOIN,
                process, Optional.of(player.id()), Optional.of(performer.lanes())))) {
            case DONE -> performer.lanes();
            case ALREADY_PERFORMER -> store.find(copid, process.id()).flatMap(now -> now.performer(player.id()))
                    .map(Performer::lanes).orElse(performer.lanes());
            case NO_PLAYER -> throw PlayerService.notFound(player.id());
            case FULL -> throw full(process);
            default -> throw notFound(pathId);
        };
    }

    /**
     * The player performs in the process no more; a player who does not (a leave repeated) is answered the same. An
     * owner who leaves owns it no more.
     *
     * @return the process's full id
     */
    public ProcessId leave(String copid, String pathId, String playerId) {
        ProcessInstance process = find(copid, pathId);
        Player player = players.find(copid, playerId);
        store.leave(copid, process, player.id(), Optional.of(event(copid, ProcessEvents.LEAVE, process,
                Optional.of(player.id()), Optional.empty())));
        return process.id();
    }

    /** Sets the performer's role in each lane named; the others stay. Answers the role held in each lane after it. */
    public Map<String, String> changeRoles(String copid, String pathId, RoleRequest request) {
        ProcessInstance process = find(copid, pathId);
        checkRoles(process, request.lanes(), "requested_roles");
        Performer performer = process.performer(request.playerId()).orElseThrow(() -> notPerformer(copid, process,
                request.playerId()));
        Map<String, String> after = performer.lanes();
        after.putAll(request.lanes());
        after = inLaneOrder(process, after);
        if (!after.equals(performer.lanes()) && !store.changeRoles(copid, process.id(), performer.id(), request.lanes(),
                event(copid, ProcessEvents.ROLES, process, Optional.of(performer.id()), Optional.of(after)))) {
            throw notPerformer(copid, process, request.playerId());
        }
        return after;
    }

    /**
     * Makes the player the owner. A performer keeps their roles but in the lanes {@code roles} names; a player who is
     * not one joins with {@code roles}, or, without them, as an owner starts (the first lane's first role).
     */
    public ProcessInstance transfer(String copid, String pathId, RoleRequest request) {
        ProcessInstance process = find(copid, pathId);
        checkRoles(process, request.lanes(), "roles");
        Player player = players.find(copid, request.playerId());
        Map<String, String> lanes = new LinkedHashMap<>(process.performer(player.id()).map(Performer::lanes)
                .orElseGet(() -> request.lanes().isEmpty() ? firstRole(process) : Map.of()));
        lanes.putAll(request.lanes());
        Performer performer = new Performer(player.id(), player.alias(), inLaneOrder(process, lanes));
        ProcessStore.Outcome outcome = store.transfer(copid, process, performer, request.lanes(), MAX_PERFORMERS,
                event(copid, ProcessEvents.TRANSFER, process, Optional.of(player.id()), Optional.of(performer.lanes())));
        return switch (outcome) {
            case DONE -> store.find(copid, process.id()).orElseThrow(() -> notFound(pathId));
            case NO_PLAYER -> throw PlayerService.notFound(player.id());
            case FULL -> throw full(process);
            default -> throw notFound(pathId);
        };
    }

    /**
     * The player leaves every process they perform in (for their erasure); an owner owns them no more. Idempotent: run
     * again after a failure, it finishes.
     */
    public void leaveEveryProcess(String copid, String playerId) {
        // No leave events: the player's events are erased with them.
        store.performancesOf(copid, playerId).forEach(id -> store.find(copid, id).ifPresent(process ->
                store.leave(copid, process, playerId, Optional.empty())));
        store.forgetPerformances(copid, playerId);
    }

    private CompanyEvent event(String copid, String type, ProcessInstance process,
                              Optional<String> playerId, Optional<Map<String, String>> lanes) {
        return ProcessEvents.of(copid, type, process.id(), process.name(), playerId, lanes, clock.instant());
    }

    /** Where an owner starts: the first lane's first role. */
    private static Map<String, String> firstRole(ProcessInstance process) {
        Lane first = process.lanes().get(0);
        return Map.of(first.name(), first.roles().get(0));
    }

    /** Every lane named is one of the process's, and each role one of its lane's. */
    private static void checkRoles(ProcessInstance process, Map<String, String> requested, String field) {
        requested.forEach((lane, role) -> {
            Lane known = process.lanes().stream().filter(candidate -> candidate.name().equals(lane)).findFirst()
                    .orElseThrow(() -> InvalidInput.validationFailed(field, "'" + lane + "' is not a lane of process"
                            + " definition '" + process.definitionId() + "'"));
            if (!known.roles().contains(role)) {
                throw InvalidInput.validationFailed(field, "'" + role + "' is not a role of lane '" + lane + "'");
            }
        });
    }

    /** The roles by lane, in the process's order of lanes. */
    private static Map<String, String> inLaneOrder(ProcessInstance process, Map<String, String> lanes) {
        Map<String, String> ordered = new LinkedHashMap<>();
        process.lanes().stream().filter(lane -> lanes.containsKey(lane.name()))
                .forEach(lane -> ordered.put(lane.name(), lanes.get(lane.name())));
        return ordered;
    }

    /** Not a performer: 404 player_not_found when there is no such player, else 404 player_not_performer. */
    private NotFound notPerformer(String copid, ProcessInstance process, String playerId) {
        Player player = players.find(copid, playerId);
        return new NotFound("player_not_performer", "The player '" + player.id() + "' does not perform in process '"
                + process.id() + "'.");
    }

    private static Conflict full(ProcessInstance process) {
        return new Conflict("process_full", "The process '" + process.id() + "' has " + MAX_PERFORMERS
                + " performers, the most a process has.");
    }

    private static NotFound notFound(String id) {
        return new NotFound("process_not_found", "No process has the id '" + id + "'.");
    }
}
