package io.podium.api.processes;

import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.processes.ProcessService;

/**
 * A route of Playoff's processes ({@code /v2/admin/processes…}, {@code /v2/admin/query/processes}). A route of one
 * process is declared twice, as API Gateway allows one variable name at one place of the path tree: with the bare id,
 * {@code /v2/admin/processes/{process_id}}, and with the owner, {@code /v2/admin/processes/{process_id}/{process_tail}},
 * where {@code process_id} holds the owner and {@code process_tail} the id.
 */
abstract class ProcessHandler extends ApiHandler {
    /** The largest page of processes or of hits, as for players and teams. */
    static final int MAX_LIMIT = 100;

    protected final ProcessService processes;

    ProcessHandler(Access access, ProcessService processes) {
        super(access);
        this.processes = processes;
    }

    /** The process the path names: {@code owner/id}, or the bare id. */
    static String pathId(ApiRequest request) {
        String head = request.pathParameter("process_id");
        return request.optionalPathParameter("process_tail").map(tail -> head + "/" + tail).orElse(head);
    }
}
