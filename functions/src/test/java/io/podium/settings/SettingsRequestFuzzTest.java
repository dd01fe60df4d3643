package io.podium.settings;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;
import io.podium.levels.LevelScale;
import io.podium.scores.ScoreRules;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any PUT settings body: settings within their bounds, or a refusal. */
class SettingsRequestFuzzTest {
    @FuzzTest
    void parse(byte[] body) {
        ParsedOrRefused.of(() -> SettingsRequest.parse(body)).ifPresent(settings -> {
            settings.autoFinalizeAfterDays().ifPresent(days ->
                    assertTrue(days >= 0 && days <= SettingsRequest.MAX_DAYS, () -> "days " + days));
            LevelScale levels = settings.levels();
            assertTrue(Double.isFinite(levels.base()) && levels.base() > 0 && levels.base() <= 1e12, levels::toString);
            assertTrue(levels.factor() >= 1.0001 && levels.factor() <= 100, levels::toString);
            assertTrue(levels.count() >= 1 && levels.count() <= SettingsRequest.MAX_LEVELS, levels::toString);
            // Every level has a finite threshold, above the one before: levelFor() can place any driver.
            for (int level = 1; level <= levels.count(); level++) {
                int n = level;
                assertTrue(Double.isFinite(levels.threshold(n)) && levels.threshold(n) > levels.threshold(n - 1),
                        () -> levels + " at level " + n);
            }
            settings.points().ifPresent(points -> points.forEach((metric, weight) -> {
                assertTrue(ScoreRules.METRIC.matcher(metric).matches(), metric);
                assertTrue(weight >= 0 && weight <= SettingsRequest.MAX_WEIGHT, () -> metric + ": " + weight);
            }));
        });
    }
}
