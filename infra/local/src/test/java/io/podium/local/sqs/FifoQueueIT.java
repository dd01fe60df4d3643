package io.podium.local.sqs;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.podium.local.boot.LocalAwsClients;
import io.podium.local.boot.LocalRuntime;
import io.podium.local.boot.SharedTestRuntime;
import io.podium.local.lambda.LambdaFunction;
import io.podium.local.support.Eventually;
import io.podium.local.template.CloudFormationYaml;
import io.podium.local.template.FunctionSpec;
import io.podium.local.template.Intrinsics;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateException;
import io.podium.local.testfunctions.FifoRecordingHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** FIFO queues and their Lambda consumer: the OrderedQueue of test-template.yaml, and templates AWS would refuse. */
@ExtendWith(SharedTestRuntime.class)
class FifoQueueIT {
    private static final String ORDERED_QUEUE = "podium-local-OrderedQueue.fifo";
    private static final String ORDERED_DLQ = "podium-local-ordered-dlq.fifo";

    private static String queueUrl(LocalRuntime runtime, String logicalId) {
        return runtime.intrinsics().text(Map.of("Ref", logicalId), "test");
    }

    private static Map<String, String> counts(SqsClient sqs, String url) {
        return sqs.getQueueAttributes(request -> request.queueUrl(url).attributeNamesWithStrings(
                "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible")).attributesAsStrings();
    }

    private static SendMessageBatchRequestEntry entry(String id, String body, String group) {
        return SendMessageBatchRequestEntry.builder().id(id).messageBody(body).messageGroupId(group)
                .messageDeduplicationId(UUID.randomUUID().toString()).build();
    }

    @Test
    void aFifoQueueGetsTheFifoNameAndAttributesEverywhere(LocalRuntime runtime) {
        try (SqsClient sqs = LocalAwsClients.sqs(runtime.sqsEndpoint())) {
            String url = sqs.getQueueUrl(request -> request.queueName(ORDERED_QUEUE)).queueUrl();
            assertEquals(url, queueUrl(runtime, "OrderedQueue"));
            assertEquals(url, System.getProperty("ORDERED_QUEUE_URL"));
            assertEquals(ORDERED_QUEUE, System.getProperty("ORDERED_QUEUE_NAME"));
            assertEquals(ORDERED_DLQ, System.getProperty("ORDERED_DLQ_NAME"));
            String arn = "arn:aws:sqs:us-east-1:000000000000:" + ORDERED_QUEUE;
            assertEquals(arn, System.getProperty("ORDERED_QUEUE_ARN"));

            Map<String, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(url)
                    .attributeNames(QueueAttributeName.ALL)).attributesAsStrings();
            assertEquals(arn, attributes.get("QueueArn"));
            assertEquals("true", attributes.get("FifoQueue"));
            assertEquals("false", attributes.get("ContentBasedDeduplication"));
            assertEquals("1", attributes.get("VisibilityTimeout"));
            assertTrue(attributes.get("RedrivePolicy").contains("arn:aws:sqs:us-east-1:000000000000:" + ORDERED_DLQ),
                    attributes.get("RedrivePolicy"));
            String dlq = sqs.getQueueUrl(request -> request.queueName(ORDERED_DLQ)).queueUrl();
            assertEquals("true", sqs.getQueueAttributes(request -> request.queueUrl(dlq)
                    .attributeNames(QueueAttributeName.FIFO_QUEUE)).attributesAsStrings().get("FifoQueue"));
        }
    }

    @Test
    void aDuplicateIsDroppedAndTheHandlerSeesTheFifoAttributes(LocalRuntime runtime) {
        String run = UUID.randomUUID().toString();
        String group = "dedup-" + run;
        try (SqsClient sqs = LocalAwsClients.sqs(runtime.sqsEndpoint())) {
            String url = queueUrl(runtime, "OrderedQueue");
            SendMessageResponse first = sqs.sendMessage(request -> request.queueUrl(url).messageBody("first " + run)
                    .messageGroupId(group).messageDeduplicationId("d-" + run));
            SendMessageResponse duplicate = sqs.sendMessage(request -> request.queueUrl(url).messageBody("duplicate " + run)
                    .messageGroupId(group).messageDeduplicationId("d-" + run));
            assertEquals(first.messageId(), duplicate.messageId(), "SQS accepts a duplicate and answers with the original");
            sqs.sendMessage(request -> request.queueUrl(url).messageBody("last " + run)
                    .messageGroupId(group).messageDeduplicationId("d2-" + run));

            // One group is delivered in order, so the duplicate would have come before the last message.
            Eventually.await("the last message", () -> FifoRecordingHandler.received("last " + run), received -> !received.isEmpty());
            assertEquals(List.of("first " + run, "last " + run), FifoRecordingHandler.receivedBodies(run));

            SQSEvent.SQSMessage record = FifoRecordingHandler.received("first " + run).get(0);
            assertEquals(first.messageId(), record.getMessageId());
            assertEquals(group, record.getAttributes().get("MessageGroupId"));
            assertEquals("d-" + run, record.getAttributes().get("MessageDeduplicationId"));
            assertEquals(first.sequenceNumber(), record.getAttributes().get("SequenceNumber"));
            assertEquals("1", record.getAttributes().get("ApproximateReceiveCount"));
            assertNotNull(record.getAttributes().get("SentTimestamp"));
            assertEquals("arn:aws:sqs:us-east-1:000000000000:" + ORDERED_QUEUE, record.getEventSourceArn());
        }
    }

    @Test
    void aFailedMessageHoldsBackTheRestOfItsGroupWhileOtherGroupsProceed(LocalRuntime runtime) {
        String run = UUID.randomUUID().toString();
        String a = "A-" + run;
        String b = "B-" + run;
        try (SqsClient sqs = LocalAwsClients.sqs(runtime.sqsEndpoint())) {
            String url = queueUrl(runtime, "OrderedQueue");
            // Keep the poller busy while the messages are queued, so that one receive returns all of them.
            String hold = "hold " + run;
            sqs.sendMessage(request -> request.queueUrl(url).messageBody(hold).messageGroupId("H-" + run)
                    .messageDeduplicationId("hold-" + run));
            Eventually.await("the poller to be held", () -> List.copyOf(FifoRecordingHandler.HOLDING), held -> held.contains(hold));
            sqs.sendMessageBatch(request -> request.queueUrl(url).entries(
                    entry("1", "a1 " + run, a),
                    entry("2", "fail-once a2 " + run, a),
                    entry("3", "b1 " + run, b),
                    entry("4", "a3 " + run, a),
                    entry("5", "b2 " + run, b)));
            FifoRecordingHandler.release(hold);

            Eventually.await("the queue to be empty", () -> counts(sqs, url), counts -> counts.values().stream().allMatch("0"::equals));
            List<String> groupA = List.of("a1 " + run, "fail-once a2 " + run, "a3 " + run);
            List<String> groupB = List.of("b1 " + run, "b2 " + run);
            List<String> firstBatch = FifoRecordingHandler.BATCHES.stream()
                    .map(batch -> batch.stream().map(SQSEvent.SQSMessage::getBody).toList())
                    .filter(bodies -> bodies.contains("a1 " + run))
                    .findFirst().orElseThrow();
            assertEquals(groupA, firstBatch.stream().filter(groupA::contains).toList(), "one batch, each group in order");
            assertEquals(groupB, firstBatch.stream().filter(groupB::contains).toList(), "one batch, each group in order");

            // a3 was not reported, yet it stayed on the queue behind a2 and came back after it.
            assertEquals(List.of("a1 " + run, "fail-once a2 " + run, "a3 " + run, "fail-once a2 " + run, "a3 " + run),
                    FifoRecordingHandler.receivedBodies(run).stream().filter(groupA::contains).toList());
            assertEquals("2", FifoRecordingHandler.received("a3 " + run).get(1).getAttributes().get("ApproximateReceiveCount"));
            assertEquals(groupB, FifoRecordingHandler.receivedBodies(run).stream().filter(groupB::contains).toList(),
                    "the other group was processed and deleted the first time");
            assertEquals(1, FifoRecordingHandler.mostAtOnce(), "never two batches at once");
        }
    }

    @Test
    void aMessageThatKeepsFailingIsRedrivenToTheFifoDeadLetterQueue(LocalRuntime runtime) {
        String body = "fail-always " + UUID.randomUUID();
        String group = "F-" + UUID.randomUUID();
        try (SqsClient sqs = LocalAwsClients.sqs(runtime.sqsEndpoint())) {
            sqs.sendMessage(request -> request.queueUrl(queueUrl(runtime, "OrderedQueue")).messageBody(body)
                    .messageGroupId(group).messageDeduplicationId(UUID.randomUUID().toString()));
            String dlq = queueUrl(runtime, "OrderedDeadLetterQueue");
            List<Message> dead = Eventually.await("the message in the dead-letter queue", () -> sqs.receiveMessage(request -> request
                    .queueUrl(dlq).waitTimeSeconds(1).maxNumberOfMessages(10)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages().stream()
                    .filter(message -> message.body().equals(body)).toList(), messages -> !messages.isEmpty());
            assertEquals(group, dead.get(0).attributesAsStrings().get("MessageGroupId"));
            assertEquals(List.of("1", "2"), FifoRecordingHandler.received(body).stream()
                    .map(message -> message.getAttributes().get("ApproximateReceiveCount")).toList(), "received maxReceiveCount times");
        }
    }

    // ---------------------------------------------------------------- without a runtime

    @Test
    void theFifoPlanKeepsDeduplicationScopeAndThroughputLimitOutOfElasticMq() {
        Template template = Template.parse("""
                Resources:
                  Jobs:
                    Type: AWS::SQS::Queue
                    Properties:
                      FifoQueue: true
                      DeduplicationScope: messageGroup
                      FifoThroughputLimit: perMessageGroupId
                      RedrivePolicy: {deadLetterTargetArn: !GetAtt Dead.Arn, maxReceiveCount: 3}
                  Dead:
                    Type: AWS::SQS::Queue
                    Properties: {FifoQueue: true, ContentBasedDeduplication: true}
                  Plain:
                    Type: AWS::SQS::Queue
                    Properties: {FifoQueue: false}
                """);
        Intrinsics intrinsics = new Intrinsics(template, Map.of(), "http://127.0.0.1:1");
        assertEquals("podium-local-Jobs.fifo", intrinsics.resolve(CloudFormationYaml.parse("v: !GetAtt Jobs.QueueName").get("v"), "t"));
        assertEquals("http://127.0.0.1:1/000000000000/podium-local-Jobs.fifo", intrinsics.text(Map.of("Ref", "Jobs"), "t"));
        assertEquals("arn:aws:sqs:us-east-1:000000000000:podium-local-Jobs.fifo",
                intrinsics.resolve(CloudFormationYaml.parse("v: !Sub '${Jobs.Arn}'").get("v"), "t"));

        List<QueueProvisioner.Queue> plan = new QueueProvisioner(null, intrinsics).plan(template);
        assertEquals(List.of("podium-local-Dead.fifo", "podium-local-Jobs.fifo", "podium-local-Plain"),
                plan.stream().map(QueueProvisioner.Queue::name).toList(), "dead-letter queues first");
        assertEquals(Map.of(QueueAttributeName.FIFO_QUEUE, "true", QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"),
                plan.get(0).attributes());
        assertEquals(Set.of(QueueAttributeName.FIFO_QUEUE, QueueAttributeName.CONTENT_BASED_DEDUPLICATION,
                QueueAttributeName.REDRIVE_POLICY), plan.get(1).attributes().keySet());
        assertEquals("false", plan.get(1).attributes().get(QueueAttributeName.CONTENT_BASED_DEDUPLICATION));
        assertEquals(Map.of(), plan.get(2).attributes(), "FifoQueue: false is a standard queue");
    }

    @Test
    void queuesThatSqsRefusesAreRefusedAtStartup() {
        assertRefused("jobs does not end in .fifo", """
                Q: {Type: AWS::SQS::Queue, Properties: {FifoQueue: true, QueueName: jobs}}
                """);
        assertRefused("only the name of a FIFO queue", """
                Q: {Type: AWS::SQS::Queue, Properties: {QueueName: jobs.fifo}}
                """);
        assertRefused("must be a FIFO queue too, and Dead is not", """
                Q: {Type: AWS::SQS::Queue, Properties: {FifoQueue: true, RedrivePolicy: {deadLetterTargetArn: !GetAtt Dead.Arn, maxReceiveCount: 3}}}
                Dead: {Type: AWS::SQS::Queue}
                """);
        assertRefused("must be a standard queue too, and Dead is not", """
                Q: {Type: AWS::SQS::Queue, Properties: {RedrivePolicy: {deadLetterTargetArn: !GetAtt Dead.Arn, maxReceiveCount: 3}}}
                Dead: {Type: AWS::SQS::Queue, Properties: {FifoQueue: true}}
                """);
        assertRefused("DeduplicationScope must be one of", """
                Q: {Type: AWS::SQS::Queue, Properties: {FifoQueue: true, DeduplicationScope: group}}
                """);
        assertRefused("perMessageGroupId needs DeduplicationScope messageGroup", """
                Q: {Type: AWS::SQS::Queue, Properties: {FifoQueue: true, FifoThroughputLimit: perMessageGroupId}}
                """);
        assertRefused("apply to FIFO queues only", """
                Q: {Type: AWS::SQS::Queue, Properties: {ContentBasedDeduplication: true}}
                """);
    }

    private static void assertRefused(String message, String resources) {
        Template template = Template.parse("Resources:\n" + resources.indent(2));
        TemplateException error = assertThrows(TemplateException.class,
                () -> new QueueProvisioner(null, new Intrinsics(template, Map.of(), "http://127.0.0.1:1")).plan(template));
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }

    @Test
    void eventSourcesThatLambdaRefusesAreRefusedAtStartup() {
        assertEventSource(null, "FifoQueue: true", "BatchSize: 10, MaximumBatchingWindowInSeconds: 0, ScalingConfig: {MaximumConcurrency: 5}");
        assertEventSource(null, "FifoQueue: false", "BatchSize: 100, MaximumBatchingWindowInSeconds: 1");
        assertEventSource("Lambda supports no batching window on FIFO queues", "FifoQueue: true", "MaximumBatchingWindowInSeconds: 1");
        assertEventSource("must be between 1 and 10 for the FIFO queue Jobs, not 11", "FifoQueue: true", "BatchSize: 11");
        assertEventSource("must be at least 1 when BatchSize (11)", "FifoQueue: false", "BatchSize: 11");
        assertEventSource("must be between 0 and 300, not 301", "FifoQueue: false", "MaximumBatchingWindowInSeconds: 301");
    }

    /** An SQS event with the given properties on a queue with the given ones: refused with the message, or accepted if null. */
    private void assertEventSource(String refusal, String queueProperties, String eventProperties) {
        Template template = Template.parse("""
                Resources:
                  Consumer:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::c
                      Events:
                        Jobs: {Type: SQS, Properties: {Queue: !GetAtt Jobs.Arn, %s}}
                  Jobs:
                    Type: AWS::SQS::Queue
                    Properties: {%s}
                """.formatted(eventProperties, queueProperties));
        Intrinsics intrinsics = new Intrinsics(template, Map.of(), "http://127.0.0.1:1");
        FunctionSpec consumer = FunctionSpec.all(template, intrinsics).get(0);
        LambdaFunction function = new LambdaFunction(consumer, getClass().getClassLoader());
        if (refusal == null) {
            assertNotNull(SqsEventSource.of(consumer.events().get(0), function, null, template, intrinsics));
        } else {
            TemplateException error = assertThrows(TemplateException.class,
                    () -> SqsEventSource.of(consumer.events().get(0), function, null, template, intrinsics));
            assertTrue(error.getMessage().contains(refusal), error.getMessage());
        }
    }

    @Test
    void aFailureStopsOnlyTheRestOfItsOwnGroup() {
        List<Message> batch = List.of(message("a1", "A"), message("b1", "B"), message("a2", "A"), message("c1", "C"),
                message("a3", "A"), message("b2", "B"), message("c2", "C"));
        assertEquals(List.of("a1", "b1", "c1"),
                SqsEventSource.processedInOrder(batch, Set.of("a2", "b2", "c2")).stream().map(Message::messageId).toList());
        assertEquals(List.of("b1", "c1", "b2", "c2"),
                SqsEventSource.processedInOrder(batch, Set.of("a1")).stream().map(Message::messageId).toList());
    }

    private static Message message(String id, String group) {
        return Message.builder().messageId(id).attributesWithStrings(Map.of("MessageGroupId", group)).build();
    }
}
