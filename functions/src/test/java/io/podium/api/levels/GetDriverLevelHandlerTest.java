package io.podium.api.levels;

import io.podium.levels.LevelScale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GetDriverLevelHandlerTest {
    private static final LevelScale SCALE = LevelScale.DEFAULT;

    @Test
    void theLevelJsonFollowsTheEasirShape() {
        assertEquals("{\"name\":\"level_8\",\"points\":5,\"progress_pct\":64,\"level_threshold\":3.90625,"
                + "\"next_level\":{\"name\":\"level_9\",\"level_threshold\":7.8125}}",
                GetDriverLevelHandler.json(SCALE, 8, 5).toString());
        assertEquals("{\"name\":\"level_3\",\"points\":2000,\"progress_pct\":100,\"level_threshold\":90,\"next_level\":null}",
                GetDriverLevelHandler.json(new LevelScale(10, 3, 3), 3, 2000).toString());
    }
}
