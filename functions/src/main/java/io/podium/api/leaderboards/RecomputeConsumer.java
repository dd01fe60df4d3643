package io.podium.api.leaderboards;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.podium.api.queues.SqsBatch;
import io.podium.leaderboards.BoardRecomputer;
import io.podium.recompute.RecomputeCodec;
import io.podium.recompute.RecomputeRequest;
import io.podium.wiring.Wiring;

/**
 * Consumes the recompute queue. Each message names a company and a metric; the boards are brought up to the
 * metric's current cut-off, whatever the message says. On the FIFO queue a failed message stops the batch:
 * it and every later message are reported as failures, so a group's order is kept and nothing is skipped.
 * A message that keeps failing (a poison message) reaches the dead-letter queue after maxReceiveCount.
 */
public final class RecomputeConsumer implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private final BoardRecomputer recomputer;

    public RecomputeConsumer() {
        this(Wiring.aws().recomputer());
    }


    public RecomputeConsumer(BoardRecomputer recomputer) {
        this.recomputer = recomputer;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatch.process(event, context, "recompute", true, body -> {
            RecomputeRequest request = RecomputeCodec.decode(body);
            recomputer.recompute(request.copid(), request.metric());
        });
    }
}
