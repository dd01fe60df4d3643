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

    /** A board of one team's: only its members, less the hidden; other members are another board. */
    @Test
    void amongATeamItHidesEveryoneElse() {
        HiddenDrivers hidden = new HiddenDrivers(Set.of("a"), 0);
        HiddenDrivers team = hidden.among(Set.of("a", "b"));
        assertTrue(team.hides("a"), "a hidden member stays hidden");
        assertFalse(team.hides("b"));
        assertTrue(team.hides("c"), "not a member");
        assertNotEquals(hidden.stamp(), team.stamp());
        assertNotEquals(team.stamp(), hidden.among(Set.of("a", "b", "c")).stamp(), "a member joined");
        assertEquals(team.stamp(), hidden.among(Set.of("b", "a")).stamp());
        assertNotEquals("", HiddenDrivers.NONE.among(Set.of()).stamp(), "an empty team is not the whole company");
    }
}
