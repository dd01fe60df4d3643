package io.podium.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Throttling per token, as template.yaml declares it (TokenUsagePlan): each token is an API key of the plan, so a
 * token over its burst is answered 429 while another token of the same company is not. A runtime of its own with a
 * burst of 3 and 1 request per second, so that a quick run of requests must overflow it whatever the machine's speed.
 */
class ThrottlingIT {
    private static final int BURST = 3;
    private static final int REQUESTS = 20;
    private static final String DATE = "2026-01-05";
    private static LocalPodium podium;

    @BeforeAll
    static void start() {
        podium = LocalPodium.inMemory(Map.of("TokenRateLimit", "1", "TokenBurstLimit", Integer.toString(BURST),
                "ThrottlingRateLimit", "100000", "ThrottlingBurstLimit", "100000"));
    }

    @AfterAll
    static void stop() {
        podium.close();
    }

    @Test
    void aTokenOverItsBurstIs429AndWritesNothingWhileItsNeighbourIsServed() {
        Tenant busy = Tenant.create(podium, Tenant.ALL_COMPANY_SCOPES);
        Set<String> accepted = new TreeSet<>();
        int throttled = 0;
        for (int i = 1; i <= REQUESTS; i++) {
            String driver = String.format("u%02d", i);
            Response response = busy.submit(Tenant.batch("steps", DATE, driver, Integer.toString(i)));
            if (response.status() == 429) {
                assertEquals("throttled", response.errorCode(), response.toString());
                throttled++;
            } else {
                assertEquals(200, response.status(), response.toString());
                accepted.add(driver);
            }
        }
        assertTrue(throttled > 0, "a burst of " + BURST + " at 1/s cannot take " + REQUESTS + " requests in a row");
        assertTrue(accepted.size() >= BURST, "the burst itself is served: " + accepted);

        // One request, well within the neighbour's own burst.
        Tenant neighbour = Tenant.withToken(podium, busy.copid(), Tenant.ALL_COMPANY_SCOPES);
        Response read = neighbour.scores("steps", DATE, "");
        assertEquals(200, read.status(), "another token of the company has a bucket of its own: " + read);
        Set<String> stored = new TreeSet<>();
        read.json().get("scores").forEach(score -> stored.add(score.get("userxtid").asText()));
        assertEquals(accepted, stored, "every accepted batch is stored and no throttled one is");
    }

    @Test
    void healthNeedsNoKeyAndIsNotThrottledPerToken() {
        for (int i = 0; i < REQUESTS; i++) {
            assertEquals(200, podium.http().get("/health", null).status());
        }
    }
}
