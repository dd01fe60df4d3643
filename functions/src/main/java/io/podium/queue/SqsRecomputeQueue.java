package io.podium.queue;

import io.podium.config.Env;
import io.podium.http.Json;
import io.podium.scores.EnqueueFailedException;
import io.podium.scores.RecomputeQueue;
import io.podium.scores.RecomputeRequest;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The recompute SQS queue; the message body is {"copid","metric","finalizedThrough"}. */
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

    @Override
    public void send(RecomputeRequest request) {
        var body = Json.object()
                .put("copid", request.copid())
                .put("metric", request.metric())
                .put("finalizedThrough", request.finalizedThrough().toString());
        try {
            sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(Json.write(body)));
        } catch (SdkException e) {
            throw new EnqueueFailedException("could not queue the recompute of " + request.metric(), e);
        }
    }
}
