package io.podium.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates every AWS::SQS::Queue of the template in ElasticMQ, dead-letter queues before the queues that redrive to
 * them. CreateQueue with the same attributes is idempotent, as on SQS.
 */
final class QueueProvisioner {
    private static final Map<String, QueueAttributeName> PLAIN_ATTRIBUTES = Map.of(
            "VisibilityTimeout", QueueAttributeName.VISIBILITY_TIMEOUT,
            "MessageRetentionPeriod", QueueAttributeName.MESSAGE_RETENTION_PERIOD,
            "DelaySeconds", QueueAttributeName.DELAY_SECONDS);

    private final SqsClient sqs;
    private final Intrinsics intrinsics;
    private final Set<String> created = new HashSet<>();

    QueueProvisioner(SqsClient sqs, Intrinsics intrinsics) {
        this.sqs = sqs;
        this.intrinsics = intrinsics;
    }

    void provision(Template template) {
        List<TemplateResource> queues = template.ofType(ResourceTypes.QUEUE).stream().filter(intrinsics::included).toList();
        queues.forEach(queue -> create(queue, queues, new HashSet<>()));
    }

    private void create(TemplateResource queue, List<TemplateResource> queues, Set<String> creating) {
        if (created.contains(queue.logicalId())) {
            return;
        }
        if (!creating.add(queue.logicalId())) {
            throw new TemplateException("queues redrive to each other in a cycle through " + queue.logicalId());
        }
        Map<QueueAttributeName, String> attributes = new EnumMap<>(QueueAttributeName.class);
        PLAIN_ATTRIBUTES.forEach((property, attribute) -> {
            String value = intrinsics.text(queue.property(property), queue.logicalId() + "." + property);
            if (value != null) {
                attributes.put(attribute, value);
            }
        });
        Object redrive = intrinsics.resolve(queue.property("RedrivePolicy"), queue.logicalId() + ".RedrivePolicy");
        if (redrive != null) {
            Map<String, Object> policy = Template.mapping(redrive, queue.logicalId() + ".RedrivePolicy");
            String targetArn = String.valueOf(policy.get("deadLetterTargetArn"));
            TemplateResource target = queues.stream()
                    .filter(candidate -> intrinsics.arn(candidate).equals(targetArn))
                    .findFirst()
                    .orElseThrow(() -> new TemplateException(queue.logicalId()
                            + ".RedrivePolicy: no queue of the template has the ARN " + targetArn));
            create(target, queues, creating);
            attributes.put(QueueAttributeName.REDRIVE_POLICY, redrivePolicy(targetArn, policy.get("maxReceiveCount")));
        }
        String name = intrinsics.physicalName(queue);
        sqs.createQueue(request -> request.queueName(name).attributes(attributes));
        created.add(queue.logicalId());
    }

    private static String redrivePolicy(String targetArn, Object maxReceiveCount) {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("deadLetterTargetArn", targetArn);
        policy.put("maxReceiveCount", String.valueOf(maxReceiveCount));
        try {
            return Json.MAPPER.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
