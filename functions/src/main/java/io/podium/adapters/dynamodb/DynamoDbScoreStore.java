package io.podium.adapters.dynamodb;

import io.podium.scores.Score;
import io.podium.scores.ScoreBatch;
import io.podium.scores.ScoreFinalizedException;
import io.podium.scores.ScorePage;
import io.podium.scores.ScoreStore;
import io.podium.scores.StoredScore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Scores table: one item per (company, metric, day, driver), partition key {@code copid#metric#date},
 * sort key {@code userxtid}. A batch is one TransactWriteItems: the metric item's update, conditioned on
 * the cut-off, guards every put.
 */
public final class DynamoDbScoreStore implements ScoreStore {
    private static final int METRIC_ITEM = 0;
    /** A company id no company can have ('#' separates key parts), for the priming read. */
    private static final String PRIMING_COPID = "#snapstart-priming";

    private final DynamoDbClient dynamo;
    private final String scoresTable;
    private final String metricsTable;
    private final ContentionBackoff backoff;

    public DynamoDbScoreStore(DynamoDbClient dynamo, String scoresTable, String metricsTable, ContentionBackoff backoff) {
        this.dynamo = dynamo;
        this.scoresTable = scoresTable;
        this.metricsTable = metricsTable;
        this.backoff = backoff;
    }

    static String dayKey(String copid, String metric, LocalDate date) {
        return copid + "#" + metric + "#" + date;
    }

    @Override
    public void putBatch(String copid, ScoreBatch batch, Instant now) {
        transact(batchItems(copid, batch, now), batch);
    }

    /**
     * SnapStart priming, reads only: builds the transaction of {@code sample} exactly as {@link #putBatch} does but
     * never sends it, and reads one metric item that cannot exist (its company id has a '#', which company ids
     * exclude), so that the client's first real call finds its marshalling, signing and HTTP paths warm.
     */
    public void primeWithoutWriting(ScoreBatch sample, Instant now) {
        request(batchItems(PRIMING_COPID, sample, now));
        dynamo.getItem(GetItemRequest.builder()
                .tableName(metricsTable)
                .key(Map.of("copid", Attributes.s(PRIMING_COPID), "metric", Attributes.s(sample.metric())))
                .build());
    }

    /** The metric's guarded update first (its index is {@link #METRIC_ITEM}), then one put per score. */
    private List<TransactWriteItem> batchItems(String copid, ScoreBatch batch, Instant now) {
        List<TransactWriteItem> items = new ArrayList<>(batch.scores().size() + 1);
        items.add(TransactWriteItem.builder().update(guardMetric(copid, batch, now)).build());
        String pk = dayKey(copid, batch.metric(), batch.date());
        for (Score score : batch.scores()) {
            items.add(TransactWriteItem.builder().put(Put.builder()
                    .tableName(scoresTable)
                    .item(Map.of(
                            "pk", Attributes.s(pk),
                            "userxtid", Attributes.s(score.userxtid()),
                            "score", Attributes.n(score.score()),
                            "updatedAt", Attributes.s(now.toString())))
                    .build()).build());
        }
        return items;
    }

    /**
     * One attempt's request. A fresh token per attempt: a retry after a known cancellation must run again, while the
     * SDK's own retries of one attempt (after a lost response) must not apply it twice.
     */
    static TransactWriteItemsRequest request(List<TransactWriteItem> items) {
        return TransactWriteItemsRequest.builder()
                .transactItems(items)
                .clientRequestToken(UUID.randomUUID().toString())
                .build();
    }

    private Update guardMetric(String copid, ScoreBatch batch, Instant now) {
        return Update.builder()
                .tableName(metricsTable)
                .key(Map.of("copid", Attributes.s(copid), "metric", Attributes.s(batch.metric())))
                // Adding to a set changes nothing when the month is there: the item stays small (a dozen months a year).
                .updateExpression("SET createdAt = if_not_exists(createdAt, :now) ADD scoreMonths :month")
                .conditionExpression("attribute_not_exists(finalizedThrough) OR finalizedThrough < :date")
                .expressionAttributeValues(Map.of(
                        ":now", Attributes.s(now.toString()),
                        ":date", Attributes.s(batch.date().toString()),
                        ":month", AttributeValue.fromSs(List.of(YearMonth.from(batch.date()).toString()))))
                .build();
    }

    private void transact(List<TransactWriteItem> items, ScoreBatch batch) {
        backoff.transact("the metric stayed contended", ContentionBackoff.LOST_RACES, () -> {
            try {
                return dynamo.transactWriteItems(request(items));
            } catch (TransactionCanceledException cancelled) {
                if (codeAt(cancelled.cancellationReasons(), METRIC_ITEM).filter("ConditionalCheckFailed"::equals).isPresent()) {
                    throw new ScoreFinalizedException(batch.metric(), batch.date());
                }
                throw cancelled;
            }
        });
    }

    private static Optional<String> codeAt(List<CancellationReason> reasons, int index) {
        return index < reasons.size() ? Optional.ofNullable(reasons.get(index).code()) : Optional.empty();
    }

    /**
     * Reads which of the days hold a score of the driver (BatchGetItem of their keys, strongly consistent, so that a
     * score written a moment ago is not missed) and deletes those (BatchWriteItem): about one read per day that may
     * have a score, and one write per score.
     */
    @Override
    public int erase(String copid, String metric, String userxtid, List<LocalDate> days) {
        List<Map<String, AttributeValue>> keys = days.stream().map(day -> key(copid, metric, day, userxtid)).toList();
        List<WriteRequest> deletions = BatchCalls.getAll(dynamo, scoresTable, keys, true).stream()
                .map(found -> WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                        .key(Map.of("pk", found.get("pk"), "userxtid", found.get("userxtid"))).build()).build())
                .toList();
        new BatchCalls(dynamo, scoresTable).write(deletions);
        return deletions.size();
    }

    @Override
    public Map<LocalDate, StoredScore> driver(String copid, String metric, String userxtid, List<LocalDate> days) {
        Map<LocalDate, StoredScore> found = new HashMap<>();
        BatchCalls.getAll(dynamo, scoresTable, days.stream().map(day -> key(copid, metric, day, userxtid)).toList(), true)
                .forEach(item -> found.put(dayOf(item), toScore(item)));
        return found;
    }

    static Map<String, AttributeValue> key(String copid, String metric, LocalDate date, String userxtid) {
        return Map.of("pk", Attributes.s(dayKey(copid, metric, date)), "userxtid", Attributes.s(userxtid));
    }

    /** The day of a score item: its key ends with it. */
    private static LocalDate dayOf(Map<String, AttributeValue> item) {
        String pk = Attributes.requiredString(item, "pk");
        return LocalDate.parse(pk.substring(pk.lastIndexOf('#') + 1));
    }

    static StoredScore toScore(Map<String, AttributeValue> item) {
        AttributeValue correction = item.get("correction");
        return new StoredScore(Attributes.requiredString(item, "userxtid"), Attributes.integer(item, "score"),
                Attributes.instant(item, "updatedAt"), correction == null ? 0 : Long.parseLong(correction.n()));
    }

    @Override
    public ScorePage day(String copid, String metric, LocalDate date, int limit, Optional<String> afterUserxtid) {
        String pk = dayKey(copid, metric, date);
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(scoresTable)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", Attributes.s(pk)))
                .consistentRead(true)
                // One more than asked tells whether a next page exists, so "next" is never a dead end.
                .limit(limit + 1);
        afterUserxtid.ifPresent(after -> query.exclusiveStartKey(Map.of(
                "pk", Attributes.s(pk), "userxtid", Attributes.s(after))));
        QueryResponse response = dynamo.query(query.build());
        List<StoredScore> scores = response.items().stream()
                .limit(limit)
                .map(DynamoDbScoreStore::toScore)
                .toList();
        Optional<String> last = response.items().size() > limit
                ? Optional.of(scores.get(limit - 1).userxtid())
                : Optional.empty();
        return new ScorePage(scores, last);
    }
}
