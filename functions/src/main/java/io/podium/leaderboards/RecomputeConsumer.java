package io.podium.leaderboards;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.config.AwsClients;
import io.podium.http.Json;
import io.podium.engagement.Engagement;
import io.podium.store.DynamoDbActivityLog;
import io.podium.store.DynamoDbBadgeStore;
import io.podium.store.DynamoDbLedger;
import io.podium.store.DynamoDbRankStore;
import io.podium.store.DynamoDbSettingsStore;
import io.podium.store.DynamoDbBoardStore;
import io.podium.store.DynamoDbCampaignStore;
import io.podium.store.DynamoDbMetricStore;
import io.podium.store.DynamoDbScoreStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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
        this(recomputer(AwsClients.dynamoDb(), Clock.systemUTC()));
    }

    /** Boards, ranks, badges, levels and the stream, on the tables of the environment. */
    public static BoardRecomputer recomputer(DynamoDbClient dynamo, Clock clock) {
        DynamoDbMetricStore metrics = DynamoDbMetricStore.fromEnvironment(dynamo);
        DynamoDbCampaignStore campaigns = DynamoDbCampaignStore.fromEnvironment(dynamo);
        DynamoDbBoardStore boards = DynamoDbBoardStore.fromEnvironment(dynamo);
        Engagement engagement = new Engagement(DynamoDbBadgeStore.fromEnvironment(dynamo), DynamoDbRankStore.fromEnvironment(dynamo),
                DynamoDbLedger.fromEnvironment(dynamo), boards, campaigns, metrics, DynamoDbSettingsStore.fromEnvironment(dynamo), clock);
        return new BoardRecomputer(metrics, campaigns, DynamoDbScoreStore.fromEnvironment(dynamo), boards,
                DynamoDbActivityLog.fromEnvironment(dynamo), engagement, clock);
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
