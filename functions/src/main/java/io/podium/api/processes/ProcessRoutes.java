package io.podium.api.processes;

import io.podium.http.ApiRouter;

/**
 * ProcessesFunction's entrypoint: Playoff's processes (a route of one process twice: with the bare id and with its
 * owner), each route to its own handler (see {@link ApiRouter}). Its routes are the function's Api events in
 * template.yaml.
 */
public final class ProcessRoutes extends ApiRouter {
    public ProcessRoutes() {
        super(new Routes()
                .route(PutProcessDefinitionHandler::new, "PUT /v2/admin/definitions/processes/{definition_id}")
                .route(ListProcessDefinitionsHandler::new, "GET /v2/admin/definitions/processes")
                .route(ListProcessesHandler::new, "GET /v2/admin/processes")
                .route(CreateProcessHandler::new, "POST /v2/admin/processes")
                .route(GetProcessHandler::new,
                        "GET /v2/admin/processes/{process_id}",
                        "GET /v2/admin/processes/{process_id}/{process_tail}")
                .route(DeleteProcessHandler::new,
                        "DELETE /v2/admin/processes/{process_id}",
                        "DELETE /v2/admin/processes/{process_id}/{process_tail}")
                .route(ListPerformersHandler::new,
                        "GET /v2/admin/processes/{process_id}/performers",
                        "GET /v2/admin/processes/{process_id}/{process_tail}/performers")
                .route(JoinProcessHandler::new,
                        "POST /v2/admin/processes/{process_id}/join",
                        "POST /v2/admin/processes/{process_id}/{process_tail}/join")
                .route(LeaveProcessHandler::new,
                        "POST /v2/admin/processes/{process_id}/leave",
                        "POST /v2/admin/processes/{process_id}/{process_tail}/leave")
                .route(ChangeProcessRolesHandler::new,
                        "POST /v2/admin/processes/{process_id}/roles",
                        "POST /v2/admin/processes/{process_id}/{process_tail}/roles")
                .route(TransferProcessHandler::new,
                        "POST /v2/admin/processes/{process_id}/transfer",
                        "POST /v2/admin/processes/{process_id}/{process_tail}/transfer")
                .route(GetProcessActivityHandler::new,
                        "GET /v2/admin/processes/{process_id}/activity",
                        "GET /v2/admin/processes/{process_id}/{process_tail}/activity")
                .route(SearchProcessesHandler::new, "GET /v2/admin/query/processes"));
    }
}
