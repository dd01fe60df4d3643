package io.podium.levels;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LevelDefinitionTest {
    private static final LevelDefinition CAREER = new LevelDefinition("career", "career", "salary", "grade",
            List.of(new LevelThreshold("manager", 6000), new LevelThreshold("gen_manager", 10000)));

    @Test
    void aPlayerIsInTheLastThresholdTheirPointsReachOrInNone() {
        assertEquals(Optional.empty(), CAREER.stateFor(5999), "below the first");
        assertEquals(Optional.of("manager"), CAREER.stateFor(6000), "a threshold is reached at its min");
        assertEquals(Optional.of("manager"), CAREER.stateFor(9999));
        assertEquals(Optional.of("gen_manager"), CAREER.stateFor(1e15));
        assertEquals(Optional.empty(), CAREER.stateFor(-1));
    }

    @Test
    void thresholdsRise() {
        assertThrows(IllegalArgumentException.class, () -> new LevelDefinition("x", "x", "m", "s",
                List.of(new LevelThreshold("a", 10), new LevelThreshold("b", 10))));
    }

    @Test
    void easirsScaleIsSuchADefinitionAndPlacesDriversByItsRule() {
        LevelDefinition easir = LevelScale.DEFAULT.definition();
        assertEquals(31, easir.thresholds().size(), "level_0 to level_30");
        assertEquals(new LevelThreshold("level_8", 3.90625), easir.thresholds().get(8));
        for (double points : new double[] {-3, 0, 0.03, 0.030517578125, 5, 7.8125, 1e12}) {
            assertEquals(LevelScale.DEFAULT.levelFor(points), easir.reached(points).orElse(0), "points " + points);
            assertEquals(LevelScale.name(LevelScale.DEFAULT.levelFor(points)), easir.stateFor(points).orElse("level_0"));
        }
    }
}
