package io.podium.adapters.sqs;

import io.podium.recompute.EnqueueFailedException;
import io.podium.recompute.RecomputeCodec;
import io.podium.recompute.RecomputeQueue;
import io.podium.recompute.RecomputeRequest;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The recompute queue, a FIFO queue grouped by company and metric: SQS hands one group to one consumer at
 * a time, so the boards of a metric are never rebuilt concurrently, and a repeat of the same request within
 * five minutes is dropped by its deduplication id. The body is {@link RecomputeCodec}'s.
 */
public final class SqsRecomputeQueue implements RecomputeQueue {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsRecomputeQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(RecomputeRequest request) {
        try {
            sqs.sendMessage(b -> b.queueUrl(queueUrl)
                    .messageBody(RecomputeCodec.encode(request))
                    .messageGroupId(RecomputeCodec.groupOf(request))
                    .messageDeduplicationId(RecomputeCodec.deduplicationId(request)));
        } catch (SdkException e) {
            throw new EnqueueFailedException("Could not queue the recompute of " + request.metric() + "; retry.");
        }
    }
}
