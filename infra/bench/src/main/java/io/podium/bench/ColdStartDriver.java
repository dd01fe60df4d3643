package io.podium.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.api.scores.SubmitScoresHandler;
import io.podium.wiring.SnapStartPriming;
import org.crac.Core;

import java.nio.file.Path;

/**
 * Child JVM of the cold-start scenario: what Lambda does in a fresh execution environment of SubmitScoresFunction.
 * Init is the handler's class initialization and no-argument constructor; then one invoke with the fixture.
 * Arguments: mode ({@code cold}, or {@code primed}: run the registered SnapStart priming between init and the
 * invoke, as the checkpoint would), fixture path, copid.
 */
public final class ColdStartDriver {
    private ColdStartDriver() {
    }

    public static void main(String[] args) throws Exception {
        boolean primed = switch (args[0]) {
            case "cold" -> false;
            case "primed" -> true;
            default -> throw new IllegalArgumentException("mode must be cold or primed: " + args[0]);
        };
        APIGatewayProxyRequestEvent event = DriverSupport.event(Path.of(args[1]), args[2]);
        long start = System.nanoTime();
        SubmitScoresHandler handler = new SubmitScoresHandler();
        long initialized = System.nanoTime();
        if (primed) {
            // What SnapStart runs before it takes the snapshot; the invoke below is then the first after a restore.
            for (SnapStartPriming priming : SnapStartPriming.registered()) {
                priming.beforeCheckpoint(Core.getGlobalContext());
            }
        }
        long invokeStart = System.nanoTime();
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        long invoked = System.nanoTime();
        DriverSupport.report(response, initialized - start, invoked - invokeStart,
                primed ? "primers=" + SnapStartPriming.registered().size() : "");
    }
}
