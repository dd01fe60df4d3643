package io.podium.api.queues;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A batch of an SQS event source, each message's body handed to its work, and the failures reported
 * (ReportBatchItemFailures) so that only they come back. A FIFO queue's batch stops at its first failure: that
 * message and every later one are reported, so the group's order is kept and nothing is skipped.
 */
public final class SqsBatch {
    private SqsBatch() {
    }

    /** @param inOrder a FIFO queue's batch: everything after a failure is reported failed too */
    public static SQSBatchResponse process(SQSEvent event, Context context, String what, boolean inOrder,
                                           Consumer<String> work) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            if (!inOrder || failures.isEmpty()) {
                try {
                    work.accept(message.getBody());
                    continue;
                } catch (RuntimeException fault) {
                    String problem = what + " of message " + message.getMessageId() + " failed: " + fault;
                    if (context != null) {
                        context.getLogger().log(problem);
                    } else {
                        System.err.println(problem);
                    }
                }
            }
            failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
        }
        return new SQSBatchResponse(failures);
    }
}
