package io.podium.scores;

import java.util.ArrayList;
import java.util.List;

/**
 * A validated POST …/scores/corrections body: a batch exactly as POST …/scores takes it (the same rules, limits and
 * codes, read by {@link ScoreBatchParser}), and why it is corrected, 1 to {@value #MAX_REASON} characters without
 * control characters.
 */
public record CorrectionRequest(ScoreBatch batch, String reason) {
    public static final int MAX_REASON = 500;

    public static CorrectionRequest parse(byte[] body) {
        List<String> reason = new ArrayList<>(1);
        ScoreBatch batch = ScoreBatchParser.parse(body,
                (root, errors) -> errors.requiredLabel(root, "reason", MAX_REASON).ifPresent(reason::add));
        return new CorrectionRequest(batch, reason.get(0));
    }
}
