package io.podium.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Data written before a SIGTERM is there after a restart on the same data directory. */
class RestartIT {
    @Test
    void dataAndTokensSurviveARestart(@TempDir Path dataDir) {
        Tenant acme;
        try (LocalPodium first = LocalPodium.persistent(dataDir)) {
            acme = Tenant.create(first);
            assertEquals(200, acme.submit(Tenant.batch("eco", "2026-03-01", "d1", "10", "d2", "20")).status());
            assertEquals(200, acme.finalizeThrough("eco", "2026-03-01").status());
            // 143 is the JVM's exit status after SIGTERM once its shutdown hooks have run.
            assertEquals(143, first.stop(), first.output());
            assertTrue(first.output().contains("listening on http://127.0.0.1:"), first.output());
            assertFalse(first.output().contains("failed"), "a part did not stop cleanly:\n" + first.output());
        }
        assertTrue(Files.isDirectory(dataDir.resolve("dynamodb")), "the DynamoDB engine keeps its files under the data dir");

        try (LocalPodium second = LocalPodium.persistent(dataDir)) {
            Tenant again = new Tenant(acme.copid(), acme.token(), second.http());
            Response day = again.scores("eco", "2026-03-01", "");
            assertEquals(200, day.status(), day + "\n" + second.output());
            assertEquals(2, day.json().get("scores").size());
            assertTrue(day.json().get("finalized").asBoolean());
            assertEquals(412, again.submit(Tenant.batch("eco", "2026-03-01", "d1", "11")).status());
        }
    }
}
