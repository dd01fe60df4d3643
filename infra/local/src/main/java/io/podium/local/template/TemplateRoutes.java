package io.podium.local.template;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The API routes a template declares, read the way the runtime reads them: the one public entry point for
 * tests outside this module (the end-to-end auth matrix checks that it covers every route).
 */
public final class TemplateRoutes {
    private TemplateRoutes() {
    }

    /** One {@code Type: Api} event: its method (upper case) and path template, e.g. GET /health. */
    public record Route(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every Api event of every function the template includes (parameters at their defaults), in template order. */
    public static List<Route> list(Path template) {
        Template parsed = Template.load(template);
        Intrinsics intrinsics = new Intrinsics(parsed, TemplateParameters.values(parsed, Map.of()), "http://127.0.0.1:1");
        return FunctionSpec.all(parsed, intrinsics).stream()
                .flatMap(function -> function.events().stream().filter(event -> event.type().equals("Api")))
                .map(event -> new Route(intrinsics.text(event.property("Method"), event.where("Method")).toUpperCase(),
                        intrinsics.text(event.property("Path"), event.where("Path"))))
                .toList();
    }
}
