package io.podium.scores;

import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.recompute.EnqueueFailedException;
import io.podium.recompute.RecomputeRequest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The decision of when to queue a recompute; the store itself is tested on the local DynamoDB engine elsewhere. */
class FinalizerTest {
    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

    /** Records the cut-off a real store would hold after the call. */
    private static final class CutOff implements MetricStore {
        Optional<LocalDate> through = Optional.empty();

        @Override
        public Optional<Metric> find(String copid, String metric) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Metric> list(String copid) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forEach(BiConsumer<String, Metric> action) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Metric finalizeThrough(String copid, String metric, LocalDate date, Instant now) {
            if (through.isEmpty() || through.get().isBefore(date)) {
                through = Optional.of(date);
            }
            return new Metric(metric, through, NOW, new TreeSet<>());
        }
    }

    private final CutOff metrics = new CutOff();
    private final List<RecomputeRequest> sent = new ArrayList<>();
    private final Finalizer finalizer = new Finalizer(metrics, sent::add, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void queuesARecomputeWhenTheCutOffAdvances() {
        assertEquals(Optional.of(MARCH_10), finalizer.finalizeThrough("acme", "eco", MARCH_10).finalizedThrough());
        assertEquals(List.of(RecomputeRequest.afterFinalize("acme", "eco", MARCH_10)), sent);
    }

    @Test
    void queuesAgainWhenTheSameFinalizeIsRetried() {
        finalizer.finalizeThrough("acme", "eco", MARCH_10);
        finalizer.finalizeThrough("acme", "eco", MARCH_10);
        assertEquals(2, sent.size());
    }

    @Test
    void anEarlierDateChangesNothingAndQueuesNothing() {
        finalizer.finalizeThrough("acme", "eco", MARCH_10);
        Metric after = finalizer.finalizeThrough("acme", "eco", MARCH_10.minusDays(3));
        assertEquals(Optional.of(MARCH_10), after.finalizedThrough());
        assertEquals(1, sent.size());
    }

    @Test
    void aFailedSendSurfacesSoTheClientRetries() {
        Finalizer failing = new Finalizer(metrics, request -> {
            throw new EnqueueFailedException("down");
        }, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThrows(EnqueueFailedException.class, () -> failing.finalizeThrough("acme", "eco", MARCH_10));
        assertEquals(Optional.of(MARCH_10), metrics.through);
    }
}
