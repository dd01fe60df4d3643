package io.podium.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Percentiles of measured samples (nearest rank). */
final class Stats {
    private Stats() {
    }

    static double percentile(List<Double> samples, double percent) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static double median(List<Double> samples) {
        return percentile(samples, 50);
    }
}
