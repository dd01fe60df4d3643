package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Submissions racing a finalize of the same day: every 200 is stored, every refusal is not, and once the
 * finalize has answered nothing more is accepted for that day.
 */
@ExtendWith(SharedPodium.class)
class FinalizeRaceIT {
    private static final String DAY = "2026-05-10";
    private static final int WRITERS = 8;
    private static final int DRIVERS_PER_BATCH = 10;
    private static final int BATCHES_AFTER_FINALIZE = 3;

    record Outcome(String firstDriver, int status, boolean sentAfterFinalizeAnswered) {
    }

    @Test
    void everyAnswerMatchesWhatWasStored(LocalPodium podium) throws Exception {
        Tenant acme = Tenant.create(podium);
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicInteger accepted = new AtomicInteger();
        AtomicLong finalizedAt = new AtomicLong(Long.MAX_VALUE);
        CountDownLatch warmedUp = new CountDownLatch(WRITERS * 2);

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                int afterFinalize = 0;
                for (int b = 0; afterFinalize < BATCHES_AFTER_FINALIZE && b < 10_000; b++) {
                    String first = "w" + writer + "-b" + b + "-";
                    long sentAt = System.nanoTime();
                    boolean finalizeAnswered = sentAt > finalizedAt.get();
                    Response response = acme.submit(Tenant.batch("race", DAY, drivers(first)));
                    outcomes.add(new Outcome(first, response.status(), finalizeAnswered));
                    if (response.status() == 200) {
                        accepted.incrementAndGet();
                    }
                    if (finalizeAnswered) {
                        afterFinalize++;
                    }
                    warmedUp.countDown();
                }
            }));
        }
        assertTrue(warmedUp.await(60, TimeUnit.SECONDS));
        Response finalized = acme.finalizeThrough("race", DAY);
        finalizedAt.set(System.nanoTime());
        assertEquals(200, finalized.status(), finalized.toString());
        for (Future<?> writer : writers) {
            writer.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Map<String, Integer> stored = storedScores(acme);
        int checked = 0;
        for (Outcome outcome : outcomes) {
            for (int i = 0; i < DRIVERS_PER_BATCH; i++) {
                String driver = outcome.firstDriver() + i;
                if (outcome.status() == 200) {
                    assertEquals(i, stored.get(driver), "accepted but not stored: " + driver);
                } else {
                    assertTrue(!stored.containsKey(driver), "refused with " + outcome.status() + " but stored: " + driver);
                }
            }
            if (outcome.sentAfterFinalizeAnswered()) {
                assertEquals(412, outcome.status(), "accepted after the finalize answered: " + outcome.firstDriver());
            } else {
                assertTrue(List.of(200, 412, 503).contains(outcome.status()), "unexpected " + outcome.status());
            }
            checked++;
        }
        assertEquals(accepted.get() * DRIVERS_PER_BATCH, stored.size());
        assertTrue(accepted.get() >= WRITERS, "too few accepted batches to call this a race: " + accepted.get());
        assertTrue(checked >= accepted.get() + WRITERS * BATCHES_AFTER_FINALIZE);
    }

    private static String[] drivers(String prefix) {
        String[] pairs = new String[DRIVERS_PER_BATCH * 2];
        for (int i = 0; i < DRIVERS_PER_BATCH; i++) {
            pairs[2 * i] = prefix + i;
            pairs[2 * i + 1] = Integer.toString(i);
        }
        return pairs;
    }

    private static Map<String, Integer> storedScores(Tenant acme) {
        Map<String, Integer> stored = new HashMap<>();
        String cursor = "";
        while (cursor != null) {
            JsonNode page = acme.scores("race", DAY, "&limit=1000" + cursor).json();
            page.get("scores").forEach(s -> stored.put(s.get("userxtid").asText(), s.get("score").asInt()));
            cursor = page.get("next").isNull() ? null : "&cursor=" + page.get("next").asText();
        }
        return stored;
    }
}
