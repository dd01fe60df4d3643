package io.podium.handlers;

import io.podium.config.Env;
import io.podium.wiring.AwsClients;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SDK clients configured as Podium's own (AwsClients), on the local runtime's DynamoDB engine and ElasticMQ,
 * with interceptors that count calls or
 * inject the faults real AWS produces and the local servers do not (the local engine never reports a
 * TransactionConflict).
 */
final class Faults {
    private Faults() {
    }

    static DynamoDbClient dynamoDb(ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create(Env.required("DYNAMODB_ENDPOINT")))
                .region(Region.of(Env.required("AWS_REGION")))
                .overrideConfiguration(c -> c.executionInterceptors(List.of(interceptors)).retryStrategy(AwsClients.RETRY_MODE))
                .build();
    }

    static SqsClient sqs(ExecutionInterceptor... interceptors) {
        return SqsClient.builder()
                .endpointOverride(URI.create(Env.required("SQS_ENDPOINT")))
                .region(Region.of(Env.required("AWS_REGION")))
                .overrideConfiguration(c -> c.executionInterceptors(List.of(interceptors)).retryStrategy(AwsClients.RETRY_MODE))
                .build();
    }

    /** Records every call's operation name and every transaction's client request token. */
    static final class Calls implements ExecutionInterceptor {
        final List<String> operations = new CopyOnWriteArrayList<>();
        final List<String> transactionTokens = new CopyOnWriteArrayList<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            if (context.request() instanceof TransactWriteItemsRequest transaction) {
                transactionTokens.add(transaction.clientRequestToken());
            }
        }
    }

    /** Cancels the first {@code count} transactions as DynamoDB does when they overlap on the metric item. */
    static final class TransactionConflicts implements ExecutionInterceptor {
        private final AtomicInteger remaining;

        TransactionConflicts(int count) {
            remaining = new AtomicInteger(count);
        }

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof TransactWriteItemsRequest transaction && remaining.getAndDecrement() > 0) {
                List<CancellationReason> reasons = new ArrayList<>();
                reasons.add(CancellationReason.builder().code("TransactionConflict")
                        .message("Transaction is ongoing for the item").build());
                for (int i = 1; i < transaction.transactItems().size(); i++) {
                    reasons.add(CancellationReason.builder().code("None").build());
                }
                throw TransactionCanceledException.builder()
                        .message("Transaction cancelled, please refer cancellation reasons for specific reasons")
                        .cancellationReasons(reasons)
                        .statusCode(400)
                        .build();
            }
        }
    }

    /** Fails every call of one operation as a network fault would. */
    static final class Unreachable implements ExecutionInterceptor {
        private final String operation;
        volatile boolean healed;

        Unreachable(String operation) {
            this.operation = operation;
        }

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (!healed && operation.equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))) {
                throw SdkClientException.create("injected: " + operation + " unreachable");
            }
        }
    }
}
