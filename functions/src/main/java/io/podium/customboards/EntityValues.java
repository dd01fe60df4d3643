package io.podium.customboards;

import io.podium.leaderboards.BoardExclusions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a custom leaderboard ranks by, read for a whole game in a few calls. */
public interface EntityValues {
    /** Every player's value of a Playoff point metric of the game, by player id: those who have one. */
    Map<String, Long> points(String copid, String metric);

    /** Every driver's all-time total of a metric of daily scores, by id: those with a finalized score. */
    Map<String, Long> totals(String copid, String metric);

    /** Each player's sum of their changes of a Playoff point metric made on these days (UTC): those with one. */
    Map<String, Long> pointsOn(String copid, String metric, List<LocalDate> days);

    /** Each driver's sum of their scores of a metric of daily scores on these days: those with one. */
    Map<String, Long> scoresOn(String copid, String metric, List<LocalDate> days);

    /** The last day a metric of daily scores is finalized through, if any. */
    Optional<LocalDate> finalizedThrough(String copid, String metric);

    /** The aliases of the game's players, by id (all of them: a board names each entry). */
    Map<String, String> aliases(String copid);

    /** The game's teams: each team's name and its members' ids. */
    Map<String, TeamMembers> teams(String copid);

    /** Who the boards leave out: disabled and erasing players. */
    BoardExclusions exclusions(String copid);

    record TeamMembers(String name, Set<String> members) {
        public TeamMembers {
            members = Set.copyOf(members);
        }
    }
}
