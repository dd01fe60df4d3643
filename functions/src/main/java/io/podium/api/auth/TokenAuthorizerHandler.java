package io.podium.api.auth;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.IamPolicyResponseV1;
import io.podium.auth.AccessPolicy;
import io.podium.auth.Caller;
import io.podium.auth.CredentialProblem;
import io.podium.auth.PresentedToken;
import io.podium.config.Env;
import io.podium.http.Headers;
import io.podium.tokens.AuthenticationCache;
import io.podium.tokens.Token;
import io.podium.wiring.Wiring;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API's Lambda REQUEST authorizer. It reads the token from {@code x-icmr-auth-1}, {@code Authorization: Bearer},
 * or, on Playoff's routes, {@code ?access_token=}. A valid token gets a policy allowing its own company's paths only,
 * so another company's paths → 403, and names its company's API key as the usage identifier, so that the company's
 * tier throttles all its tokens together, and no company another's.
 *
 * <p>A request without a valid token is let through to its function, with the reason in the context and the
 * anonymous API key: the function answers 401 in its route's own error shape and challenge (RFC 6750 §3), which
 * API Gateway's single UNAUTHORIZED response could not. The template therefore declares no identity source and no
 * API Gateway cache; {@link AuthenticationCache} remembers answers instead.
 */
public final class TokenAuthorizerHandler implements RequestHandler<APIGatewayCustomAuthorizerEvent, IamPolicyResponseV1> {
    public static final String TOKEN_HEADER = "x-icmr-auth-1";
    /** Only Playoff's routes take a token in the query (RFC 6750 §2.3): its SDKs send it there. */
    private static final String QUERY_TOKEN_ROUTES = "/v2/";

    private final AuthenticationCache tokens;
    private final String platformUsageKey;
    private final String anonymousUsageKey;

    public TokenAuthorizerHandler() {
        this(new AuthenticationCache(Wiring.aws().tokens(),
                        Duration.ofSeconds(Long.parseLong(Env.optional("AUTHORIZER_CACHE_SECONDS").orElse("0"))),
                        Clock.systemUTC()),
                Env.optional("PLATFORM_USAGE_KEY").orElse(null), Env.optional("ANONYMOUS_USAGE_KEY").orElse(null));
    }

    /**
     * @param platformUsageKey the API key of platform tokens, which have no company, or null if there is none
     * @param anonymousUsageKey the API key of requests without a valid token, or null if there is none
     */
    public TokenAuthorizerHandler(AuthenticationCache tokens, String platformUsageKey, String anonymousUsageKey) {
        this.tokens = tokens;
        this.platformUsageKey = platformUsageKey;
        this.anonymousUsageKey = anonymousUsageKey;
    }

    @Override
    public IamPolicyResponseV1 handleRequest(APIGatewayCustomAuthorizerEvent event, Context context) {
        Map<String, String> headers = event.getHeaders();
        Optional<String> queryToken = Optional.ofNullable(event.getResource()).filter(path -> path.startsWith(QUERY_TOKEN_ROUTES))
                .flatMap(ignored -> Optional.ofNullable(event.getQueryStringParameters()))
                .map(query -> query.get("access_token"));
        PresentedToken presented = PresentedToken.of(Headers.get(headers, TOKEN_HEADER),
                Headers.get(headers, "Authorization"), queryToken);
        if (presented.token().isEmpty()) {
            return anonymous(event, presented.problem().orElseThrow());
        }
        Optional<Token> token = tokens.authenticate(presented.token().get()).map(authenticated -> authenticated.token());
        if (token.isEmpty()) {
            return anonymous(event, CredentialProblem.INVALID);
        }
        Caller caller = new Caller(token.get().id(), token.get().copid(), token.get().scopes(), token.get().driver());
        List<String> resources = AccessPolicy.allowedResources(caller, event.getMethodArn());
        return policy(token.get().id(), resources.isEmpty() ? List.of(event.getMethodArn()) : resources,
                !resources.isEmpty(), caller.toAuthorizerContext(), token.get().usageKey().orElse(platformUsageKey));
    }

    private IamPolicyResponseV1 anonymous(APIGatewayCustomAuthorizerEvent event, CredentialProblem problem) {
        return policy("anonymous", AccessPolicy.anonymousResources(event.getMethodArn()), true,
                Caller.anonymousContext(problem), anonymousUsageKey);
    }

    private static IamPolicyResponseV1 policy(String principal, List<String> resources, boolean allow,
                                              Map<String, Object> context, String usageKey) {
        IamPolicyResponseV1.Statement statement = new IamPolicyResponseV1.Statement(
                IamPolicyResponseV1.EXECUTE_API_INVOKE,
                allow ? IamPolicyResponseV1.ALLOW : IamPolicyResponseV1.DENY,
                resources,
                null);
        return new IamPolicyResponseV1(principal,
                new IamPolicyResponseV1.PolicyDocument(IamPolicyResponseV1.VERSION_2012_10_17, List.of(statement)),
                context, usageKey);
    }
}
