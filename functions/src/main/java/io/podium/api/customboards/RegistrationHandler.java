package io.podium.api.customboards;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.customboards.CustomBoards;
import io.podium.customboards.Registration;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;

/**
 * A change of who is registered on a custom leaderboard: the seed's register and deregister, both with
 * {"entity_ids":[…],"scopes":[…]} and both answering {"ok":1}. Idempotent.
 */
abstract class RegistrationHandler extends ApiHandler {
    protected final CustomBoards boards;

    RegistrationHandler(CustomBoards boards) {
        super(Access.GAME);
        this.boards = boards;
    }

    /** Makes the change on the board. */
    protected abstract void change(String copid, String boardId, Registration registration);

    @Override
    protected final APIGatewayProxyResponseEvent handle(ApiRequest request) {
        change(request.tokenCompany(), request.pathParameter("leaderboard_definition_id"), Registration.parse(request.body()));
        return ApiResponse.ok(Json.object().put("ok", 1));
    }
}
