package io.podium.adapters.sqs;

import io.podium.customboards.BoardsNotice;
import io.podium.leaderboards.BoardsTouched;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The custom leaderboards' queue, a standard queue whose delay ({@code DelaySeconds}, template.yaml) is at least a
 * {@link BoardsNotice#BUCKET}. A container sends one notice per company and bucket, however many changes it makes
 * in it; containers that send the same notice make the consumer look at the boards twice, and the second finds them
 * computed since it was due. A notice that cannot be sent is logged, not thrown: the change it follows is made.
 */
public final class SqsBoardsTouched implements BoardsTouched {
    /** Companies remembered per container before the memory is cleared: a few kilobytes. */
    private static final int REMEMBERED = 10_000;

    private final SqsClient sqs;
    private final String queueUrl;
    private final Clock clock;
    private final Map<String, BoardsNotice> sent = new ConcurrentHashMap<>();

    public SqsBoardsTouched(SqsClient sqs, String queueUrl, Clock clock) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.clock = clock;
    }

    @Override
    public void touched(String copid) {
        BoardsNotice notice = BoardsNotice.of(copid, clock.instant());
        if (notice.equals(sent.get(copid))) {
            return;
        }
        try {
            sqs.sendMessage(message -> message.queueUrl(queueUrl).messageBody(notice.encode()));
            if (sent.size() >= REMEMBERED) {
                sent.clear();
            }
            sent.put(copid, notice);
        } catch (SdkException notSent) {
            System.err.println("custom leaderboards of " + copid + " not queued: " + notSent.getClass().getSimpleName());
        }
    }
}
