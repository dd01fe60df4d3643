package io.podium.api.auth;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.IamPolicyResponseV1;
import io.podium.auth.AccessPolicy;
import io.podium.auth.Caller;
import io.podium.config.Env;
import io.podium.http.Headers;
import io.podium.tokens.Token;
import io.podium.tokens.TokenService;
import io.podium.wiring.Wiring;

import java.util.List;

/**
 * The API's Lambda REQUEST authorizer. An unknown, revoked or missing token → the exception message
 * "Unauthorized", which API Gateway turns into 401. A valid token gets a policy allowing its own company's
 * paths only, so another company's paths → 403. It names the token's API key as the usage identifier, so that the
 * usage plan throttles each token on its own.
 */
public final class TokenAuthorizerHandler implements RequestHandler<APIGatewayCustomAuthorizerEvent, IamPolicyResponseV1> {
    public static final String TOKEN_HEADER = "x-icmr-auth-1";

    private final TokenService tokens;
    private final String bootstrapUsageKey;

    public TokenAuthorizerHandler() {
        this(Wiring.aws().tokens(), Env.optional("BOOTSTRAP_USAGE_KEY").orElse(null));
    }

    /** @param bootstrapUsageKey the API key of tokens without one of their own, or null if there is none */
    public TokenAuthorizerHandler(TokenService tokens, String bootstrapUsageKey) {
        this.tokens = tokens;
        this.bootstrapUsageKey = bootstrapUsageKey;
    }

    @Override
    public IamPolicyResponseV1 handleRequest(APIGatewayCustomAuthorizerEvent event, Context context) {
        Token token = Headers.get(event.getHeaders(), TOKEN_HEADER)
                .filter(value -> !value.isBlank())
                .flatMap(tokens::authenticate)
                .orElseThrow(UnauthorizedException::new);
        Caller caller = new Caller(token.id(), token.copid(), token.scopes(), token.driver());
        List<String> resources = AccessPolicy.allowedResources(caller, event.getMethodArn());
        IamPolicyResponseV1.Statement statement = new IamPolicyResponseV1.Statement(
                IamPolicyResponseV1.EXECUTE_API_INVOKE,
                resources.isEmpty() ? IamPolicyResponseV1.DENY : IamPolicyResponseV1.ALLOW,
                resources.isEmpty() ? List.of(event.getMethodArn()) : resources,
                null);
        return new IamPolicyResponseV1(token.id(),
                new IamPolicyResponseV1.PolicyDocument(IamPolicyResponseV1.VERSION_2012_10_17, List.of(statement)),
                caller.toAuthorizerContext(), token.usageKey().orElse(bootstrapUsageKey));
    }

    /** API Gateway answers 401 exactly when the authorizer fails with this message. */
    static final class UnauthorizedException extends RuntimeException {
        UnauthorizedException() {
            super("Unauthorized", null, false, false);
        }
    }
}
