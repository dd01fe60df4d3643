package io.podium.local.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Records every batch it gets. A message whose body is "throw" makes the whole invocation fail; one whose body is
 * "fail-once" is reported as a batch item failure the first time it is received.
 */
public class RecordingSqsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    public static final Queue<List<SQSEvent.SQSMessage>> BATCHES = new ConcurrentLinkedQueue<>();

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        BATCHES.add(List.copyOf(event.getRecords()));
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            if (message.getBody().equals("throw")) {
                throw new IllegalStateException("cannot process " + message.getMessageId());
            }
            if (message.getBody().equals("fail-once") && message.getAttributes().get("ApproximateReceiveCount").equals("1")) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    /** Every received message with the given body, across batches, in order of receipt. */
    public static List<SQSEvent.SQSMessage> received(String body) {
        return BATCHES.stream().flatMap(List::stream).filter(message -> message.getBody().equals(body)).toList();
    }
}
