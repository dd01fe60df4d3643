package io.podium.local.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.local.support.LocalJson;
import io.podium.local.template.Intrinsics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON events API Gateway (REST API) sends to a Lambda proxy integration and to a REQUEST authorizer. */
final class ApiGatewayEvents {
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ApiGatewayEvents() {
    }

    /** The ARN an authorizer's policy is evaluated against: api/stage/METHOD/path. */
    static String methodArn(Route route, GatewayRequest request) {
        return "arn:aws:execute-api:" + Intrinsics.REGION + ":" + Intrinsics.ACCOUNT_ID + ":" + route.api().logicalId()
                + "/" + route.api().stageName() + "/" + request.httpMethod() + request.path();
    }

    static ObjectNode proxyEvent(GatewayRequest request, Route route, Map<String, String> pathParameters,
                                 AuthorizerOutcome.Allowed authorization) {
        ObjectNode event = LocalJson.object();
        putRequest(event, request, route, pathParameters);
        ObjectNode requestContext = requestContext(request, route);
        if (authorization != null) {
            ObjectNode authorizer = requestContext.putObject("authorizer");
            authorization.context().forEach(authorizer::put);
            authorizer.put("principalId", authorization.principalId());
            authorizer.put("integrationLatency", authorization.latencyMillis());
        }
        event.set("requestContext", requestContext);
        event.put("body", request.body().length == 0 ? null : new String(request.body(), StandardCharsets.UTF_8));
        event.put("isBase64Encoded", false);
        return event;
    }

    static ObjectNode requestAuthorizerEvent(GatewayRequest request, Route route, Map<String, String> pathParameters,
                                             String methodArn) {
        ObjectNode event = LocalJson.object();
        event.put("type", "REQUEST");
        event.put("methodArn", methodArn);
        putRequest(event, request, route, pathParameters);
        event.set("requestContext", requestContext(request, route));
        return event;
    }

    private static void putRequest(ObjectNode event, GatewayRequest request, Route route, Map<String, String> pathParameters) {
        event.put("resource", route.path().text());
        event.put("path", request.path());
        event.put("httpMethod", request.httpMethod());
        event.set("headers", lastValues(request.headers()));
        event.set("multiValueHeaders", allValues(request.headers()));
        event.set("queryStringParameters", lastValues(request.query()));
        event.set("multiValueQueryStringParameters", allValues(request.query()));
        event.set("pathParameters", pathParameters.isEmpty() ? NullNode.getInstance() : LocalJson.MAPPER.valueToTree(pathParameters));
        Map<String, String> stageVariables = route.api().stageVariables();
        event.set("stageVariables", stageVariables.isEmpty() ? NullNode.getInstance() : LocalJson.MAPPER.valueToTree(stageVariables));
    }

    private static ObjectNode requestContext(GatewayRequest request, Route route) {
        ObjectNode context = LocalJson.object();
        context.put("resourcePath", route.path().text());
        context.put("httpMethod", request.httpMethod());
        context.put("extendedRequestId", request.requestId());
        context.put("requestTime", REQUEST_TIME.format(Instant.ofEpochMilli(request.timeEpochMillis())));
        // The path in the client's address bar, as API Gateway gives it: with the stage when called under it (the
        // execute-api URL), without it when not (a custom domain mapped at its root).
        context.put("path", request.calledPath());
        context.put("accountId", Intrinsics.ACCOUNT_ID);
        context.put("protocol", request.protocol());
        context.put("stage", route.api().stageName());
        context.put("domainName", request.header("host").orElse(null));
        context.put("requestTimeEpoch", request.timeEpochMillis());
        context.put("requestId", request.requestId());
        ObjectNode identity = context.putObject("identity");
        identity.put("sourceIp", request.sourceIp());
        identity.put("userAgent", request.header("user-agent").orElse(null));
        context.put("apiId", route.api().logicalId());
        return context;
    }

    /** API Gateway sends null, not an empty map, when there are no values. */
    private static JsonNode lastValues(Map<String, List<String>> values) {
        if (values.isEmpty()) {
            return NullNode.getInstance();
        }
        ObjectNode node = LocalJson.object();
        values.forEach((name, list) -> node.put(name, list.get(list.size() - 1)));
        return node;
    }

    private static JsonNode allValues(Map<String, List<String>> values) {
        return values.isEmpty() ? NullNode.getInstance() : LocalJson.MAPPER.valueToTree(values);
    }
}
