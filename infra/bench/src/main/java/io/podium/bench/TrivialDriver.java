package io.podium.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

import java.nio.file.Path;

/**
 * Child JVM of the cold-start scenario, baseline: the same fixture and event, the same JVM flags and classpath as
 * {@link ColdStartDriver}, but the {@link TrivialHandler}. Arguments: fixture path, copid.
 */
public final class TrivialDriver {
    private TrivialDriver() {
    }

    public static void main(String[] args) throws Exception {
        APIGatewayProxyRequestEvent event = DriverSupport.event(Path.of(args[0]), args[1]);
        long start = System.nanoTime();
        TrivialHandler handler = new TrivialHandler();
        long initialized = System.nanoTime();
        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);
        long invoked = System.nanoTime();
        DriverSupport.report(response, initialized - start, invoked - initialized, "");
    }
}
