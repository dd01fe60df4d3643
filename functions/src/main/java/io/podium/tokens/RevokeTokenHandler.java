package io.podium.tokens;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.auth.Caller;
import io.podium.auth.Scope;
import io.podium.http.Access;
import io.podium.http.ApiError;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;

import java.util.Optional;

/** DELETE /v3/igr/admin/tokens/{id}: revokes; the token fails within the authorizer cache TTL. */
public final class RevokeTokenHandler extends ApiHandler {
    private final TokenService tokens;

    public RevokeTokenHandler() {
        this(DefaultTokenService.create());
    }

    public RevokeTokenHandler(TokenService tokens) {
        super(Access.platform(Scope.ADMIN));
        this.tokens = tokens;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request, Optional<Caller> caller) {
        if (!tokens.revoke(request.pathParameter("id"))) {
            throw ApiError.notFound("token_not_found", "No such token.");
        }
        return ApiResponse.noContent();
    }
}
