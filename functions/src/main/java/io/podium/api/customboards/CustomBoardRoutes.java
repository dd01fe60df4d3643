package io.podium.api.customboards;

import io.podium.http.ApiRouter;

/**
 * CustomLeaderboardsFunction's entrypoint: Playoff's custom leaderboards, each route to its own handler (see {@link
 * ApiRouter}). Its routes are the function's Api events in template.yaml.
 */
public final class CustomBoardRoutes extends ApiRouter {
    public CustomBoardRoutes() {
        super(new Routes()
                .route(PutLeaderboardDefinitionHandler::new, "PUT /v2/admin/definitions/leaderboards/{leaderboard_id}")
                .route(ListLeaderboardDefinitionsHandler::new, "GET /v2/admin/definitions/leaderboards")
                .route(RegisterOnLeaderboardHandler::new,
                        "POST /v2/admin/leaderboards/{leaderboard_definition_id}/register")
                .route(DeregisterFromLeaderboardHandler::new,
                        "POST /v2/admin/leaderboards/{leaderboard_definition_id}/deregister")
                .route(GetCustomLeaderboardHandler::new, "GET /v2/admin/leaderboards/{leaderboard_definition_id}"));
    }
}
