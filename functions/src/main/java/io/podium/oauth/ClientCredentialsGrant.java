package io.podium.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.DomainException;
import io.podium.errors.InvalidInput;
import io.podium.errors.Unauthenticated;
import io.podium.json.Json;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A token request of the client credentials grant (RFC 6749 §4.4). The client authenticates with HTTP Basic
 * (§2.3.1) or with {@code client_id} and {@code client_secret} in the body; the body is a form, as the RFC says, or
 * JSON, as Playoff's SDKs send it. Refusals are the RFC's (§5.2): {@code invalid_request},
 * {@code unsupported_grant_type}, and {@code invalid_client}.
 */
public record ClientCredentialsGrant(String clientId, String clientSecret) {
    static final String GRANT_TYPE = "client_credentials";
    private static final String BASIC = "basic ";
    private static final int MAX_VALUE = 512;

    /**
     * @param authorization the Authorization header, if any
     * @param contentType   the Content-Type header, if any
     */
    public static ClientCredentialsGrant parse(Optional<String> authorization, Optional<String> contentType, byte[] body) {
        Map<String, String> parameters = parameters(contentType, body);
        String grantType = parameters.get("grant_type");
        if (grantType == null) {
            throw invalidRequest("grant_type is required.");
        }
        if (!GRANT_TYPE.equals(grantType)) {
            throw new InvalidInput("unsupported_grant_type", "Only the client_credentials grant is supported.", List.of());
        }
        Optional<String[]> basic = authorization
                .filter(value -> value.regionMatches(true, 0, BASIC, 0, BASIC.length()))
                .map(value -> basicCredentials(value.substring(BASIC.length()).strip()));
        boolean inBody = parameters.containsKey("client_id") || parameters.containsKey("client_secret");
        if (basic.isPresent() && inBody) {
            throw invalidRequest("Send the client's credentials in one place: HTTP Basic or the body.");
        }
        String[] credentials = basic.orElseGet(() -> new String[]{
                parameters.getOrDefault("client_id", ""), parameters.getOrDefault("client_secret", "")});
        if (credentials[0].isEmpty() || credentials[1].isEmpty()) {
            throw invalidClient("The client's id and secret are required, in HTTP Basic or the body.");
        }
        return new ClientCredentialsGrant(credentials[0], credentials[1]);
    }

    private static Map<String, String> parameters(Optional<String> contentType, byte[] body) {
        String mediaType = contentType.map(value -> value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)).orElse("");
        if (mediaType.equals("application/json")) {
            return jsonParameters(body);
        }
        if (mediaType.equals("application/x-www-form-urlencoded") || (mediaType.isEmpty() && body.length == 0)) {
            return formParameters(new String(body, StandardCharsets.UTF_8));
        }
        throw invalidRequest("The body must be application/x-www-form-urlencoded or application/json.");
    }

    /** RFC 6749 §3.2: a parameter sent twice, or without a value, makes the request invalid. */
    private static Map<String, String> formParameters(String form) {
        Map<String, String> parameters = new HashMap<>();
        if (form.isEmpty()) {
            return parameters;
        }
        for (String pair : form.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (parameters.put(name, bounded(name, value)) != null) {
                throw invalidRequest("The parameter " + name + " was sent more than once.");
            }
        }
        return parameters;
    }

    private static Map<String, String> jsonParameters(byte[] body) {
        ObjectNode root;
        try {
            root = Json.parseObject(body);
        } catch (DomainException notJson) {
            throw invalidRequest("The body is not a JSON object.");
        }
        Map<String, String> parameters = new HashMap<>();
        for (String name : List.of("grant_type", "client_id", "client_secret")) {
            JsonNode value = root.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                throw invalidRequest(name + " must be a string.");
            }
            parameters.put(name, bounded(name, value.textValue()));
        }
        return parameters;
    }

    /** HTTP Basic carries form-encoded id and secret (§2.3.1); a header that decodes to no pair is no credential. */
    private static String[] basicCredentials(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidClient("The Authorization header is not valid HTTP Basic.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw invalidClient("The Authorization header is not valid HTTP Basic.");
        }
        return new String[]{decodeBasic(decoded.substring(0, colon)), decodeBasic(decoded.substring(colon + 1))};
    }

    private static String decodeBasic(String part) {
        try {
            return bounded("credentials", URLDecoder.decode(part, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw invalidClient("The Authorization header is not valid HTTP Basic.");
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidRequest("The body is not a valid form.");
        }
    }

    private static String bounded(String name, String value) {
        if (value.length() > MAX_VALUE) {
            throw invalidRequest(name + " is longer than " + MAX_VALUE + " characters.");
        }
        return value;
    }

    private static InvalidInput invalidRequest(String message) {
        return new InvalidInput("invalid_request", message, List.of());
    }

    private static Unauthenticated invalidClient(String message) {
        return new Unauthenticated("invalid_client", message, Unauthenticated.Challenge.BASIC);
    }
}
