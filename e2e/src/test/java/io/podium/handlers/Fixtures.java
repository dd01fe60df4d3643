package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Small edits of the events/ fixtures, so that each test works in a company of its own. */
final class Fixtures {
    private Fixtures() {
    }

    static String newCompany() {
        return "co-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Moves a company-route fixture to {@code copid}, as if that company's token had called it. */
    static APIGatewayProxyRequestEvent inCompany(APIGatewayProxyRequestEvent event, String copid) {
        String original = event.getPathParameters().get("copid");
        Map<String, String> path = new HashMap<>(event.getPathParameters());
        path.put("copid", copid);
        event.setPathParameters(path);
        event.setPath(event.getPath().replace("/" + original + "/", "/" + copid + "/"));
        Map<String, Object> authorizer = new HashMap<>(event.getRequestContext().getAuthorizer());
        authorizer.put("copid", copid);
        event.getRequestContext().setAuthorizer(authorizer);
        return event;
    }

    /** Gives a fixture the authorizer context of {@code copid}'s token, for routes whose company is the token's. */
    static APIGatewayProxyRequestEvent asCompany(APIGatewayProxyRequestEvent event, String copid) {
        Map<String, Object> authorizer = new HashMap<>(event.getRequestContext().getAuthorizer());
        authorizer.put("copid", copid);
        event.getRequestContext().setAuthorizer(authorizer);
        return event;
    }

    static APIGatewayProxyRequestEvent withScopes(APIGatewayProxyRequestEvent event, String scopes) {
        Map<String, Object> authorizer = new HashMap<>(event.getRequestContext().getAuthorizer());
        authorizer.put("scopes", scopes);
        event.getRequestContext().setAuthorizer(authorizer);
        return event;
    }
}
