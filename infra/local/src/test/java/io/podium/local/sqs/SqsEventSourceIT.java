package io.podium.local.sqs;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.podium.local.boot.LocalAwsClients;
import io.podium.local.boot.LocalRuntime;
import io.podium.local.boot.SharedTestRuntime;
import io.podium.local.lambda.LambdaFunction;
import io.podium.local.support.Eventually;
import io.podium.local.template.FunctionSpec;
import io.podium.local.template.Intrinsics;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateException;
import io.podium.local.testfunctions.RecordingSqsHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQS event sources of test-template.yaml, fed through ElasticMQ. */
@ExtendWith(SharedTestRuntime.class)
class SqsEventSourceIT {

    private static String queueUrl(LocalRuntime runtime, String logicalId) {
        return runtime.intrinsics().text(Map.of("Ref", logicalId), "test");
    }

    private static String arn(LocalRuntime runtime, String logicalId) {
        return runtime.intrinsics().text(Map.of("Fn::GetAtt", List.of(logicalId, "Arn")), "test");
    }

    @Test
    void queuesAreCreatedWithTheirAttributesAndRedrivePolicy(LocalRuntime runtime) {
        try (SqsClient sqs = LocalAwsClients.sqs(runtime.sqsEndpoint())) {
            assertEquals(queueUrl(runtime, "FragileQueue"),
                    sqs.getQueueUrl(request -> request.queueName("podium-local-fragile")).queueUrl());
            Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request
                    .queueUrl(queueUrl(runtime, "FragileQueue")).attributeNames(QueueAttributeName.ALL)).attributes();
            assertEquals("1", attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT));
            assertTrue(attributes.get(QueueAttributeName.REDRIVE_POLICY).contains(arn(runtime, "FragileDeadLetterQueue")));
            assertEquals(queueUrl(runtime, "FragileDeadLetterQueue"),
                    sqs.getQueueUrl(request -> request.queueName("podium-local-FragileDeadLetterQueue")).queueUrl());
        }
    }

    @Test
    void batchesAreDeliveredAndOnlyReportedFailuresComeBack(LocalRuntime runtime) {
        String run = UUID.randomUUID().toString();
        try (SqsClient sqs = LocalAwsClients.sqs(runtime.sqsEndpoint())) {
            sqs.sendMessageBatch(request -> request.queueUrl(queueUrl(runtime, "WorkQueue")).entries(
                    SendMessageBatchRequestEntry.builder().id("a").messageBody("a-" + run)
                            .messageAttributes(Map.of("kind", MessageAttributeValue.builder().dataType("String").stringValue("greeting").build()))
                            .build(),
                    SendMessageBatchRequestEntry.builder().id("b").messageBody("b-" + run).build(),
                    SendMessageBatchRequestEntry.builder().id("c").messageBody("fail-once").build()));

            List<SQSEvent.SQSMessage> retried = Eventually.await("the failed item to come back",
                    () -> RecordingSqsHandler.received("fail-once"), received -> received.size() >= 2);
            assertEquals(List.of("1", "2"), retried.stream().map(m -> m.getAttributes().get("ApproximateReceiveCount")).toList());
            assertEquals(1, RecordingSqsHandler.received("a-" + run).size(), "processed items are deleted");
            assertEquals(1, RecordingSqsHandler.received("b-" + run).size());
            assertTrue(RecordingSqsHandler.BATCHES.stream().anyMatch(batch -> batch.size() == 3), "gathered within the batching window");

            SQSEvent.SQSMessage first = RecordingSqsHandler.received("a-" + run).get(0);
            assertEquals("aws:sqs", first.getEventSource());
            assertEquals(arn(runtime, "WorkQueue"), first.getEventSourceArn());
            assertEquals("us-east-1", first.getAwsRegion());
            assertEquals("greeting", first.getMessageAttributes().get("kind").getStringValue());
            assertTrue(first.getAttributes().containsKey("SentTimestamp"));
            assertTrue(first.getAttributes().containsKey("ApproximateFirstReceiveTimestamp"));

            Eventually.await("the queue to be empty", () -> sqs.getQueueAttributes(request -> request
                    .queueUrl(queueUrl(runtime, "WorkQueue"))
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes(),
                    counts -> counts.values().stream().allMatch("0"::equals));
            assertEquals(2, RecordingSqsHandler.received("fail-once").size(), "deleted once it succeeded");
        }
    }

    @Test
    void aQueueThatWouldTimeOutUnderItsConsumerIsRefusedAsLambdaRefusesIt() {
        Template template = Template.parse("""
                Resources:
                  Slow:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::c
                      Timeout: 60
                      Events:
                        Jobs: {Type: SQS, Properties: {Queue: !GetAtt Jobs.Arn}}
                  Jobs:
                    Type: AWS::SQS::Queue
                """);
        Intrinsics intrinsics = new Intrinsics(template, Map.of(), "http://127.0.0.1:1");
        FunctionSpec slow = FunctionSpec.all(template, intrinsics).get(0);
        TemplateException error = assertThrows(TemplateException.class, () -> SqsEventSource.of(slow.events().get(0),
                new LambdaFunction(slow, getClass().getClassLoader()), null, template, intrinsics));
        assertTrue(error.getMessage().contains("VisibilityTimeout of Jobs (30 s) is shorter than the Timeout of Slow (60 s)"),
                error.getMessage());
    }

    @Test
    void aMessageWhoseInvocationKeepsFailingEndsInTheDeadLetterQueue(LocalRuntime runtime) {
        try (SqsClient sqs = LocalAwsClients.sqs(runtime.sqsEndpoint())) {
            sqs.sendMessage(request -> request.queueUrl(queueUrl(runtime, "FragileQueue")).messageBody("throw"));
            List<Message> dead = Eventually.await("the message in the dead-letter queue", () -> sqs.receiveMessage(request -> request
                    .queueUrl(queueUrl(runtime, "FragileDeadLetterQueue")).waitTimeSeconds(1)).messages(), messages -> !messages.isEmpty());
            assertEquals("throw", dead.get(0).body());
            assertEquals(2, RecordingSqsHandler.received("throw").size(), "received maxReceiveCount times");
        }
    }
}
