package io.podium.api.auth;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.config.Env;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.oauth.ClientCredentialsGrant;
import io.podium.tokens.IssuedAccessToken;
import io.podium.tokens.TokenService;
import io.podium.wiring.Wiring;

import java.time.Duration;

/**
 * POST /auth/token, OAuth 2.0's token endpoint for the client credentials grant, as Playoff's clients use it: a
 * token's id and secret are the client's, and the answer is a short-lived access token that acts as that token.
 */
public final class IssueAccessTokenHandler extends ApiHandler {
    private final TokenService tokens;
    private final Duration lifetime;

    public IssueAccessTokenHandler() {
        this(Wiring.aws().tokens(), Duration.ofSeconds(Long.parseLong(Env.required("ACCESS_TOKEN_SECONDS"))));
    }

    public IssueAccessTokenHandler(TokenService tokens, Duration lifetime) {
        super(Access.OPEN);
        this.tokens = tokens;
        this.lifetime = lifetime;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        ClientCredentialsGrant grant = ClientCredentialsGrant.parse(request.header("Authorization"),
                request.header("Content-Type"), request.body());
        IssuedAccessToken issued = tokens.exchange(grant.clientId(), grant.clientSecret(), lifetime);
        APIGatewayProxyResponseEvent response = ApiResponse.ok(Json.object()
                .put("access_token", issued.secret())
                .put("token_type", "bearer")
                .put("expires_in", issued.lifetime().toSeconds()));
        // RFC 6749 §5.1: a response carrying a credential is never cached.
        response.getHeaders().put("Cache-Control", "no-store");
        response.getHeaders().put("Pragma", "no-cache");
        return response;
    }
}
