package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks an answer of the runtime against openapi.yaml: its status must be documented for the operation of that
 * path and method, and its body must match that response's schema. The schema validation is networknt's
 * json-schema-validator with the OpenAPI 3.1 dialect (JSON Schema draft 2020-12), run on the response schema
 * inside openapi.yaml itself, so its {@code $ref}s to components resolve in the document; this class only finds
 * which schema applies. A request outside {@code paths} must be the 404 of components/responses/RouteNotFound.
 * The local runtime's own routes ({@code /_local/...}) are not part of the API and are not checked.
 */
final class OpenApiValidator {
    /** Where the registry finds the document; it is never fetched, only a key. */
    private static final String DOCUMENT_IRI = "https://podium.invalid/openapi.json";
    private static final String LOCAL_ONLY_PREFIX = "/_local/";
    private static final String ROUTE_NOT_FOUND = "/components/responses/RouteNotFound";

    private static final OpenApiValidator INSTANCE =
            load(Path.of(System.getProperty("podium.root", "..")).resolve("openapi.yaml"));

    private record Route(String path, Pattern pattern, int literalLength) {
    }

    private final JsonNode document;
    /** "/v1": the stage a path may be called under (the servers' {stage}), which the paths leave out. */
    private final String stagePrefix;
    private final List<Route> routes;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiValidator(JsonNode document) {
        this.document = document;
        this.stagePrefix = "/" + document.path("servers").get(1).path("variables").path("stage").path("default").asText();
        List<Route> routes = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(path -> routes.add(new Route(path,
                // {name+} is API Gateway's greedy parameter (the rest of the path), {name} one segment.
                Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+\\+}", "\\\\E.+\\\\Q")
                        .replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")),
                path.replaceAll("\\{[^}]+}", "").length())));
        // Where templates overlap, the one with more literal text is the more specific, as API Gateway picks.
        routes.sort(Comparator.comparingInt(Route::literalLength).reversed());
        this.routes = List.copyOf(routes);
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT_IRI, json)));
    }

    static OpenApiValidator load(Path openApi) {
        try {
            return new OpenApiValidator(new YAMLMapper().readTree(openApi.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + openApi, e);
        }
    }

    /** The validator of the repository's openapi.yaml. */
    static OpenApiValidator instance() {
        return INSTANCE;
    }

    /** Throws an AssertionError naming every violation when the answer is not one openapi.yaml documents. */
    void check(String method, URI uri, int status, String body) {
        String raw = uri.getRawPath();
        if (raw.startsWith(LOCAL_ONLY_PREFIX)) {
            return;
        }
        String belowStage = raw.startsWith(stagePrefix + "/") ? raw.substring(stagePrefix.length()) : raw;
        // API Gateway routes /hub/ to the resource /hub.
        String path = belowStage.length() > 1 && belowStage.endsWith("/")
                ? belowStage.substring(0, belowStage.length() - 1) : belowStage;
        String where = method + " " + path + " answered " + status;
        Optional<Route> route = routes.stream().filter(r -> r.pattern().matcher(path).matches()).findFirst();
        JsonNode operation = route.map(r -> document.path("paths").path(r.path()).path(method.toLowerCase(Locale.ROOT)))
                .filter(JsonNode::isObject).orElse(null);
        String responsePointer;
        if (operation == null) {
            if (status != 404) {
                throw new AssertionError(where + ": no operation of openapi.yaml has this path and method, so only 404 "
                        + "route_not_found may answer it: " + body);
            }
            responsePointer = ROUTE_NOT_FOUND;
        } else {
            String statusKey = Integer.toString(status);
            if (!operation.path("responses").has(statusKey)) {
                throw new AssertionError(where + ": openapi.yaml documents only " + fieldNames(operation.path("responses"))
                        + " for " + method + " " + route.get().path() + ": " + body);
            }
            responsePointer = "/paths/" + escape(route.get().path()) + "/" + method.toLowerCase(Locale.ROOT)
                    + "/responses/" + statusKey;
        }
        responsePointer = dereference(responsePointer);
        JsonNode content = document.at(responsePointer).path("content");
        if (body == null || body.isEmpty()) {
            if (!content.isMissingNode() && !content.isEmpty()) {
                throw new AssertionError(where + " without a body, where openapi.yaml documents " + fieldNames(content));
            }
            return;
        }
        if (!content.has("application/json")) {
            if (content.isMissingNode() || content.isEmpty()) {
                throw new AssertionError(where + " with a body, where openapi.yaml documents none: " + body);
            }
            // A documented non-JSON answer (the Hub's files): its type is documented, its text has no schema.
            return;
        }
        String schemaPointer = responsePointer + "/content/" + escape("application/json") + "/schema";
        Schema schema = schemas.computeIfAbsent(schemaPointer,
                pointer -> registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + pointer)));
        List<Error> errors = schema.validate(body, InputFormat.JSON);
        if (!errors.isEmpty()) {
            throw new AssertionError(where + ": the body does not match openapi.yaml#" + schemaPointer + ": "
                    + errors.stream().map(Error::toString).collect(Collectors.joining("; ")) + "\nbody: " + body);
        }
    }

    /** Follows a Response Object's $ref (to components/responses) to the object itself. */
    private String dereference(String pointer) {
        for (int hops = 0; hops < 10; hops++) {
            JsonNode ref = document.at(pointer).get("$ref");
            if (ref == null) {
                return pointer;
            }
            if (!ref.asText().startsWith("#/")) {
                throw new AssertionError("openapi.yaml: only local $refs are supported, not " + ref.asText());
            }
            pointer = ref.asText().substring(1);
        }
        throw new AssertionError("openapi.yaml: $ref cycle at " + pointer);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
