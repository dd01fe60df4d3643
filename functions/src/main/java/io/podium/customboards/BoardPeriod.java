package io.podium.customboards;

import com.fasterxml.jackson.databind.JsonNode;
import io.podium.errors.FieldErrors;
import io.podium.scores.ScoreRules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The date window a custom leaderboard ranks, as a campaign's: from {@code startDate} to {@code endDate}, both
 * included, at most {@value #MAX_DAYS} days. A board over it ranks what was earned in it: for a Playoff point metric,
 * the changes made on those days (UTC), a revert counting on the day it is made; for a metric of daily scores, the
 * finalized scores of those days. Its recompute reads each day of the window up to today, so the window is bounded.
 */
public record BoardPeriod(LocalDate startDate, LocalDate endDate) {
    /** The longest window, in days: a quarter. */
    public static final int MAX_DAYS = 92;
    /** What {@code period} is when it is all time: the same as leaving it out. */
    static final String ALL_TIME = "alltime";

    /**
     * The {@code period} of a definition: absent, null or {@value #ALL_TIME} (all time), or
     * {@code {"startDate","endDate"}}.
     */
    static Optional<BoardPeriod> parse(JsonNode root, FieldErrors errors) {
        JsonNode node = root.get("period");
        if (node == null || node.isNull() || (node.isTextual() && node.textValue().equals(ALL_TIME))) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            errors.invalid(null, "period", "must be \"" + ALL_TIME + "\" or {\"startDate\",\"endDate\"}");
            return Optional.empty();
        }
        FieldErrors fields = errors.within("period");
        Optional<LocalDate> start = ScoreRules.date(fields.requiredText(node, null, "startDate"), null, "startDate", fields);
        Optional<LocalDate> end = ScoreRules.date(fields.requiredText(node, null, "endDate"), null, "endDate", fields);
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (end.get().isBefore(start.get())) {
            fields.invalid(null, "endDate", "must be on or after startDate");
        } else if (ChronoUnit.DAYS.between(start.get(), end.get()) >= MAX_DAYS) {
            fields.invalid(null, "endDate", "a period holds at most " + MAX_DAYS + " days");
        }
        return Optional.of(new BoardPeriod(start.get(), end.get()));
    }

    /** The days of the window up to {@code last} (today, or a metric's cut-off), oldest first; none before it starts. */
    public List<LocalDate> daysUpTo(LocalDate last) {
        LocalDate end = endDate.isBefore(last) ? endDate : last;
        return end.isBefore(startDate) ? List.of() : startDate.datesUntil(end.plusDays(1)).toList();
    }

    /** {@code <startDate>..<endDate>}: what a board's head says it ranks. */
    String stamp() {
        return startDate + ".." + endDate;
    }
}
