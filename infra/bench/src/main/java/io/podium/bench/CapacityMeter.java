package io.podium.bench;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SDK interceptor registered for every client in the benchmark JVM (through the SDK's global
 * execution.interceptors resource), Podium's own clients included: it asks DynamoDB for
 * ReturnConsumedCapacity=TOTAL on every call and adds up what DynamoDB reports, per open recording.
 * Nothing is estimated: calls are counted as the SDK makes them, capacity is the service's own figure.
 */
public final class CapacityMeter implements ExecutionInterceptor {
    /** The SDK's resource that registers this interceptor for every client of the JVM. */
    static final String REGISTRATION = "software/amazon/awssdk/global/handlers/execution.interceptors";
    private static final List<Recording> OPEN = new CopyOnWriteArrayList<>();

    /** What was recorded between {@link #start} and {@link #stop}, from all threads or from one. */
    static final class Recording {
        private final Thread only;
        private final Map<String, Integer> calls = new HashMap<>();
        private double rcu;
        private double wcu;

        private Recording(Thread only) {
            this.only = only;
        }

        private synchronized void add(String operation, double read, double write) {
            calls.merge(operation, 1, Integer::sum);
            rcu += read;
            wcu += write;
        }

        synchronized Usage stop() {
            OPEN.remove(this);
            return new Usage(calls, rcu, wcu);
        }
    }

    /** Records the calls of every thread (work done behind HTTP, in the runtime's threads). */
    static Recording startAllThreads() {
        Recording recording = new Recording(null);
        OPEN.add(recording);
        return recording;
    }

    /** Records the calls made by the calling thread only. */
    static Recording startThisThread() {
        Recording recording = new Recording(Thread.currentThread());
        OPEN.add(recording);
        return recording;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
        if (request instanceof PutItemRequest r) {
            return r.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof GetItemRequest r) {
            return r.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof UpdateItemRequest r) {
            return r.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof DeleteItemRequest r) {
            return r.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof QueryRequest r) {
            return r.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof ScanRequest r) {
            return r.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof BatchGetItemRequest r) {
            return r.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof BatchWriteItemRequest r) {
            return r.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof TransactWriteItemsRequest r) {
            return r.toBuilder().returnConsumedCapacity(total).build();
        }
        return request;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (OPEN.isEmpty() || !(context.response() instanceof DynamoDbResponse)) {
            return;
        }
        List<ConsumedCapacity> consumed = consumed(context.response());
        double read = consumed.stream().mapToDouble(c -> c.readCapacityUnits() == null ? 0 : c.readCapacityUnits()).sum();
        double write = consumed.stream().mapToDouble(c -> c.writeCapacityUnits() == null ? 0 : c.writeCapacityUnits()).sum();
        // Some responses give only the total; read or write is then told by the operation.
        double units = consumed.stream().mapToDouble(c -> c.capacityUnits() == null ? 0 : c.capacityUnits()).sum();
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (read == 0 && write == 0 && units > 0) {
            boolean reads = operation.startsWith("Get") || operation.startsWith("BatchGet") || operation.equals("Query")
                    || operation.equals("Scan") || operation.startsWith("TransactGet");
            read = reads ? units : 0;
            write = reads ? 0 : units;
        }
        for (Recording recording : OPEN) {
            if (recording.only == null || recording.only == Thread.currentThread()) {
                recording.add(operation, read, write);
            }
        }
    }

    private static List<ConsumedCapacity> consumed(SdkResponse response) {
        if (response instanceof PutItemResponse r) {
            return one(r.consumedCapacity());
        } else if (response instanceof GetItemResponse r) {
            return one(r.consumedCapacity());
        } else if (response instanceof UpdateItemResponse r) {
            return one(r.consumedCapacity());
        } else if (response instanceof DeleteItemResponse r) {
            return one(r.consumedCapacity());
        } else if (response instanceof QueryResponse r) {
            return one(r.consumedCapacity());
        } else if (response instanceof ScanResponse r) {
            return one(r.consumedCapacity());
        } else if (response instanceof BatchGetItemResponse r) {
            return r.consumedCapacity();
        } else if (response instanceof BatchWriteItemResponse r) {
            return r.consumedCapacity();
        } else if (response instanceof TransactWriteItemsResponse r) {
            return r.consumedCapacity();
        }
        return List.of();
    }

    private static List<ConsumedCapacity> one(ConsumedCapacity capacity) {
        return capacity == null ? List.of() : List.of(capacity);
    }
}
