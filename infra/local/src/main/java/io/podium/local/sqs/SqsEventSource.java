package io.podium.local.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.local.lambda.FunctionFailure;
import io.podium.local.lambda.LambdaFunction;
import io.podium.local.support.LocalJson;
import io.podium.local.support.NamedThreads;
import io.podium.local.template.EventSpec;
import io.podium.local.template.Intrinsics;
import io.podium.local.template.ResourceTypes;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateException;
import io.podium.local.template.TemplateResource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * An SQS event source mapping: one thread long-polls the queue and invokes the function with batches, deleting what
 * the function processed. A function that throws leaves the whole batch on the queue, to come back after the
 * visibility timeout and, after maxReceiveCount receives, to be moved to the dead-letter queue by ElasticMQ.
 *
 * <p>On a FIFO queue, Lambda never has two batches of one message group in flight at once. Here that holds because
 * each event source has exactly one thread, which receives, invokes and deletes strictly in sequence; and because
 * ElasticMQ, like SQS, returns no message of a group while another message of that group is in flight, which also
 * keeps two event sources on one queue apart.
 */
public final class SqsEventSource implements AutoCloseable {
    /** Short long-polls, so that the poller notices a shutdown within about a second. */
    private static final int WAIT_TIME_SECONDS = 1;
    private static final int MAX_MESSAGES_PER_RECEIVE = 10;
    private static final int DEFAULT_BATCH_SIZE = 10;
    private static final int MAX_BATCH_SIZE = 10_000;
    private static final int MAX_FIFO_BATCH_SIZE = 10;
    private static final int MAX_BATCHING_WINDOW_SECONDS = 300;
    private static final int DEFAULT_VISIBILITY_TIMEOUT_SECONDS = 30;
    private static final long BATCHING_POLL_MILLIS = 50;
    private static final List<MessageSystemAttributeName> STANDARD_SYSTEM_ATTRIBUTES = List.of(MessageSystemAttributeName.ALL);
    /** All covers them on SQS and ElasticMQ; naming them states what Lambda's FIFO records carry. */
    private static final List<MessageSystemAttributeName> FIFO_SYSTEM_ATTRIBUTES = List.of(MessageSystemAttributeName.ALL,
            MessageSystemAttributeName.MESSAGE_GROUP_ID, MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID,
            MessageSystemAttributeName.SEQUENCE_NUMBER);

    private final String name;
    private final LambdaFunction function;
    private final SqsClient sqs;
    private final String queueUrl;
    private final String queueArn;
    private final boolean fifo;
    private final int batchSize;
    private final Duration batchingWindow;
    private final boolean reportBatchItemFailures;
    private final Thread thread;
    private volatile boolean running = true;

    private SqsEventSource(String name, LambdaFunction function, SqsClient sqs, String queueUrl, String queueArn,
                           boolean fifo, int batchSize, Duration batchingWindow, boolean reportBatchItemFailures) {
        this.name = name;
        this.function = function;
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = queueArn;
        this.fifo = fifo;
        this.batchSize = batchSize;
        this.batchingWindow = batchingWindow;
        this.reportBatchItemFailures = reportBatchItemFailures;
        this.thread = new NamedThreads("sqs-" + name).newThread(this::poll);
    }

    /** The event source of an SQS event, or null when it is disabled. */
    public static SqsEventSource of(EventSpec event, LambdaFunction function, SqsClient sqs, Template template, Intrinsics intrinsics) {
        if (!intrinsics.bool(event.property("Enabled"), true, event.where("Enabled"))) {
            return null;
        }
        String arn = intrinsics.text(event.property("Queue"), event.where("Queue"));
        TemplateResource queue = template.ofType(ResourceTypes.QUEUE).stream()
                .filter(intrinsics::included)
                .filter(candidate -> intrinsics.arn(candidate).equals(arn))
                .findFirst()
                .orElseThrow(() -> new TemplateException(event.where("Queue") + ": no queue of the template has the ARN " + arn));
        int visibilityTimeout = intrinsics.integer(queue.property("VisibilityTimeout"), DEFAULT_VISIBILITY_TIMEOUT_SECONDS,
                queue.logicalId() + ".VisibilityTimeout");
        if (visibilityTimeout < function.spec().timeoutSeconds()) {
            // Lambda refuses such a mapping: messages would become visible again while still being processed.
            throw new TemplateException(event.where("Queue") + ": the VisibilityTimeout of " + queue.logicalId() + " ("
                    + visibilityTimeout + " s) is shorter than the Timeout of " + event.functionLogicalId() + " ("
                    + function.spec().timeoutSeconds() + " s); Lambda refuses that event source");
        }
        boolean fifo = intrinsics.fifoQueue(queue);
        int batchSize = intrinsics.integer(event.property("BatchSize"), DEFAULT_BATCH_SIZE, event.where("BatchSize"));
        int batchingWindow = intrinsics.integer(event.property("MaximumBatchingWindowInSeconds"), 0,
                event.where("MaximumBatchingWindowInSeconds"));
        checkBatching(event, queue, fifo, batchSize, batchingWindow);
        // ScalingConfig is ignored: its MaximumConcurrency (2 to 1000) caps Lambda's concurrent invocations for this
        // source, and the single poller here never makes more than one at a time.
        Object responseTypes = intrinsics.resolve(event.property("FunctionResponseTypes"), event.where("FunctionResponseTypes"));
        return new SqsEventSource(event.functionLogicalId() + "." + event.id(), function, sqs, intrinsics.queueUrl(queue), arn,
                fifo, batchSize, Duration.ofSeconds(batchingWindow),
                responseTypes instanceof List<?> types && types.contains("ReportBatchItemFailures"));
    }

    /** BatchSize and MaximumBatchingWindowInSeconds as Lambda's CreateEventSourceMapping checks them. */
    private static void checkBatching(EventSpec event, TemplateResource queue, boolean fifo, int batchSize, int batchingWindow) {
        int maxBatchSize = fifo ? MAX_FIFO_BATCH_SIZE : MAX_BATCH_SIZE;
        if (batchSize < 1 || batchSize > maxBatchSize) {
            throw new TemplateException(event.where("BatchSize") + " must be between 1 and " + maxBatchSize
                    + (fifo ? " for the FIFO queue " + queue.logicalId() : "") + ", not " + batchSize);
        }
        if (batchingWindow < 0 || batchingWindow > MAX_BATCHING_WINDOW_SECONDS) {
            throw new TemplateException(event.where("MaximumBatchingWindowInSeconds") + " must be between 0 and "
                    + MAX_BATCHING_WINDOW_SECONDS + ", not " + batchingWindow);
        }
        if (fifo && batchingWindow != 0) {
            throw new TemplateException(event.where("MaximumBatchingWindowInSeconds") + ": " + queue.logicalId()
                    + " is a FIFO queue, and Lambda supports no batching window on FIFO queues; leave it out or set 0");
        }
        if (batchSize > MAX_MESSAGES_PER_RECEIVE && batchingWindow < 1) {
            throw new TemplateException(event.where("MaximumBatchingWindowInSeconds") + " must be at least 1 when BatchSize ("
                    + batchSize + ") is greater than " + MAX_MESSAGES_PER_RECEIVE + ", as Lambda requires");
        }
    }

    public void start() {
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(Duration.ofSeconds(WAIT_TIME_SECONDS + function.spec().timeoutSeconds()).toMillis());
    }

    private void poll() {
        while (running) {
            try {
                List<Message> batch = receiveBatch();
                if (!batch.isEmpty()) {
                    process(batch);
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                System.err.println("[" + name + "] polling " + queueUrl + " failed: " + e.getMessage());
                pause(1000);
            }
        }
    }

    /** Up to BatchSize messages, receiving more until the batching window closes, as Lambda does. */
    private List<Message> receiveBatch() {
        List<Message> batch = new ArrayList<>(receive(batchSize, WAIT_TIME_SECONDS));
        long windowEnd = System.nanoTime() + batchingWindow.toNanos();
        while (!batch.isEmpty() && batch.size() < batchSize && System.nanoTime() < windowEnd && running) {
            // Short polls keep the window exact; a long poll could outlast it and the visibility timeout too.
            List<Message> more = receive(batchSize - batch.size(), 0);
            if (more.isEmpty()) {
                pause(BATCHING_POLL_MILLIS);
            }
            batch.addAll(more);
        }
        return batch;
    }

    private List<Message> receive(int wanted, int waitTimeSeconds) {
        return sqs.receiveMessage(request -> request
                .queueUrl(queueUrl)
                .maxNumberOfMessages(Math.min(MAX_MESSAGES_PER_RECEIVE, wanted))
                .waitTimeSeconds(waitTimeSeconds)
                .messageSystemAttributeNames(fifo ? FIFO_SYSTEM_ATTRIBUTES : STANDARD_SYSTEM_ATTRIBUTES)
                .messageAttributeNames("All")).messages();
    }

    private void process(List<Message> batch) {
        byte[] output;
        try {
            output = function.invoke(LocalJson.bytes(sqsEvent(batch)));
        } catch (FunctionFailure failure) {
            return;
        }
        Set<String> failed = reportBatchItemFailures ? failedMessageIds(output, batch) : Set.of();
        List<Message> processed = fifo ? processedInOrder(batch, failed)
                : batch.stream().filter(message -> !failed.contains(message.messageId())).toList();
        delete(processed);
    }

    /**
     * On a FIFO queue, a failed message also keeps the later messages of its group in the batch on the queue, even
     * those the function did not report, as Lambda does: they come back after it, in order. Other groups proceed.
     */
    static List<Message> processedInOrder(List<Message> batch, Set<String> failed) {
        Set<String> stoppedGroups = new HashSet<>();
        List<Message> processed = new ArrayList<>();
        for (Message message : batch) {
            String group = message.attributesAsStrings().get(MessageSystemAttributeName.MESSAGE_GROUP_ID.toString());
            if (failed.contains(message.messageId())) {
                stoppedGroups.add(group);
            } else if (!stoppedGroups.contains(group)) {
                processed.add(message);
            }
        }
        return processed;
    }

    /**
     * The itemIdentifiers of batchItemFailures. Like Lambda, an identifier that is empty or not in the batch fails the
     * whole batch.
     */
    private Set<String> failedMessageIds(byte[] output, List<Message> batch) {
        Set<String> all = new HashSet<>(batch.stream().map(Message::messageId).toList());
        JsonNode failures;
        try {
            failures = LocalJson.parse(output).path("batchItemFailures");
        } catch (IOException e) {
            System.err.println("[" + name + "] the response is not JSON; the whole batch counts as failed");
            return all;
        }
        Set<String> failed = new HashSet<>();
        for (JsonNode failure : failures) {
            String id = failure.path("itemIdentifier").asText("");
            if (!all.contains(id)) {
                System.err.println("[" + name + "] batchItemFailures names " + failure + ", which is not in the batch;"
                        + " the whole batch counts as failed");
                return all;
            }
            failed.add(id);
        }
        return failed;
    }

    private void delete(List<Message> messages) {
        for (int start = 0; start < messages.size(); start += MAX_MESSAGES_PER_RECEIVE) {
            List<Message> chunk = messages.subList(start, Math.min(messages.size(), start + MAX_MESSAGES_PER_RECEIVE));
            List<DeleteMessageBatchRequestEntry> entries = IntStream.range(0, chunk.size())
                    .mapToObj(i -> DeleteMessageBatchRequestEntry.builder()
                            .id(String.valueOf(i))
                            .receiptHandle(chunk.get(i).receiptHandle())
                            .build())
                    .toList();
            sqs.deleteMessageBatch(request -> request.queueUrl(queueUrl).entries(entries)).failed().forEach(failure ->
                    System.err.println("[" + name + "] could not delete a message: " + failure.message()));
        }
    }

    private ObjectNode sqsEvent(List<Message> batch) {
        ObjectNode event = LocalJson.object();
        ArrayNode records = event.putArray("Records");
        for (Message message : batch) {
            ObjectNode record = records.addObject();
            record.put("messageId", message.messageId());
            record.put("receiptHandle", message.receiptHandle());
            record.put("body", message.body());
            ObjectNode attributes = record.putObject("attributes");
            message.attributesAsStrings().forEach(attributes::put);
            ObjectNode messageAttributes = record.putObject("messageAttributes");
            message.messageAttributes().forEach((attributeName, value) -> {
                ObjectNode attribute = messageAttributes.putObject(attributeName);
                attribute.put("stringValue", value.stringValue());
                if (value.binaryValue() != null) {
                    attribute.put("binaryValue", base64(value.binaryValue()));
                }
                ArrayNode stringList = attribute.putArray("stringListValues");
                value.stringListValues().forEach(stringList::add);
                ArrayNode binaryList = attribute.putArray("binaryListValues");
                value.binaryListValues().forEach(bytes -> binaryList.add(base64(bytes)));
                attribute.put("dataType", value.dataType());
            });
            record.put("md5OfBody", message.md5OfBody());
            if (message.md5OfMessageAttributes() != null) {
                record.put("md5OfMessageAttributes", message.md5OfMessageAttributes());
            }
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", queueArn);
            record.put("awsRegion", Intrinsics.REGION);
        }
        return event;
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
