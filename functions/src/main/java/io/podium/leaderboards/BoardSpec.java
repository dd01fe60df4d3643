package io.podium.leaderboards;

import io.podium.campaigns.Campaign;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A board kept up to date from one metric's finalized days: a campaign's (with its date window), a rank's or a
 * badge statistic's (from the metric's first day, without end). A board computed for another definition is
 * rebuilt from {@code start}. A {@code shown} board (a campaign's or a rank's) leaves disabled and erasing players out;
 * a statistic only erasing ones, as badges, levels and a player's profile read it ({@link BoardExclusions}). A board of
 * one team's counts only its {@code members}.
 */
public record BoardSpec(String copid, String boardId, String definition, LocalDate start, Optional<LocalDate> end,
                        DayScoring scoring, Optional<Campaign> campaign, boolean shown, Optional<Set<String>> members) {

    public static BoardSpec of(Campaign campaign) {
        return new BoardSpec(campaign.copid(), campaign.id(), campaign.boardDefinition(), campaign.startDate(),
                Optional.of(campaign.endDate()), new Scoring(campaign.aggregation()), Optional.of(campaign), true,
                Optional.empty());
    }

    /** A rank's board: from the metric's first day, without end, shown; a rank of one team's, of its members only. */
    public static BoardSpec ranking(String copid, String boardId, String definition, LocalDate start, DayScoring scoring,
                                    Optional<Set<String>> members) {
        return new BoardSpec(copid, boardId, definition, start, Optional.empty(), scoring, Optional.empty(), true, members);
    }

    /** A statistic's board: from the metric's first day, without end, counting every driver. */
    public static BoardSpec unbounded(String copid, String boardId, String definition, LocalDate start, DayScoring scoring) {
        return new BoardSpec(copid, boardId, definition, start, Optional.empty(), scoring, Optional.empty(), false,
                Optional.empty());
    }

    /** The drivers the board leaves out, of those its company's boards do. */
    HiddenDrivers hidden(BoardExclusions excluded) {
        HiddenDrivers company = shown ? excluded.shown() : excluded.statistics();
        return members.map(company::among).orElse(company);
    }

    /** The last day the board counts, given the metric's cut-off. */
    LocalDate lastDay(LocalDate cutOff) {
        return end.filter(cutOff::isAfter).orElse(cutOff);
    }

    /** Whether the cut-off has passed the end: the board is final. */
    boolean completeAt(LocalDate cutOff) {
        return end.filter(last -> !cutOff.isBefore(last)).isPresent();
    }
}
