package io.podium.queue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.config.Env;
import io.podium.config.Sha256;
import io.podium.http.Json;
import io.podium.scores.EnqueueFailedException;
import io.podium.scores.RecomputeQueue;
import io.podium.scores.RecomputeRequest;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The recompute queue, a FIFO queue grouped by company and metric: SQS hands one group to one consumer at
 * a time, so the boards of a metric are never rebuilt concurrently, and a repeat of the same request within
 * five minutes is dropped by its deduplication id. The body is {"copid","metric","finalizedThrough"}.
 */
public final class SqsRecomputeQueue implements RecomputeQueue {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsRecomputeQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    public static SqsRecomputeQueue fromEnvironment(SqsClient sqs) {
        return new SqsRecomputeQueue(sqs, Env.required("RECOMPUTE_QUEUE_URL"));
    }

    public static String groupOf(String copid, String metric) {
        return copid + "#" + metric;
    }

    @Override
    public void send(RecomputeRequest request) {
        ObjectNode body = Json.object().put("copid", request.copid()).put("metric", request.metric());
        body.put("finalizedThrough", request.finalizedThrough().map(Object::toString).orElse(null));
        String deduplicationId = Sha256.hex(request.copid() + "\n" + request.metric() + "\n"
                + request.finalizedThrough().map(Object::toString).orElse("") + "\n" + request.cause());
        try {
            sqs.sendMessage(b -> b.queueUrl(queueUrl)
                    .messageBody(Json.write(body))
                    .messageGroupId(groupOf(request.copid(), request.metric()))
                    .messageDeduplicationId(deduplicationId));
        } catch (SdkException e) {
            throw new EnqueueFailedException("could not queue the recompute of " + request.metric(), e);
        }
    }
}
