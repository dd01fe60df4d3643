package io.podium.api.tokens;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.auth.Caller;
import io.podium.auth.Scope;
import io.podium.errors.NotFound;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.tokens.TokenService;
import io.podium.wiring.Wiring;

import java.util.Optional;

/** DELETE /v3/igr/admin/tokens/{id}: revokes; the token fails within the authorizer cache TTL. */
public final class RevokeTokenHandler extends ApiHandler {
    private final TokenService tokens;

    public RevokeTokenHandler() {
        this(Wiring.aws().tokens());
    }

    public RevokeTokenHandler(TokenService tokens) {
        super(Access.platform(Scope.ADMIN));
        this.tokens = tokens;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request, Optional<Caller> caller) {
        if (!tokens.revoke(request.pathParameter("id"))) {
            throw new NotFound("token_not_found", "No such token.");
        }
        return ApiResponse.noContent();
    }
}
