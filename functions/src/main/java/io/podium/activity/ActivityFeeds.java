package io.podium.activity;

import com.fasterxml.jackson.databind.JsonNode;
import io.podium.errors.InvalidInput;
import io.podium.players.Player;
import io.podium.players.PlayerService;
import io.podium.processes.ProcessInstance;
import io.podium.processes.ProcessService;
import io.podium.teams.Team;
import io.podium.teams.TeamEvents;
import io.podium.teams.TeamService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Playoff's activity feeds, read from the company's one event log: the game's (every event), a player's (the events
 * whose actor is the player) and a team's (its own events, and its members' events while they were members). A page
 * holds at most {@value #PAGE} events of the window, newest first; when the window holds more, the page says where it
 * ends, and the next page is what is older.
 *
 * <p>A team's members come from its own events: from the team's creation to the page's newest position, its joins and
 * leaves give each member's spans (a join opens one, a leave closes it; a leave, or a change of roles or owner, of a
 * player with no open span closes or opens one from the team's creation, for memberships older than the log's
 * joins). Each span that meets the page's range is one Query of the member's feed, so a page of a team's feed costs
 * the Queries of the team's own events (one while they fit in 1 MB) and one per span that meets the window.
 *
 * <p>A process's feed is its own events (created, joins, leaves, roles, transfers): Podium's processes hold no tasks
 * of their own, and a performer's rule evaluations are not the process's. One Query a page.
 */
public final class ActivityFeeds {
    /** The most events a page holds. */
    public static final int PAGE = 500;
    /** The type whose payload names winners: players, shown with their aliases too. */
    private static final String COMPLETED = "campaign_completed";
    private static final Comparator<FeedEvent> NEWEST_FIRST = Comparator.comparing(FeedEvent::position).reversed();

    private final ActivityLog log;
    private final FeedNames names;
    private final PlayerService players;
    private final TeamService teams;
    private final ProcessService processes;
    private final int pageSize;

    /** Where a feed's subjects are found: the players, teams and processes of the game. */
    public record Subjects(PlayerService players, TeamService teams, ProcessService processes) {
    }

    public ActivityFeeds(ActivityLog log, FeedNames names, Subjects subjects) {
        this(log, names, subjects, PAGE);
    }

    /** With pages of {@code pageSize} events: the tests' smaller pages. */
    public ActivityFeeds(ActivityLog log, FeedNames names, Subjects subjects, int pageSize) {
        this.log = log;
        this.names = names;
        this.players = subjects.players();
        this.teams = subjects.teams();
        this.processes = subjects.processes();
        this.pageSize = pageSize;
    }

    /** Every event of the game in the window (company-wide ones have no actor). One Query a page. */
    public ActivityPage game(String copid, ActivityWindow window, Optional<FeedPosition> after) {
        FeedRange range = range(window, after);
        return page(copid, window, merge(List.of(log.company(copid, range, pageSize + 1))), Map.of());
    }

    /**
     * The events whose actor is the player (company-wide events name no player, and are left out). One Query a page,
     * and the read of the player.
     *
     * @throws io.podium.errors.NotFound 404 player_not_found
     */
    public ActivityPage player(String copid, String playerId, ActivityWindow window, Optional<FeedPosition> after) {
        Player player = players.find(copid, playerId);
        FeedRange range = range(window, after);
        return page(copid, window, merge(List.of(log.driver(copid, player.id(), range, pageSize + 1))),
                Map.of(player.id(), player.alias()));
    }

    /**
     * The team's own events (joins, leaves, roles, transfers), and its members' events while they were members.
     *
     * @throws io.podium.errors.NotFound 404 team_not_found
     */
    public ActivityPage team(String copid, String teamId, ActivityWindow window, Optional<FeedPosition> after) {
        Team team = teams.find(copid, teamId).team();
        FeedRange range = range(window, after);
        // Events that name this team id before the team was made are an earlier team's of the same id.
        FeedPosition created = FeedPosition.first(team.created());
        List<FeedEvent> own = log.team(copid, team.id(), new FeedRange(created, range.newest()));
        List<ActivityLog.DriverRange> spans = new ArrayList<>();
        for (ActivityLog.DriverRange span : memberships(own, created, range.newest())) {
            FeedRange met = span.range().within(range);
            if (!met.isEmpty()) {
                spans.add(new ActivityLog.DriverRange(span.driver(), met));
            }
        }
        List<FeedSlice> slices = new ArrayList<>(log.drivers(copid, spans, pageSize + 1));
        slices.add(new FeedSlice(own.stream().filter(event -> range.contains(event.position()))
                .sorted(NEWEST_FIRST).toList(), true));
        return page(copid, window, merge(slices), Map.of());
    }

    /**
     * The process's own events, from its creation: a deleted process's id taken again starts a feed of its own.
     *
     * @param pathId {@code owner/id}, or the bare id when one owner's process has it
     * @throws io.podium.errors.NotFound 404 process_not_found
     * @throws io.podium.errors.Conflict 409 process_ambiguous
     */
    public ActivityPage process(String copid, String pathId, ActivityWindow window, Optional<FeedPosition> after) {
        ProcessInstance process = processes.find(copid, pathId);
        FeedRange range = range(window, after).within(new FeedRange(FeedPosition.first(process.created()),
                window.range().newest()));
        FeedSlice own = range.isEmpty() ? new FeedSlice(List.of(), true)
                : log.process(copid, process.id().full(), range, pageSize + 1);
        return page(copid, window, merge(List.of(own)), Map.of());
    }

    /**
     * Each member's spans, from the team's own events up to {@code newest}, oldest first: a join opens one, a leave
     * closes it. A leave, a change of roles or a transfer of a player with no open span is of a membership older than
     * the log's joins: it counts from the team's creation.
     */
    static List<ActivityLog.DriverRange> memberships(List<FeedEvent> own, FeedPosition created, FeedPosition newest) {
        Map<String, FeedPosition> open = new LinkedHashMap<>();
        List<ActivityLog.DriverRange> spans = new ArrayList<>();
        for (FeedEvent event : own) {
            if (event.actor().isEmpty()) {
                continue;
            }
            String player = event.actor().get();
            switch (event.type()) {
                case TeamEvents.JOIN -> open.putIfAbsent(player, event.position());
                case TeamEvents.LEAVE -> spans.add(new ActivityLog.DriverRange(player,
                        new FeedRange(Optional.ofNullable(open.remove(player)).orElse(created), event.position())));
                default -> open.putIfAbsent(player, created);
            }
        }
        open.forEach((player, since) -> spans.add(new ActivityLog.DriverRange(player, new FeedRange(since, newest))));
        return spans;
    }

    /** The window, or what of it is older than the previous page's end. */
    private static FeedRange range(ActivityWindow window, Optional<FeedPosition> after) {
        FeedRange range = window.range();
        if (after.isEmpty()) {
            return range;
        }
        if (!range.contains(after.get())) {
            throw InvalidInput.validationFailed("cursor", "is not of this window: keep the start and end of its link");
        }
        return new FeedRange(range.oldest(), after.get().before());
    }

    /** The events of a page, and whether the window holds more after them. */
    private record Merged(List<FeedEvent> events, boolean more) {
    }

    /**
     * The slices' events, each once, newest first, as far as every slice is known: below the last event of a slice
     * that is not complete, that slice may hold events not read, so the page stops there. A page longer than
     * {@link #pageSize} is cut to it.
     */
    private Merged merge(List<FeedSlice> slices) {
        Map<Long, FeedEvent> byId = new HashMap<>();
        slices.forEach(slice -> slice.events().forEach(event -> byId.putIfAbsent(event.id(), event)));
        Optional<FeedPosition> known = slices.stream()
                .filter(slice -> !slice.complete() && !slice.events().isEmpty())
                .map(slice -> slice.events().get(slice.events().size() - 1).position())
                .max(Comparator.naturalOrder());
        List<FeedEvent> events = byId.values().stream()
                .filter(event -> known.isEmpty() || event.position().compareTo(known.get()) >= 0)
                .sorted(NEWEST_FIRST).toList();
        List<FeedEvent> page = events.subList(0, Math.min(pageSize, events.size()));
        return new Merged(page, !page.isEmpty() && (known.isPresent() || events.size() > pageSize));
    }

    private ActivityPage page(String copid, ActivityWindow window, Merged merged, Map<String, String> known) {
        List<FeedEvent> events = merged.events();
        Set<String> named = new LinkedHashSet<>();
        events.forEach(event -> named.addAll(named(event)));
        named.removeAll(known.keySet());
        FeedNames.Names names = this.names.of(copid, named);
        Map<String, String> aliases = new HashMap<>(known);
        aliases.putAll(names.aliases());
        return new ActivityPage(window, events, aliases, names.catalog(),
                merged.more() ? Optional.of(events.get(events.size() - 1).position()) : Optional.empty());
    }

    /** The players an event names: its actor, and a completed campaign's winners. */
    private static List<String> named(FeedEvent event) {
        List<String> ids = new ArrayList<>();
        event.actor().ifPresent(ids::add);
        if (event.type().equals(COMPLETED)) {
            for (JsonNode winner : event.payload().path("winners")) {
                if (winner.path("id").isTextual()) {
                    ids.add(winner.path("id").asText());
                }
            }
        }
        return ids;
    }
}
