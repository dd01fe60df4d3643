package io.podium.api.invites;

import io.podium.http.ApiRouter;

/**
 * InvitesFunction's entrypoint: Playoff's invitations and join requests (the accept route is public), each route to
 * its own handler (see {@link ApiRouter}). Its routes are the function's Api events in template.yaml.
 */
public final class InviteRoutes extends ApiRouter {
    public InviteRoutes() {
        super(new Routes()
                .route(ListInvitesHandler::new, "GET /v2/admin/invites")
                .route(CreateInviteHandler::new, "POST /v2/admin/invites")
                .route(CancelInviteHandler::new, "DELETE /v2/admin/invites")
                .route(AcceptInviteHandler::new, "POST /v2/invites/{code}/accept")
                .route(ListRequestsHandler::new, "GET /v2/admin/requests")
                .route(ApproveRequestHandler::new, "POST /v2/admin/requests/{request_id}")
                .route(RejectRequestHandler::new, "DELETE /v2/admin/requests/{request_id}"));
    }
}
