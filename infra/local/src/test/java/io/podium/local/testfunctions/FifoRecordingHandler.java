package io.podium.local.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The consumer of the FIFO queue: records every batch. It reports (only) a message whose body starts with "fail-once"
 * as a batch item failure on its first receive, and one that starts with "fail-always" on every receive. A message
 * whose body starts with "hold" keeps the invocation busy until the test calls {@link #release}, so that the test can
 * queue messages that the next receive then returns together.
 */
public class FifoRecordingHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    public static final Queue<List<SQSEvent.SQSMessage>> BATCHES = new ConcurrentLinkedQueue<>();
    public static final Queue<String> HOLDING = new ConcurrentLinkedQueue<>();
    private static final Map<String, CountDownLatch> RELEASES = new ConcurrentHashMap<>();
    private static final AtomicInteger RUNNING = new AtomicInteger();
    private static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        MOST_AT_ONCE.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
        try {
            BATCHES.add(List.copyOf(event.getRecords()));
            List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
            for (SQSEvent.SQSMessage message : event.getRecords()) {
                String body = message.getBody();
                if (body.startsWith("hold")) {
                    HOLDING.add(body);
                    await(latch(body));
                }
                boolean firstReceive = message.getAttributes().get("ApproximateReceiveCount").equals("1");
                if (body.startsWith("fail-always") || body.startsWith("fail-once") && firstReceive) {
                    failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                }
            }
            return new SQSBatchResponse(failures);
        } finally {
            RUNNING.decrementAndGet();
        }
    }

    public static void release(String body) {
        latch(body).countDown();
    }

    /** The most invocations that ever ran at the same time. */
    public static int mostAtOnce() {
        return MOST_AT_ONCE.get();
    }

    /** Every received message with the given body, across batches, in order of receipt. */
    public static List<SQSEvent.SQSMessage> received(String body) {
        return BATCHES.stream().flatMap(List::stream).filter(message -> message.getBody().equals(body)).toList();
    }

    /** The bodies of every received message that contain the text, in order of receipt. */
    public static List<String> receivedBodies(String text) {
        return BATCHES.stream().flatMap(List::stream).map(SQSEvent.SQSMessage::getBody).filter(body -> body.contains(text)).toList();
    }

    private static CountDownLatch latch(String body) {
        return RELEASES.computeIfAbsent(body, key -> new CountDownLatch(1));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("held for 5 s and never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
