package io.podium.leaderboards;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.config.AwsClients;
import io.podium.http.Json;
import io.podium.store.DynamoDbActivityLog;
import io.podium.store.DynamoDbBoardStore;
import io.podium.store.DynamoDbCampaignStore;
import io.podium.store.DynamoDbMetricStore;
import io.podium.store.DynamoDbScoreStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Consumes the recompute queue. Each message names a company and a metric; the boards are brought up to the
 * metric's current cut-off, whatever the message says. On the FIFO queue a failed message stops the batch:
 * it and every later message are reported as failures, so a group's order is kept and nothing is skipped.
 * A message that keeps failing (a poison message) reaches the dead-letter queue after maxReceiveCount.
 */
public final class RecomputeConsumer implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private final BoardRecomputer recomputer;

    public RecomputeConsumer() {
        this(new BoardRecomputer(
                DynamoDbMetricStore.fromEnvironment(AwsClients.dynamoDb()),
                DynamoDbCampaignStore.fromEnvironment(AwsClients.dynamoDb()),
                DynamoDbScoreStore.fromEnvironment(AwsClients.dynamoDb()),
                DynamoDbBoardStore.fromEnvironment(AwsClients.dynamoDb()),
                DynamoDbActivityLog.fromEnvironment(AwsClients.dynamoDb()),
                Clock.systemUTC()));
    }

    public RecomputeConsumer(BoardRecomputer recomputer) {
        this.recomputer = recomputer;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            if (failures.isEmpty()) {
                try {
                    JsonNode body = Json.read(message.getBody());
                    recomputer.recompute(body.get("copid").textValue(), body.get("metric").textValue());
                    continue;
                } catch (RuntimeException fault) {
                    String problem = "recompute of message " + message.getMessageId() + " failed: " + fault;
                    if (context != null) {
                        context.getLogger().log(problem);
                    } else {
                        System.err.println(problem);
                    }
                }
            }
            failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
        }
        return new SQSBatchResponse(failures);
    }
}
