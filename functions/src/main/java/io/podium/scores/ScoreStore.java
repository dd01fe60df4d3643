package io.podium.scores;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where daily scores live. */
public interface ScoreStore {
    /**
     * Stores every score of the batch and creates its metric if missing, all or nothing, unless the
     * batch's date is on or before the metric's cut-off. Contention or throttling that outlasts the store's
     * retries is a transient fault (answered 503 busy).
     *
     * @throws ScoreFinalizedException if the date is finalized; nothing is written
     */
    void putBatch(String copid, ScoreBatch batch, Instant now);

    /** Deletes the driver's score of each of these days there is one of, finalized or not; answers how many. */
    int erase(String copid, String metric, String userxtid, List<LocalDate> days);

    /** A page of one day's scores in userxtid order, strongly consistent. */
    ScorePage day(String copid, String metric, LocalDate date, int limit, Optional<String> afterUserxtid);

    /** One driver's scores of these days, those there are, by day; strongly consistent (100 days a call). */
    Map<LocalDate, StoredScore> driver(String copid, String metric, String userxtid, List<LocalDate> days);
}
