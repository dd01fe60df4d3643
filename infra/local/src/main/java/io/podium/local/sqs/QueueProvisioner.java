package io.podium.local.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.podium.local.support.LocalJson;
import io.podium.local.template.Intrinsics;
import io.podium.local.template.ResourceTypes;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateException;
import io.podium.local.template.TemplateResource;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates every AWS::SQS::Queue of the template in ElasticMQ, dead-letter queues before the queues that redrive to
 * them. The whole template is checked before the first queue is created. CreateQueue with the same attributes is
 * idempotent, as on SQS.
 */
public final class QueueProvisioner {
    private static final Map<String, QueueAttributeName> PLAIN_ATTRIBUTES = Map.of(
            "VisibilityTimeout", QueueAttributeName.VISIBILITY_TIMEOUT,
            "MessageRetentionPeriod", QueueAttributeName.MESSAGE_RETENTION_PERIOD,
            "DelaySeconds", QueueAttributeName.DELAY_SECONDS);
    private static final Set<String> DEDUPLICATION_SCOPES = Set.of("queue", "messageGroup");
    private static final Set<String> FIFO_THROUGHPUT_LIMITS = Set.of("perQueue", "perMessageGroupId");

    /** A queue as it is created: its physical name and CreateQueue attributes. */
    public record Queue(String logicalId, String name, Map<QueueAttributeName, String> attributes) {
    }

    private final SqsClient sqs;
    private final Intrinsics intrinsics;

    public QueueProvisioner(SqsClient sqs, Intrinsics intrinsics) {
        this.sqs = sqs;
        this.intrinsics = intrinsics;
    }

    public void provision(Template template) {
        for (Queue queue : plan(template)) {
            sqs.createQueue(request -> request.queueName(queue.name()).attributes(queue.attributes()));
        }
    }

    /** The queues of the template in creation order, checked as SQS checks them; creates nothing. */
    public List<Queue> plan(Template template) {
        List<TemplateResource> queues = template.ofType(ResourceTypes.QUEUE).stream().filter(intrinsics::included).toList();
        Map<String, Queue> planned = new LinkedHashMap<>();
        queues.forEach(queue -> plan(queue, queues, new HashSet<>(), planned));
        return new ArrayList<>(planned.values());
    }

    private void plan(TemplateResource queue, List<TemplateResource> queues, Set<String> planning, Map<String, Queue> planned) {
        if (planned.containsKey(queue.logicalId())) {
            return;
        }
        if (!planning.add(queue.logicalId())) {
            throw new TemplateException("queues redrive to each other in a cycle through " + queue.logicalId());
        }
        String name = intrinsics.physicalName(queue);
        boolean fifo = intrinsics.fifoQueue(queue);
        if (fifo != name.endsWith(".fifo")) {
            throw new TemplateException(queue.logicalId() + ".QueueName: " + name + (fifo
                    ? " does not end in .fifo, which the name of a FIFO queue must"
                    : " ends in .fifo, which only the name of a FIFO queue (FifoQueue: true) may"));
        }
        Map<QueueAttributeName, String> attributes = new EnumMap<>(QueueAttributeName.class);
        PLAIN_ATTRIBUTES.forEach((property, attribute) -> {
            String value = intrinsics.text(queue.property(property), queue.logicalId() + "." + property);
            if (value != null) {
                attributes.put(attribute, value);
            }
        });
        fifoAttributes(queue, fifo, attributes);
        Object redrive = intrinsics.resolve(queue.property("RedrivePolicy"), queue.logicalId() + ".RedrivePolicy");
        if (redrive != null) {
            Map<String, Object> policy = Template.mapping(redrive, queue.logicalId() + ".RedrivePolicy");
            String targetArn = String.valueOf(policy.get("deadLetterTargetArn"));
            TemplateResource target = queues.stream()
                    .filter(candidate -> intrinsics.arn(candidate).equals(targetArn))
                    .findFirst()
                    .orElseThrow(() -> new TemplateException(queue.logicalId()
                            + ".RedrivePolicy: no queue of the template has the ARN " + targetArn));
            // SQS refuses a dead-letter queue of the other type (ElasticMQ does not check it).
            if (intrinsics.fifoQueue(target) != fifo) {
                throw new TemplateException(queue.logicalId() + ".RedrivePolicy: the dead-letter queue of a "
                        + (fifo ? "FIFO" : "standard") + " queue must be a " + (fifo ? "FIFO" : "standard")
                        + " queue too, and " + target.logicalId() + " is not");
            }
            plan(target, queues, planning, planned);
            attributes.put(QueueAttributeName.REDRIVE_POLICY, redrivePolicy(targetArn, policy.get("maxReceiveCount")));
        }
        planned.put(queue.logicalId(), new Queue(queue.logicalId(), name, attributes));
    }

    /**
     * FifoQueue and ContentBasedDeduplication go to ElasticMQ. DeduplicationScope and FifoThroughputLimit are checked
     * as SQS checks them but not passed on: ElasticMQ 1.7 accepts them on CreateQueue and silently drops them (any
     * value, never returned by GetQueueAttributes), and always deduplicates across the whole queue. FifoThroughputLimit
     * only sets a rate limit, which is irrelevant locally; DeduplicationScope messageGroup is a real difference, see
     * the README.
     */
    private void fifoAttributes(TemplateResource queue, boolean fifo, Map<QueueAttributeName, String> attributes) {
        String where = queue.logicalId() + ".";
        boolean contentBased = intrinsics.bool(queue.property("ContentBasedDeduplication"), false, where + "ContentBasedDeduplication");
        String scope = intrinsics.text(queue.property("DeduplicationScope"), where + "DeduplicationScope");
        String limit = intrinsics.text(queue.property("FifoThroughputLimit"), where + "FifoThroughputLimit");
        if (!fifo) {
            if (contentBased || scope != null || limit != null) {
                throw new TemplateException(where + "ContentBasedDeduplication, DeduplicationScope and FifoThroughputLimit"
                        + " apply to FIFO queues only; " + queue.logicalId() + " has no FifoQueue: true");
            }
            return;
        }
        if (scope != null && !DEDUPLICATION_SCOPES.contains(scope)) {
            throw new TemplateException(where + "DeduplicationScope must be one of " + DEDUPLICATION_SCOPES + ", not " + scope);
        }
        if (limit != null && !FIFO_THROUGHPUT_LIMITS.contains(limit)) {
            throw new TemplateException(where + "FifoThroughputLimit must be one of " + FIFO_THROUGHPUT_LIMITS + ", not " + limit);
        }
        if ("perMessageGroupId".equals(limit) && !"messageGroup".equals(scope)) {
            throw new TemplateException(where + "FifoThroughputLimit perMessageGroupId needs DeduplicationScope messageGroup");
        }
        attributes.put(QueueAttributeName.FIFO_QUEUE, "true");
        attributes.put(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, String.valueOf(contentBased));
    }

    private static String redrivePolicy(String targetArn, Object maxReceiveCount) {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("deadLetterTargetArn", targetArn);
        policy.put("maxReceiveCount", String.valueOf(maxReceiveCount));
        try {
            return LocalJson.MAPPER.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
