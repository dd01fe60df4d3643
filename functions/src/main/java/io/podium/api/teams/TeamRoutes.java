package io.podium.api.teams;

import io.podium.http.ApiRouter;

/**
 * TeamsFunction's entrypoint: Playoff's teams, each route to its own handler (see {@link ApiRouter}). Its routes are
 * the function's Api events in template.yaml.
 */
public final class TeamRoutes extends ApiRouter {
    public TeamRoutes() {
        super(new Routes()
                .route(PutTeamDefinitionHandler::new, "PUT /v2/admin/definitions/teams/{definition_id}")
                .route(ListTeamDefinitionsHandler::new, "GET /v2/admin/definitions/teams")
                .route(ListTeamsHandler::new, "GET /v2/admin/teams")
                .route(CreateTeamHandler::new, "POST /v2/admin/teams")
                .route(GetTeamHandler::new, "GET /v2/admin/teams/{team_id}")
                .route(DeleteTeamHandler::new, "DELETE /v2/admin/teams/{team_id}")
                .route(JoinTeamHandler::new, "POST /v2/admin/teams/{team_id}/join")
                .route(LeaveTeamHandler::new, "POST /v2/admin/teams/{team_id}/leave")
                .route(ListTeamMembersHandler::new, "GET /v2/admin/teams/{team_id}/members")
                .route(ChangeTeamRolesHandler::new, "POST /v2/admin/teams/{team_id}/roles")
                .route(TransferTeamHandler::new, "POST /v2/admin/teams/{team_id}/transfer")
                .route(SearchTeamsHandler::new, "GET /v2/admin/query/teams"));
    }
}
