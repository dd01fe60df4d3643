package io.podium.handlers;

import io.podium.json.Json;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A FIFO queue of a test class's own on the runtime's ElasticMQ, for the recompute messages of the handlers it builds:
 * the runtime's own consumer drains the real recompute queue.
 */
final class TestQueue {
    private static final SqsClient SQS = Faults.sqs();

    final String url;

    private TestQueue(String url) {
        this.url = url;
    }

    static TestQueue named(String name) {
        return new TestQueue(SQS.createQueue(b -> b.queueName(name)
                .attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true"))).queueUrl());
    }

    /** The company's next message, taken off the queue; other tests share the queue, so their messages are left. */
    Optional<Message> awaitMessageFor(String copid) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (Message message : SQS.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)
                    .waitTimeSeconds(1).visibilityTimeout(0)).messages()) {
                if (Json.read(message.body()).get("copid").asText().equals(copid)) {
                    SQS.deleteMessage(d -> d.queueUrl(url).receiptHandle(message.receiptHandle()));
                    return Optional.of(message);
                }
            }
        }
        return Optional.empty();
    }
}
