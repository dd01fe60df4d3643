package io.podium.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the cold-start drivers share, in the child JVM: the fixture read into the API Gateway event, and the one
 * result line. It uses only jackson-core (the streaming parser, no data binding), so the driver pre-loads as little
 * as possible of what the handler itself loads; on Lambda the runtime deserializes the event with its own copy.
 */
final class DriverSupport {
    /** The result line's prefix, which the parent waits for. */
    static final String RESULT = "PODIUM_COLDSTART";

    private DriverSupport() {
    }

    /** The fixture, as the API Gateway proxy event, for company {@code copid} (path parameter and authorizer). */
    @SuppressWarnings("unchecked")
    static APIGatewayProxyRequestEvent event(Path fixture, String copid) throws IOException {
        Map<String, Object> json;
        try (JsonParser parser = new JsonFactory().createParser(Files.readAllBytes(fixture))) {
            parser.nextToken();
            json = (Map<String, Object>) read(parser);
        }
        String fixtureCopid = ((Map<String, String>) json.get("pathParameters")).get("copid");
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent();
        event.setResource((String) json.get("resource"));
        event.setPath(((String) json.get("path")).replace("/" + fixtureCopid + "/", "/" + copid + "/"));
        event.setHttpMethod((String) json.get("httpMethod"));
        event.setHeaders((Map<String, String>) json.get("headers"));
        event.setMultiValueHeaders((Map<String, List<String>>) json.get("multiValueHeaders"));
        event.setQueryStringParameters((Map<String, String>) json.get("queryStringParameters"));
        event.setMultiValueQueryStringParameters((Map<String, List<String>>) json.get("multiValueQueryStringParameters"));
        Map<String, String> pathParameters = new LinkedHashMap<>((Map<String, String>) json.get("pathParameters"));
        pathParameters.put("copid", copid);
        event.setPathParameters(pathParameters);
        event.setStageVariables((Map<String, String>) json.get("stageVariables"));
        event.setRequestContext(requestContext((Map<String, Object>) json.get("requestContext"), copid));
        event.setBody((String) json.get("body"));
        event.setIsBase64Encoded((Boolean) json.get("isBase64Encoded"));
        return event;
    }

    @SuppressWarnings("unchecked")
    private static APIGatewayProxyRequestEvent.ProxyRequestContext requestContext(Map<String, Object> json, String copid) {
        APIGatewayProxyRequestEvent.ProxyRequestContext context = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        context.setResourceId((String) json.get("resourceId"));
        context.setResourcePath((String) json.get("resourcePath"));
        context.setHttpMethod((String) json.get("httpMethod"));
        context.setExtendedRequestId((String) json.get("extendedRequestId"));
        context.setRequestTime((String) json.get("requestTime"));
        context.setPath((String) json.get("path"));
        context.setAccountId((String) json.get("accountId"));
        context.setProtocol((String) json.get("protocol"));
        context.setStage((String) json.get("stage"));
        context.setDomainPrefix((String) json.get("domainPrefix"));
        context.setRequestTimeEpoch((Long) json.get("requestTimeEpoch"));
        context.setRequestId((String) json.get("requestId"));
        context.setDomainName((String) json.get("domainName"));
        context.setApiId((String) json.get("apiId"));
        Map<String, Object> identityJson = (Map<String, Object>) json.get("identity");
        if (identityJson != null) {
            APIGatewayProxyRequestEvent.RequestIdentity identity = new APIGatewayProxyRequestEvent.RequestIdentity();
            identity.setSourceIp((String) identityJson.get("sourceIp"));
            identity.setUserAgent((String) identityJson.get("userAgent"));
            context.setIdentity(identity);
        }
        Map<String, Object> authorizer = new LinkedHashMap<>((Map<String, Object>) json.get("authorizer"));
        authorizer.put("copid", copid);
        context.setAuthorizer(authorizer);
        return context;
    }

    /** The JSON value at the parser's current token, as maps, lists, strings, longs, doubles, booleans and nulls. */
    private static Object read(JsonParser parser) throws IOException {
        // No switch on the token: that compiles to a synthetic class, and the child gets only the listed classes.
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> object = new LinkedHashMap<>();
            while (parser.nextToken() != JsonToken.END_OBJECT) {
                String name = parser.currentName();
                parser.nextToken();
                object.put(name, read(parser));
            }
            return object;
        } else if (token == JsonToken.START_ARRAY) {
            List<Object> array = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(parser));
            }
            return array;
        } else if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        } else if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        } else if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return parser.getBooleanValue();
        } else if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw new IOException("unexpected JSON token " + token);
    }

    /**
     * Prints the result line (after the first invoke returned) and ends the JVM: 0 if the handler answered 200, else
     * 1 with the response on stderr. The JVM's own figures come from ManagementFactory, read only now, and identically
     * in every driver, so the management classes count the same in each.
     */
    static void report(APIGatewayProxyResponseEvent response, long initNanos, long invokeNanos, String extra) {
        int status = response.getStatusCode() == null ? -1 : response.getStatusCode();
        long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
        int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        System.out.println(RESULT + " status=" + status + " uptimeMs=" + uptimeMs + " classes=" + classes
                + " initMs=" + millis(initNanos) + " invokeMs=" + millis(invokeNanos)
                + (extra.isEmpty() ? "" : " " + extra));
        System.out.flush();
        if (status != 200) {
            System.err.println("expected status 200, got " + status + ": " + response.getBody());
        }
        System.exit(status == 200 ? 0 : 1);
    }

    private static String millis(long nanos) {
        return Double.toString(Math.round(nanos / 10_000.0) / 100.0);
    }
}
