package io.podium.handlers;

import io.podium.adapters.dynamodb.ContentionBackoff;
import io.podium.adapters.dynamodb.DynamoDbBoardStore;
import io.podium.adapters.dynamodb.DynamoDbCampaignStore;
import io.podium.adapters.dynamodb.DynamoDbCorrectionStore;
import io.podium.adapters.dynamodb.DynamoDbEventLog;
import io.podium.adapters.dynamodb.DynamoDbMetricStore;
import io.podium.adapters.dynamodb.DynamoDbScoreStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.campaigns.Aggregation;
import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignStatus;
import io.podium.campaigns.CampaignStore;
import io.podium.events.EventLog;
import io.podium.leaderboards.BoardRecomputer;
import io.podium.leaderboards.BoardStore;
import io.podium.metrics.MetricStore;
import io.podium.scores.CorrectionStore;
import io.podium.scores.Score;
import io.podium.scores.ScoreBatch;
import io.podium.scores.ScoreStore;
import io.podium.wiring.Wiring;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The real DynamoDB adapters on the in-process runtime's tables, for seeding and inspecting state. */
final class Stores {
    final DynamoDbClient dynamo;
    final ScoreStore scores;
    final CorrectionStore corrections;
    final MetricStore metrics;
    final CampaignStore campaigns;
    final BoardStore boards;
    final EventLog events;

    Stores(DynamoDbClient dynamo) {
        this.dynamo = dynamo;
        this.scores = new DynamoDbScoreStore(dynamo, Tables.scores(), Tables.metrics(), ContentionBackoff.DEFAULT);
        this.corrections = new DynamoDbCorrectionStore(dynamo, Tables.corrections(), Tables.scores(), ContentionBackoff.DEFAULT);
        this.metrics = new DynamoDbMetricStore(dynamo, Tables.metrics());
        this.campaigns = new DynamoDbCampaignStore(dynamo, Tables.campaigns());
        this.boards = new DynamoDbBoardStore(dynamo, Tables.leaderboards());
        this.events = new DynamoDbEventLog(dynamo, Tables.events());
    }

    static Stores healthy() {
        return new Stores(Faults.dynamoDb());
    }

    /** The consumer's own recomputer (campaign boards and engagement) on this client. */
    BoardRecomputer recomputer(Clock clock) {
        return wiring(clock).recomputer();
    }

    /** The functions' wiring on this client and the local runtime's queue. */
    Wiring wiring(Clock clock) {
        return new Wiring(() -> dynamo, Faults::sqs, clock);
    }

    /** Scores for one day: user, score, user, score, … */
    void day(String copid, String metric, LocalDate date, Object... userScore) {
        List<Score> batch = new ArrayList<>();
        for (int i = 0; i < userScore.length; i += 2) {
            batch.add(new Score((String) userScore[i], (Integer) userScore[i + 1]));
        }
        scores.putBatch(copid, new ScoreBatch(metric, date, batch), Instant.now());
    }

    Campaign campaign(String copid, String id, String metric, LocalDate start, LocalDate end, Aggregation aggregation) {
        Campaign campaign = new Campaign(copid, id, id, metric, start, end, aggregation, Optional.empty(),
                CampaignStatus.SCHEDULED, Instant.now(), Instant.now());
        if (!campaigns.create(campaign)) {
            throw new IllegalStateException("campaign exists: " + id);
        }
        return campaign;
    }
}
