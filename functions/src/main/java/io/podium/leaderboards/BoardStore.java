package io.podium.leaderboards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where computed leaderboards live. A board is published as a new immutable version and then made current,
 * so readers never see half a board.
 */
public interface BoardStore {
    /** The current head, read strongly consistently. */
    Optional<BoardHead> head(String copid, String campaignId);

    /** Every entry of the head's version, in board order. */
    List<RankedEntry> entries(String copid, String campaignId, BoardHead head);

    /**
     * Writes {@code ranked} as a new version and makes it current, provided the current head is still
     * {@code previous} (or there is none, when {@code previous} is empty). {@code hiding} is the stamp of the drivers
     * it was computed without, {@code corrections} the latest of its metric's corrections it reflects.
     *
     * @throws BoardChangedException if another writer got there first
     */
    BoardHead publish(String copid, String campaignId, Optional<BoardHead> previous, String definition, String hiding,
                      long corrections, LocalDate computedThrough, List<RankedEntry> ranked);

    /**
     * {@link #publish}, for a board of values read at {@code computedAt} (not of finalized days): its head says when,
     * and its cut-off is that day.
     *
     * @throws BoardChangedException if another writer got there first
     */
    BoardHead publishComputed(String copid, String boardId, Optional<BoardHead> previous, String definition, String hiding,
                              Instant computedAt, List<RankedEntry> ranked);

    /**
     * Moves only the cut-off and the corrections the board reflects, when no new day and no corrected day falls inside
     * the board's window.
     */
    void advance(String copid, String campaignId, BoardHead head, LocalDate computedThrough, long corrections);

    /** Entries {@code offset} to {@code offset + limit - 1}; empty if the campaign has no board yet. */
    Optional<BoardPage> page(String copid, String campaignId, int offset, int limit);

    /**
     * The {@code limit} entries around the driver's (theirs in the middle, shifted to stay inside the board), as
     * {@link #page} answers them; empty if the driver is not ranked.
     */
    Optional<BoardPage> around(String copid, String campaignId, String userxtid, int limit);

    /** A driver's entry and the board's head; empty if the driver is not ranked. */
    Optional<DriverStanding> standing(String copid, String campaignId, String userxtid);

    /** Removes a campaign's board, if it has one. */
    void delete(String copid, String campaignId);

    /** A driver's place on one board. */
    record DriverStanding(RankedEntry entry, String definition, int total) {
    }
}
