package io.podium.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A company's metric and how far it is finalized. {@code scoreMonths} are the months that have scores: boards
 * without a date window (ranks, badge statistics) read a metric's whole history, and only these months of it.
 */
public record Metric(String name, Optional<LocalDate> finalizedThrough, Instant createdAt, SortedSet<YearMonth> scoreMonths) {
    public Metric {
        scoreMonths = Collections.unmodifiableSortedSet(new TreeSet<>(scoreMonths));
    }

    public boolean isFinalized(LocalDate date) {
        return finalizedThrough.filter(cutOff -> !date.isAfter(cutOff)).isPresent();
    }

    /**
     * The first day that can have a score. Metrics stored before months were recorded count from the day they
     * were created.
     */
    public LocalDate historyStart() {
        return scoreMonths.isEmpty()
                ? LocalDate.ofInstant(createdAt, ZoneOffset.UTC)
                : scoreMonths.first().atDay(1);
    }

    /** Every day that can have a score, through {@code today} for a metric stored before months were recorded. */
    public List<LocalDate> daysThatMayHaveScores(LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        if (scoreMonths.isEmpty()) {
            historyStart().datesUntil(today.plusDays(1)).forEach(days::add);
        } else {
            scoreMonths.forEach(month -> month.atDay(1).datesUntil(month.plusMonths(1).atDay(1)).forEach(days::add));
        }
        return days;
    }

    /** Whether the day can have scores, so that reading it is worth a call. */
    public boolean mayHaveScores(LocalDate day) {
        return scoreMonths.isEmpty() || scoreMonths.contains(YearMonth.from(day));
    }
}
