package io.podium.levels;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LevelScaleTest {
    private static final LevelScale SCALE = LevelScale.DEFAULT;

    @Test
    void theDefaultsGiveTheEasirExample() {
        assertEquals(3.90625, SCALE.threshold(8));
        assertEquals(7.8125, SCALE.threshold(9));
        assertEquals(8, SCALE.levelFor(5));
    }

    @Test
    void belowLevelOneIsLevelZeroAndTheTopIsTheCount() {
        assertEquals(0, SCALE.levelFor(0.03));
        assertEquals(1, SCALE.levelFor(0.030517578125));
        assertEquals(0, SCALE.threshold(0));
        assertEquals(30, SCALE.levelFor(1e12));
        assertEquals(3, new LevelScale(10, 3, 3).levelFor(1_000));
    }
}
