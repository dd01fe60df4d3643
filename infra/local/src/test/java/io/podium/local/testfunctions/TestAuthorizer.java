package io.podium.local.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.IamPolicyResponseV1;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A REQUEST authorizer whose decision is the prefix of the x-test-auth header: allow (every method of the stage),
 * narrow (only this request's method ARN), deny (an explicit Deny next to a broad Allow), unauthorized (throws
 * "Unauthorized"), broken (throws something else), nested (an invalid context). It counts its calls per header value.
 */
public class TestAuthorizer implements RequestHandler<APIGatewayCustomAuthorizerEvent, IamPolicyResponseV1> {
    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private static final AtomicInteger ALL_CALLS = new AtomicInteger();

    public static int calls(String headerValue) {
        return CALLS.getOrDefault(headerValue, new AtomicInteger()).get();
    }

    public static int allCalls() {
        return ALL_CALLS.get();
    }

    @Override
    public IamPolicyResponseV1 handleRequest(APIGatewayCustomAuthorizerEvent event, Context context) {
        ALL_CALLS.incrementAndGet();
        // No token is refused, as an authorizer without identity sources is called without one.
        String value = Objects.requireNonNullElse(event.getHeaders().get("x-test-auth"), "unauthorized-none");
        CALLS.computeIfAbsent(value, key -> new AtomicInteger()).incrementAndGet();
        String methodArn = event.getMethodArn();
        String wholeStage = methodArn.substring(0, methodArn.indexOf('/', methodArn.indexOf('/') + 1)) + "/*";
        if (value.startsWith("unauthorized")) {
            throw new RuntimeException("Unauthorized");
        }
        if (value.startsWith("broken")) {
            throw new IllegalStateException("token store unavailable");
        }
        List<IamPolicyResponseV1.Statement> statements = switch (value.split("-")[0]) {
            case "allow", "nested" -> List.of(IamPolicyResponseV1.allowStatement(wholeStage));
            case "narrow" -> List.of(IamPolicyResponseV1.allowStatement(methodArn));
            case "deny" -> List.of(IamPolicyResponseV1.allowStatement(wholeStage), IamPolicyResponseV1.denyStatement(methodArn));
            default -> List.of();
        };
        Map<String, Object> authorizerContext = value.startsWith("nested")
                ? Map.of("nested", Map.of("not", "allowed"))
                : Map.of("token", value, "level", 7, "admin", true);
        return IamPolicyResponseV1.builder()
                .withPrincipalId("principal-" + value)
                .withPolicyDocument(IamPolicyResponseV1.PolicyDocument.builder()
                        .withVersion(IamPolicyResponseV1.VERSION_2012_10_17)
                        .withStatement(statements)
                        .build())
                .withContext(authorizerContext)
                .build();
    }
}
