package io.podium.api.tokens;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.tokens.IssuedToken;
import io.podium.tokens.TokenRequest;
import io.podium.tokens.TokenService;
import io.podium.wiring.Wiring;

/** POST /v3/igr/admin/tokens: the only response that ever carries a token's secret. */
public final class CreateTokenHandler extends ApiHandler {
    private final TokenService tokens;

    public CreateTokenHandler() {
        this(Wiring.aws().tokens());
    }

    public CreateTokenHandler(TokenService tokens) {
        super(Access.PLATFORM_ADMIN);
        this.tokens = tokens;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        TokenRequest create = TokenRequest.parse(request.body());
        IssuedToken issued = tokens.issue(create.copid(), create.scopes(), create.driver(), create.description());
        return ApiResponse.json(201, TokenJson.of(issued.token()).put("token", issued.secret()));
    }
}
