package io.podium.teams;

import io.podium.leaderboards.BoardsTouched;
import io.podium.errors.Conflict;
import io.podium.errors.InvalidInput;
import io.podium.errors.NotFound;
import io.podium.players.GeneratedIds;
import io.podium.players.Player;
import io.podium.players.PlayerService;
import io.podium.players.SearchTerms;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A company's teams: made from a definition, listed, searched, joined and left, their members' roles changed, their
 * ownership transferred, and disbanded. Every player named must exist in the game.
 */
public final class TeamService {
    /** How many generated ids a creation tries before it reports the last one taken (it never happens). */
    private static final int GENERATED_ATTEMPTS = 3;

    private final TeamStore store;
    private final TeamDefinitionStore definitions;
    private final PlayerService players;
    private final TeamFollowers followers;
    private final BoardsTouched boards;
    private final Clock clock;

    public TeamService(TeamStore store, TeamDefinitionStore definitions, PlayerService players, TeamFollowers followers,
                       BoardsTouched boards, Clock clock) {
        this.store = store;
        this.definitions = definitions;
        this.players = players;
        this.followers = followers;
        this.boards = boards;
        this.clock = clock;
    }

    /**
     * A new team of the definition named, with the definition's access unless a looser one is asked for: the
     * definition's access is the strictest its teams may have.
     */
    public TeamState create(String copid, NewTeam request) {
        TeamDefinition definition = definitions.find(copid, request.definition()).orElseThrow(() -> new NotFound(
                "team_definition_not_found", "No team definition has the id '" + request.definition() + "'."));
        TeamAccess access = request.access().orElse(definition.access());
        if (!access.allowedBy(definition.access())) {
            throw InvalidInput.validationFailed("access", "a team of '" + definition.id() + "' is at most "
                    + definition.access());
        }
        for (int attempt = 0; ; attempt++) {
            String id = request.id().orElseGet(() -> generatedId(request.name()));
            // A number each attempt: one whose attempt found the id taken is left unused.
            Team team = new Team(id, request.name(), definition.id(), definition.name(), definition.roles(),
                    definition.creatorRoles(), access, clock.instant(), Optional.empty(), store.nextNumber(copid));
            if (store.create(copid, team)) {
                return TeamState.empty(team);
            }
            if (request.id().isPresent() || attempt + 1 >= GENERATED_ATTEMPTS) {
                throw new Conflict("team_exists", "A team with the id '" + id + "' exists already.");
            }
        }
    }

    public TeamState find(String copid, String id) {
        return known(id).flatMap(valid -> store.find(copid, valid)).orElseThrow(() -> notFound(id));
    }

    public TeamPage list(String copid, int skip, int limit) {
        return store.list(copid, skip, limit);
    }

    public MemberPage members(String copid, String teamId, int skip, int limit) {
        return known(teamId).flatMap(valid -> store.members(copid, valid, skip, limit)).orElseThrow(() -> notFound(teamId));
    }

    /** Playoff's autocomplete: teams whose name has a word, or whose id, starts with the pattern. */
    public List<TeamHit> search(String copid, String pattern, int skip, int limit) {
        return store.search(copid, SearchTerms.pattern(pattern), skip, limit);
    }

    /** The teams of a player, for its profile. */
    public List<PlayerTeam> teamsOf(String copid, String playerId) {
        return store.teamsOf(copid, playerId);
    }

    /**
     * The player leaves every team it is a member of (for its erasure); an owner owns them no more. Idempotent: run
     * again after a failure, it finishes.
     */
    public void leaveEveryTeam(String copid, String playerId) {
        // No leave events: the player's events are erased with them (and the feed's index may not show one yet).
        store.teamsOf(copid, playerId).forEach(team -> store.leave(copid, team.id(), playerId, Optional.empty()));
        store.forgetMemberships(copid, playerId);
    }

    /** Every member leaves, and the team is gone. */
    public void disband(String copid, String id) {
        String valid = known(id).orElseThrow(() -> notFound(id));
        TeamStore.Changed<Boolean> disbanded = store.disband(copid, valid);
        tell(copid, valid, disbanded);
        if (!disbanded.outcome()) {
            throw notFound(id);
        }
    }

    /**
     * Makes the player a member with the roles granted: at least one, each of the team's. Joining again changes
     * nothing and answers the roles held.
     */
    public List<String> join(String copid, String teamId, RoleChange request) {
        TeamState state = find(copid, teamId);
        Team team = state.team();
        List<String> roles = request.applyTo(List.of(), checkedRoles(team, request, "requested_roles"));
        if (roles.isEmpty()) {
            throw InvalidInput.validationFailed("requested_roles", "grant at least one role");
        }
        Player player = players.find(copid, request.playerId());
        TeamStore.Changed<TeamStore.Joined> joined = store.join(copid, state, new TeamMember(player.id(), player.alias()),
                roles, TeamEvents.joined(copid, team, player.id(), roles, clock.instant()));
        tell(copid, team.id(), joined);
        return switch (joined.outcome()) {
            case JOINED -> roles;
            case ALREADY_MEMBER -> store.membership(copid, team.id(), player.id()).map(Membership::roles).orElse(roles);
            case NO_TEAM -> throw notFound(teamId);
            case NO_PLAYER -> throw PlayerService.notFound(player.id());
        };
    }

    public void leave(String copid, String teamId, String playerId) {
        Team team = find(copid, teamId).team();
        TeamStore.Changed<Boolean> left = store.leave(copid, teamId, playerId, Optional.of(TeamEvents.left(copid, team,
                playerId, clock.instant())));
        tell(copid, teamId, left);
        if (!left.outcome()) {
            throw notMember(copid, teamId, playerId);
        }
    }

    /** Grants and takes away the roles named; the others stay. A member keeps at least one role. */
    public List<String> changeRoles(String copid, String teamId, RoleChange request) {
        Team team = find(copid, teamId).team();
        List<String> order = checkedRoles(team, request, "requested_roles");
        return store.changeRoles(copid, teamId, request.playerId(), held -> nonEmpty(request.applyTo(held, order),
                "requested_roles"), false, after -> TeamEvents.rolesChanged(copid, team, request.playerId(), after,
                clock.instant())).map(Membership::roles).orElseThrow(() -> notMember(copid, teamId, request.playerId()));
    }

    /**
     * Makes a member the team's owner, with the definition's creator roles, as {@code roles} (shaped like
     * requested_roles) changes them.
     */
    public TeamState transfer(String copid, String teamId, RoleChange request) {
        Team team = find(copid, teamId).team();
        List<String> order = checkedRoles(team, request, "roles");
        List<String> roles = nonEmpty(request.applyTo(team.creatorRoles(), order), "roles");
        players.find(copid, request.playerId());
        store.changeRoles(copid, teamId, request.playerId(), held -> roles, true,
                after -> TeamEvents.transferred(copid, team, request.playerId(), after, clock.instant())).orElseThrow(() ->
                InvalidInput.validationFailed("id", "'" + request.playerId() + "' is not a member of team '" + teamId
                        + "'"));
        return find(copid, teamId);
    }

    /**
     * Tells the followers of a join, a leave or a disband of a team that is followed, whether or not it changed anything:
     * a retried call then reaches the followers a failed first call did not. A team nothing follows costs nothing.
     */
    /** A team's members changed, or may have (a retried call): its ranks' followers and the custom boards hear of it. */
    private void tell(String copid, String teamId, TeamStore.Changed<?> change) {
        if (change.followed()) {
            followers.membersChanged(copid, teamId);
        }
        boards.touched(copid);
    }

    /** The team's roles, in order, once every role the request names is known to be one of them. */
    private static List<String> checkedRoles(Team team, RoleChange request, String field) {
        request.roles().keySet().stream().filter(role -> !team.roles().contains(role)).findFirst().ifPresent(role -> {
            throw InvalidInput.validationFailed(field, "'" + role + "' is not a role of team definition '"
                    + team.definitionId() + "'");
        });
        return team.roles();
    }

    private static List<String> nonEmpty(List<String> roles, String field) {
        if (roles.isEmpty()) {
            throw InvalidInput.validationFailed(field, "a member keeps at least one role");
        }
        return roles;
    }

    /** Not a member: 404 player_not_found when there is no such player, else 404 player_not_member. */
    private NotFound notMember(String copid, String teamId, String playerId) {
        Player player = players.find(copid, playerId);
        return new NotFound("player_not_member", "The player '" + player.id() + "' is not a member of team '" + teamId
                + "'.");
    }

    /** An id of the name's first letters and digits, then random ones: {@code navi_us_k3x9qa}. */
    static String generatedId(String name) {
        return GeneratedIds.of(name, "team");
    }

    private static Optional<String> known(String id) {
        return TeamRequest.validId(id) ? Optional.of(id) : Optional.empty();
    }

    /** 404 team_not_found, for every route that names a team the game does not have. */
    public static NotFound notFound(String id) {
        return new NotFound("team_not_found", "No team has the id '" + id + "'.");
    }
}
