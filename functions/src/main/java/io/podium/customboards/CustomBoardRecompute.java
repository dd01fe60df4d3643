package io.podium.customboards;

import io.podium.gamemetrics.MetricDefinition;
import io.podium.gamemetrics.MetricDefinitionStore;
import io.podium.leaderboards.BoardChangedException;
import io.podium.leaderboards.BoardHead;
import io.podium.leaderboards.BoardScoring;
import io.podium.leaderboards.BoardStore;
import io.podium.leaderboards.HiddenDrivers;
import io.podium.leaderboards.RankedEntry;
import io.podium.leaderboards.Standing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Computes a game's custom leaderboards from what they rank by now: every board of every definition, one per scope
 * of a custom one, unless it was computed from values read after {@code due} already (a notice's bucket had closed
 * by then: see {@link io.podium.leaderboards.BoardsTouched}). A player's value is their value of a Playoff point metric, or their all-time
 * total of a metric of daily scores; over a {@link BoardPeriod}, what they earned in it: the sum of their changes of
 * the point metric on its days up to today (UTC), or of their scores on its days up to the metric's cut-off. A
 * team's, its members' values summed or averaged. Disabled and erasing players
 * are on no board and count for no team. Scores are kept in hundredths (an average has two decimals); ties share a
 * rank and are ordered by id. What it reads is read once a run, whatever the number of boards.
 */
public final class CustomBoardRecompute {
    private static final BoardScoring HUNDREDTHS = standing -> BigDecimal.valueOf(standing.accumulated(), 2);
    /** Attempts at publishing one board when another run publishes it at the same time. */
    private static final int ATTEMPTS = 3;

    private final CustomBoardStore store;
    private final MetricDefinitionStore gameMetrics;
    private final EntityValues values;
    private final BoardStore boards;
    private final Clock clock;

    public CustomBoardRecompute(CustomBoardStore store, MetricDefinitionStore gameMetrics, EntityValues values,
                                BoardStore boards, Clock clock) {
        this.store = store;
        this.gameMetrics = gameMetrics;
        this.values = values;
        this.boards = boards;
        this.clock = clock;
    }

    /** The board of a definition's scope ({@code ""} for a board that is not custom) in the board store. */
    static String boardId(String definitionId, String scope) {
        return "custom#" + definitionId + "#" + scope;
    }

    /** A score as a board keeps it, in hundredths. */
    static long hundredths(BigDecimal score) {
        return score.movePointRight(2).longValueExact();
    }

    /** The score a board keeps as shown: a JSON number, without trailing zeros. */
    public static BigDecimal shown(long hundredths) {
        BigDecimal score = BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
        return score.scale() < 0 ? score.setScale(0) : score;
    }

    /** Recomputes every board of the game not computed since {@code due}; answers how many it published. */
    public int recompute(String copid, Instant due) {
        Instant readAt = clock.instant();
        Sources sources = new Sources(copid);
        int published = 0;
        for (LeaderboardDefinition definition : store.list(copid)) {
            Map<String, Set<String>> scopes = definition.custom() ? store.registrations(copid, definition)
                    : Map.of("", Set.of());
            for (Map.Entry<String, Set<String>> scope : scopes.entrySet()) {
                if (publish(copid, definition, boardId(definition.id(), scope.getKey()),
                        definition.custom() ? Optional.of(scope.getValue()) : Optional.empty(), sources, due, readAt)) {
                    published++;
                }
            }
        }
        return published;
    }

    private boolean publish(String copid, LeaderboardDefinition definition, String boardId, Optional<Set<String>> registered,
                            Sources sources, Instant due, Instant readAt) {
        for (int attempt = 1; ; attempt++) {
            Optional<BoardHead> head = boards.head(copid, boardId);
            if (head.flatMap(BoardHead::computedAt).filter(at -> !at.isBefore(due)).isPresent()) {
                return false;
            }
            List<RankedEntry> ranked = rank(definition, registered, sources);
            try {
                boards.publishComputed(copid, boardId, head, stamp(definition), sources.hidden().stamp(), readAt, ranked);
                return true;
            } catch (BoardChangedException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /**
     * What the board is computed for, {@code custom:<entity>:<metric>:<aggregation>[:<start>..<end>]:<custom|open>}: a
     * redefinition of what it ranks makes another board, and a page reads what it ranks from its head.
     */
    private static String stamp(LeaderboardDefinition definition) {
        List<String> parts = new ArrayList<>(List.of("custom", definition.entity().json(), definition.metric(),
                definition.aggregation().json()));
        definition.period().ifPresent(period -> parts.add(period.stamp()));
        parts.add(definition.custom() ? "custom" : "open");
        return String.join(":", parts);
    }

    /** What a board of custom leaderboards ranks, from its head. */
    static BoardEntity entity(BoardHead head) {
        return BoardEntity.named(head.definition().split(":")[1]).orElseThrow();
    }

    /** Whether a board was computed for a custom leaderboard (by scope), from its head. */
    static boolean custom(BoardHead head) {
        return head.definition().endsWith(":custom");
    }

    private List<RankedEntry> rank(LeaderboardDefinition definition, Optional<Set<String>> registered, Sources sources) {
        Map<String, Long> byPlayer = sources.values(definition.metric(), definition.period());
        HiddenDrivers hidden = sources.hidden();
        Map<String, Standing> standings = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        if (definition.entity() == BoardEntity.PLAYERS) {
            Map<String, String> aliases = sources.aliases();
            for (String player : registered.orElse(byPlayer.keySet())) {
                if (aliases.containsKey(player) && !hidden.hides(player)) {
                    standings.put(player, new Standing(player, hundredths(BigDecimal.valueOf(byPlayer.getOrDefault(player, 0L))), 0));
                    labels.put(player, aliases.get(player));
                }
            }
        } else {
            Map<String, EntityValues.TeamMembers> teams = sources.teams();
            for (String team : registered.orElse(teams.keySet())) {
                EntityValues.TeamMembers found = teams.get(team);
                if (found == null) {
                    continue; // a team disbanded since it was registered
                }
                List<Long> memberValues = new ArrayList<>();
                boolean anyValue = false;
                for (String member : found.members()) {
                    if (!hidden.hides(member)) {
                        memberValues.add(byPlayer.getOrDefault(member, 0L));
                        anyValue |= byPlayer.containsKey(member);
                    }
                }
                if (registered.isPresent() || anyValue) {
                    standings.put(team, new Standing(team, hundredths(definition.aggregation().of(memberValues)), 0));
                    labels.put(team, found.name());
                }
            }
        }
        return HUNDREDTHS.rank(standings).stream().map(entry -> entry.labelled(labels.get(entry.userxtid()))).toList();
    }

    /** What one run reads, each once and only if a board needs it. */
    private final class Sources {
        private final String copid;
        private final Map<String, Map<String, Long>> byMetric = new HashMap<>();
        private Map<String, String> aliases;
        private Map<String, EntityValues.TeamMembers> teams;
        private HiddenDrivers hidden;
        private Set<String> pointMetrics;

        Sources(String copid) {
            this.copid = copid;
        }

        Map<String, Long> values(String metric, Optional<BoardPeriod> period) {
            return byMetric.computeIfAbsent(metric + period.map(window -> "@" + window.stamp()).orElse(""), key -> {
                boolean point = pointMetrics().contains(metric);
                if (period.isEmpty()) {
                    return point ? values.points(copid, metric) : values.totals(copid, metric);
                }
                if (point) {
                    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
                    return values.pointsOn(copid, metric, period.get().daysUpTo(today));
                }
                return values.finalizedThrough(copid, metric)
                        .map(cutOff -> values.scoresOn(copid, metric, period.get().daysUpTo(cutOff))).orElse(Map.of());
            });
        }

        private Set<String> pointMetrics() {
            return pointMetrics = once(pointMetrics, () -> Set.copyOf(gameMetrics.catalog(copid).definitions().stream()
                    .map(MetricDefinition::id).toList()));
        }

        Map<String, String> aliases() {
            return aliases = once(aliases, () -> values.aliases(copid));
        }

        Map<String, EntityValues.TeamMembers> teams() {
            return teams = once(teams, () -> values.teams(copid));
        }

        HiddenDrivers hidden() {
            return hidden = once(hidden, () -> values.exclusions(copid).shown());
        }

        private <T> T once(T read, Supplier<T> reader) {
            return read != null ? read : reader.get();
        }
    }
}
