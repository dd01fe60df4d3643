package io.podium.leaderboards;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HiddenDriversTest {
    @Test
    void nobodyHiddenAndNoErasureStampsNothingSoEarlierBoardsStayCurrent() {
        assertEquals("", HiddenDrivers.NONE.stamp());
        assertEquals("", new HiddenDrivers(Set.of(), 0).stamp());
    }

    @Test
    void theStampNamesTheSetWhateverItsOrderAndEveryErasure() {
        HiddenDrivers ab = new HiddenDrivers(Set.of("a", "b"), 0);
        assertEquals(ab.stamp(), new HiddenDrivers(Set.of("b", "a"), 0).stamp());
        assertNotEquals(ab.stamp(), new HiddenDrivers(Set.of("a"), 0).stamp());
        assertNotEquals(ab.stamp(), new HiddenDrivers(Set.of("a", "b"), 1).stamp(), "an erasure rebuilds every board");
        assertNotEquals("", new HiddenDrivers(Set.of(), 1).stamp(), "once a company erased someone, even with nobody hidden");
        assertEquals(16, ab.stamp().length());
    }

    @Test
    void itHidesItsDriversOnly() {
        HiddenDrivers hidden = new HiddenDrivers(Set.of("a"), 3);
        assertTrue(hidden.hides("a"));
        assertFalse(hidden.hides("b"));
    }
}
