package io.podium.local.apigateway;

import io.podium.http.ApiRouter;
import io.podium.local.template.FunctionSpec;
import io.podium.local.template.Intrinsics;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateParameters;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A function whose entrypoint is an {@link ApiRouter} (a family of routes on one function) has a handler for every
 * Api event the template gives it, and the template gives it every route its router knows. Building a router builds
 * none of its handlers, so nothing is wired here.
 */
class RoutersTest {
    private static final Template TEMPLATE = Template.load(Path.of("../../template.yaml"));
    private final Intrinsics intrinsics =
            new Intrinsics(TEMPLATE, TemplateParameters.values(TEMPLATE, Map.of()), "http://127.0.0.1:1");
    private final List<FunctionSpec> functions = FunctionSpec.all(TEMPLATE, intrinsics);

    @Test
    void everyApiEventOfAGroupedFunctionHasAHandlerInItsRouterAndViceVersa() throws Exception {
        Set<String> grouped = new TreeSet<>();
        for (FunctionSpec function : functions) {
            Class<?> type = Class.forName(function.handler().split("::")[0], false, getClass().getClassLoader());
            if (!ApiRouter.class.isAssignableFrom(type)) {
                continue;
            }
            grouped.add(function.logicalId());
            ApiRouter router = (ApiRouter) type.getDeclaredConstructor().newInstance();
            Set<String> events = function.events().stream().filter(e -> e.type().equals("Api"))
                    .map(api -> intrinsics.text(api.property("Method"), "Method").toUpperCase() + " "
                            + intrinsics.text(api.property("Path"), "Path"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(events, new TreeSet<>(router.routes()), function.logicalId() + "'s Api events and "
                    + type.getSimpleName() + "'s routes");
            assertTrue(function.events().stream().allMatch(e -> e.type().equals("Api")),
                    function.logicalId() + " is invoked by API Gateway only");
        }
        assertTrue(grouped.containsAll(Set.of("TeamsFunction", "ProcessesFunction", "InvitesFunction",
                "CustomLeaderboardsFunction")), grouped.toString());
    }

    /** A handler of a family's route is no function's entrypoint of its own any more: its router serves it. */
    @Test
    void aRoutedHandlerIsNoFunctionsOwnEntrypoint() throws Exception {
        Set<String> entrypoints = functions.stream().map(f -> f.handler().split("::")[0]).collect(Collectors.toSet());
        for (String entrypoint : entrypoints) {
            Class<?> type = Class.forName(entrypoint, false, getClass().getClassLoader());
            if (ApiRouter.class.isAssignableFrom(type)) {
                assertTrue(type.getPackageName().startsWith("io.podium.api."), entrypoint);
            }
        }
        for (String family : List.of("teams", "processes", "invites")) {
            assertTrue(entrypoints.stream().filter(e -> e.startsWith("io.podium.api." + family + ".")).count() == 1,
                    family + " has one function");
        }
    }
}
