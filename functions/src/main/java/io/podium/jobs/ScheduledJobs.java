package io.podium.jobs;

import io.podium.config.AwsClients;
import io.podium.queue.SqsRecomputeQueue;
import io.podium.scores.Finalizer;
import io.podium.store.DynamoDbActivityLog;
import io.podium.store.DynamoDbBoardStore;
import io.podium.store.DynamoDbCampaignStore;
import io.podium.store.DynamoDbMetricStore;
import io.podium.store.DynamoDbSettingsStore;

import java.time.Clock;

/** The jobs wired to the configured tables and queue, for the scheduled functions' no-argument constructors. */
final class ScheduledJobs {
    private ScheduledJobs() {
    }

    static RepairSweep repairSweep() {
        return new RepairSweep(DynamoDbCampaignStore.fromEnvironment(AwsClients.dynamoDb()),
                DynamoDbMetricStore.fromEnvironment(AwsClients.dynamoDb()),
                DynamoDbBoardStore.fromEnvironment(AwsClients.dynamoDb()),
                SqsRecomputeQueue.fromEnvironment(AwsClients.sqs()), Clock.systemUTC());
    }

    static CampaignStatusTransitions statusTransitions() {
        return new CampaignStatusTransitions(DynamoDbCampaignStore.fromEnvironment(AwsClients.dynamoDb()),
                DynamoDbActivityLog.fromEnvironment(AwsClients.dynamoDb()), Clock.systemUTC());
    }

    static AutoFinalize autoFinalize() {
        DynamoDbMetricStore metrics = DynamoDbMetricStore.fromEnvironment(AwsClients.dynamoDb());
        return new AutoFinalize(DynamoDbSettingsStore.fromEnvironment(AwsClients.dynamoDb()), metrics,
                new Finalizer(metrics, SqsRecomputeQueue.fromEnvironment(AwsClients.sqs()), Clock.systemUTC()),
                Clock.systemUTC());
    }
}
