package io.podium.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import io.podium.auth.Caller;
import io.podium.auth.CredentialProblem;
import io.podium.errors.InvalidInput;
import io.podium.errors.NotFound;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Read-only view of an API Gateway proxy event. Header names are matched case-insensitively, as HTTP says. */
public final class ApiRequest {
    private static final String SIGNED_IN_ROOT = "/gamification/";
    private static final Pattern NUMERIC_ID = Pattern.compile("[1-9][0-9]{0,11}");

    private final APIGatewayProxyRequestEvent event;

    public ApiRequest(APIGatewayProxyRequestEvent event) {
        this.event = event;
    }

    public Optional<String> header(String name) {
        return Headers.get(event.getHeaders(), name);
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(event.getQueryStringParameters()).map(q -> q.get(name));
    }

    public Optional<String> optionalPathParameter(String name) {
        return Optional.ofNullable(event.getPathParameters()).map(params -> params.get(name));
    }

    public String pathParameter(String name) {
        Map<String, String> params = event.getPathParameters();
        String value = params == null ? null : params.get(name);
        if (value == null) {
            throw new IllegalStateException("route declares no path parameter " + name);
        }
        return value;
    }

    /**
     * A path parameter that names a record by a positive integer id (at most 12 digits, as ids are stored); any other
     * value names nothing, so it is {@code notFound} before it reaches the store.
     */
    public long numericId(String name, Supplier<NotFound> notFound) {
        return Long.parseLong(id(name, NUMERIC_ID, notFound));
    }

    /** A path parameter that names a record by an id of the {@code valid} form; any other value is {@code notFound}. */
    public String id(String name, Pattern valid, Supplier<NotFound> notFound) {
        String id = pathParameter(name);
        if (!valid.matcher(id).matches()) {
            throw notFound.get();
        }
        return id;
    }

    public byte[] body() {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (Boolean.TRUE.equals(event.getIsBase64Encoded())) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw InvalidInput.invalidJson("The request body is not valid base64.", List.of());
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    public Optional<Caller> caller() {
        APIGatewayProxyRequestEvent.ProxyRequestContext context = event.getRequestContext();
        return context == null ? Optional.empty() : Caller.fromAuthorizerContext(context.getAuthorizer());
    }

    /**
     * The company of the caller's token, on a route whose {@link Access} admits only callers of a company (Playoff's
     * routes and EASI'R's, whose company is the token's).
     */
    public String tokenCompany() {
        return caller().flatMap(Caller::copid)
                .orElseThrow(() -> new IllegalStateException("the route's access admits only company tokens"));
    }

    /**
     * Whether the route is one of EASI'R's, about the signed-in user: its path names no company, which is the token's
     * (a feature served there is also served at a path naming its company).
     */
    public boolean isSignedInRoute() {
        return resource().startsWith(SIGNED_IN_ROOT);
    }

    /** The company the request is about: the {copid} of its path, or, on a route naming none, the token's. */
    public String company() {
        return optionalPathParameter("copid").orElseGet(this::tokenCompany);
    }

    /** Why {@link #caller} is empty, as the authorizer said. */
    public CredentialProblem credentialProblem() {
        APIGatewayProxyRequestEvent.ProxyRequestContext context = event.getRequestContext();
        return Caller.problemOf(context == null ? null : context.getAuthorizer());
    }

    public String requestId() {
        APIGatewayProxyRequestEvent.ProxyRequestContext context = event.getRequestContext();
        return context == null || context.getRequestId() == null ? "-" : context.getRequestId();
    }

    /** The request's path, without the stage. */
    public String path() {
        return event.getPath() == null ? "" : event.getPath();
    }

    /**
     * The path as the client called it, for links back: with the stage of an execute-api URL, or the base path of a
     * custom domain, which {@link #path} leaves out.
     */
    public String publicPath() {
        APIGatewayProxyRequestEvent.ProxyRequestContext context = event.getRequestContext();
        return context == null || context.getPath() == null ? path() : context.getPath();
    }

    /** The route's declared path, such as {@code /v2/admin/players/{player_id}}. */
    public String resource() {
        return event.getResource() == null ? "" : event.getResource();
    }

    public String route() {
        return event.getHttpMethod() + " " + event.getResource();
    }
}
