package io.podium.api.teams;

import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.teams.TeamService;

/** A route of Playoff's teams ({@code /v2/admin/teams…}, {@code /v2/admin/query/teams}), on the game's teams. */
abstract class TeamHandler extends ApiHandler {
    /** The largest page of teams, of members or of hits, as for players. */
    static final int MAX_LIMIT = 100;

    protected final TeamService teams;

    TeamHandler(Access access, TeamService teams) {
        super(access);
        this.teams = teams;
    }
}
