package io.podium.activity;

import io.podium.json.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A team's members' spans, from its own events: joins open them, leaves close them, older memberships count from the team's creation. */
class MembershipSpansTest {
    private static final Instant CREATED = Instant.parse("2026-12-01T00:00:00Z");
    private static final FeedPosition START = FeedPosition.first(CREATED);
    private static final FeedPosition NEWEST = FeedPosition.last(Instant.parse("2026-12-06T00:00:00Z"));

    private static FeedEvent event(long id, String type, String player) {
        return new FeedEvent(id, type, Optional.of(player), CREATED.plusSeconds(id), Json.object(), List.of());
    }

    private static ActivityLog.DriverRange span(String player, FeedPosition from, FeedPosition to) {
        return new ActivityLog.DriverRange(player, new FeedRange(from, to));
    }

    @Test
    void joinsOpenSpansLeavesCloseThemAndAMemberMayComeBack() {
        List<FeedEvent> own = List.of(event(1, "join", "ann"), event(2, "join", "bob"), event(3, "roles", "ann"),
                event(4, "leave", "ann"), event(5, "join", "ann"), event(6, "join", "ann"));
        assertEquals(List.of(
                span("ann", own.get(0).position(), own.get(3).position()),
                span("bob", own.get(1).position(), NEWEST),
                span("ann", own.get(4).position(), NEWEST)), ActivityFeeds.memberships(own, START, NEWEST),
                "a second join of a member changes nothing");
    }

    @Test
    void aMembershipOlderThanTheLogsJoinsCountsFromTheTeamsCreation() {
        List<FeedEvent> own = List.of(event(1, "leave", "ann"), event(2, "transfer", "bob"), event(3, "roles", "cy"),
                event(4, "leave", "cy"));
        assertEquals(List.of(
                span("ann", START, own.get(0).position()),
                span("cy", START, own.get(3).position()),
                span("bob", START, NEWEST)), ActivityFeeds.memberships(own, START, NEWEST));
    }
}
