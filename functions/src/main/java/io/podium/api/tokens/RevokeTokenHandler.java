package io.podium.api.tokens;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.errors.NotFound;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.tokens.TokenService;
import io.podium.wiring.Wiring;

/** DELETE /v3/igr/admin/tokens/{id}: revokes; the token fails within the authorizer cache TTL. */
public final class RevokeTokenHandler extends ApiHandler {
    private final TokenService tokens;

    public RevokeTokenHandler() {
        this(Wiring.aws().tokens());
    }

    public RevokeTokenHandler(TokenService tokens) {
        super(Access.PLATFORM_ADMIN);
        this.tokens = tokens;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        if (!tokens.revoke(request.pathParameter("id"))) {
            throw new NotFound("token_not_found", "No such token.");
        }
        return ApiResponse.noContent();
    }
}
