package io.podium.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.tokens.Tier;
import io.podium.tokens.UsagePlanKeys;
import io.podium.wiring.Wiring;

import java.util.UUID;

/**
 * Child JVM of the cold-start scenario's first key: what CreateTokenFunction does the first time a company gets a
 * token, in a fresh execution environment: the API Gateway client made on first use, the company's key created and
 * added to the standard plan (whose id is looked up by name once). Init is the wiring; the invoke is the key's
 * creation. Argument: copid.
 */
public final class FirstKeyDriver {
    private FirstKeyDriver() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        UsagePlanKeys keys = Wiring.aws().usagePlanKeys();
        long initialized = System.nanoTime();
        // An API key's value is 20 to 128 characters.
        keys.ensure(args[0], "bench" + UUID.randomUUID().toString().replace("-", ""), Tier.STANDARD);
        long invoked = System.nanoTime();
        DriverSupport.report(new APIGatewayProxyResponseEvent().withStatusCode(200), initialized - start,
                invoked - initialized, "");
    }
}
