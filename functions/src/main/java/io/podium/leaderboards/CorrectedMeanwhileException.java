package io.podium.leaderboards;

/**
 * A correction of the metric committed while the recompute read its scores, after it had read which corrections there
 * were: what it read is not what it would account for, so it starts again.
 */
public final class CorrectedMeanwhileException extends RuntimeException {
    public CorrectedMeanwhileException(String metric, long seen) {
        super("metric " + metric + " was corrected past correction " + seen + " while its boards were recomputed");
    }
}
