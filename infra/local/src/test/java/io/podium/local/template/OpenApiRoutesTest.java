package io.podium.local.template;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * openapi.yaml describes exactly the routes of template.yaml: every Api event is an operation of the same path and
 * method, and every operation is an Api event. Also: only /health and the Hub's files are open, and every secured route documents the
 * refusals of the authorizer.
 */
class OpenApiRoutesTest {
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Template TEMPLATE = Template.load(Path.of("../../template.yaml"));
    private final Intrinsics intrinsics =
            new Intrinsics(TEMPLATE, TemplateParameters.values(TEMPLATE, Map.of()), "http://127.0.0.1:1");

    @Test
    void openApiHasExactlyTheRoutesOfTheTemplate() throws IOException {
        Set<String> template = templateRoutes();
        Set<String> openApi = operations(openApi()).keySet();
        assertFalse(template.isEmpty());
        Set<String> undocumented = new TreeSet<>(template);
        undocumented.removeAll(openApi);
        Set<String> unknown = new TreeSet<>(openApi);
        unknown.removeAll(template);
        assertTrue(undocumented.isEmpty(), "routes of template.yaml missing from openapi.yaml: " + undocumented);
        assertTrue(unknown.isEmpty(), "operations of openapi.yaml that template.yaml does not declare: " + unknown);
    }

    /**
     * Open: health, the Hub's files, OAuth's token endpoint, where the client authenticates in the request, and the
     * acceptance of an invitation, whose code is the credential.
     */
    @Test
    void onlyHealthIsOpenAndEverySecuredRouteDocumentsItsRefusals() throws IOException {
        Map<String, Object> document = openApi();
        assertEquals(List.of(Map.of("tokenHeader", List.of())), document.get("security"));
        operations(document).forEach((route, operation) -> {
            boolean open = List.of().equals(operation.get("security"));
            assertEquals(route.equals("GET /health") || route.startsWith("GET /hub") || route.equals("POST /auth/token")
                    || route.equals("POST /v2/invites/{code}/accept"), open,
                    route + " security");
            Map<?, ?> responses = (Map<?, ?>) operation.get("responses");
            if (!open) {
                assertTrue(responses.containsKey("401") && responses.containsKey("403"), route + " documents 401 and 403");
                // Different tokens sent in two places are refused before the route runs.
                assertTrue(responses.containsKey("400"), route + " documents 400 invalid_request");
                assertTrue(responses.containsKey("503"), route + " documents 503 busy");
            }
        });
    }

    private Set<String> templateRoutes() {
        Set<String> routes = new TreeSet<>();
        for (FunctionSpec function : FunctionSpec.all(TEMPLATE, intrinsics)) {
            for (EventSpec event : function.events()) {
                if (event.type().equals("Api")) {
                    String method = intrinsics.text(event.property("Method"), event.where("Method")).toUpperCase();
                    routes.add(method + " " + intrinsics.text(event.property("Path"), event.where("Path")));
                }
            }
        }
        return routes;
    }

    /** "METHOD /path" to its operation object. */
    private static Map<String, Map<?, ?>> operations(Map<String, Object> document) {
        Map<String, Map<?, ?>> operations = new java.util.TreeMap<>();
        ((Map<?, ?>) document.get("paths")).forEach((path, item) -> ((Map<?, ?>) item).forEach((key, operation) -> {
            if (HTTP_METHODS.contains(key.toString())) {
                operations.put(key.toString().toUpperCase() + " " + path, (Map<?, ?>) operation);
            }
        }));
        return operations;
    }

    private static Map<String, Object> openApi() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("../../openapi.yaml"))) {
            return new Yaml(new LoaderOptions()).load(reader);
        }
    }
}
