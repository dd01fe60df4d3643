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

    @Test
    void theLevelJsonFollowsTheEasirShape() {
        assertEquals("{\"name\":\"level_8\",\"points\":5,\"progress_pct\":64,\"level_threshold\":3.90625,"
                + "\"next_level\":{\"name\":\"level_9\",\"level_threshold\":7.8125}}",
                GetDriverLevelHandler.json(SCALE, 8, 5).toString());
        assertEquals("{\"name\":\"level_3\",\"points\":2000,\"progress_pct\":100,\"level_threshold\":90,\"next_level\":null}",
                GetDriverLevelHandler.json(new LevelScale(10, 3, 3), 3, 2000).toString());
    }
}
