package io.podium.api.customboards;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.podium.customboards.BoardsNotice;
import io.podium.customboards.CustomBoardRecompute;
import io.podium.api.queues.SqsBatch;
import io.podium.wiring.Wiring;

/**
 * Consumes the custom leaderboards' queue: each notice names a company whose boards are due. A failed notice is
 * reported alone (a standard queue keeps no order) and comes back; after maxReceiveCount it reaches the dead-letter
 * queue. A duplicate finds the boards computed since it was due and publishes nothing.
 */
public final class RecomputeCustomBoardsConsumer implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private final CustomBoardRecompute recompute;

    public RecomputeCustomBoardsConsumer() {
        this(Wiring.aws().customBoardRecompute());
    }

    public RecomputeCustomBoardsConsumer(CustomBoardRecompute recompute) {
        this.recompute = recompute;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatch.process(event, context, "custom leaderboards", false, body -> {
            BoardsNotice notice = BoardsNotice.decode(body);
            recompute.recompute(notice.copid(), notice.due());
        });
    }
}
