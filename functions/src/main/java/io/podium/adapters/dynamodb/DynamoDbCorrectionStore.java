package io.podium.adapters.dynamodb;

import io.podium.errors.InvalidInput;
import io.podium.scores.CorrectionOutcome;
import io.podium.scores.CorrectionPage;
import io.podium.scores.CorrectionStore;
import io.podium.scores.Score;
import io.podium.scores.ScoreBatch;
import io.podium.scores.ScoreChange;
import io.podium.scores.ScoreCorrection;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrections table: the record of a metric's corrections, partition {@code pk} = {@code copid#metric}, sort {@code sk}
 * = {@code <sequence, 12 digits>#<n, 2 digits>} (the n-th changed score of correction {@code sequence}), so that the
 * partition is in the order the corrections were made and its last item is the latest. Each item has {@code seq},
 * {@code date}, {@code userxtid}, {@code old} (absent when the driver had no score that day), {@code new},
 * {@code reason}, {@code by}, {@code at}; {@code day} = {@code <date>#<sk>}, the sort key of the local index
 * {@value #BY_DATE} (the corrections of a range of days, one Query a page), and {@code driver} = {@code copid#userxtid},
 * the key of the global index {@value #BY_DRIVER} (keys only: an erasure finds the driver's corrections).
 *
 * <p>A correction is one TransactWriteItems: per changed score, the score put on condition of the value it was read
 * with, and its record put on condition that its key is new. The sequence is the latest one read plus one, so two
 * corrections that read the same latest one collide on their first record's key: one commits, the other reads again
 * and takes the next number. The numbers have no gaps, and all up to the latest one read are committed.
 */
public final class DynamoDbCorrectionStore implements CorrectionStore {
    static final String BY_DATE = "ByDate";
    static final String BY_DRIVER = "ByDriver";
    /** A day key: the date, then the sort key of the item. */
    private static final Pattern DAY_KEY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})#(\\d{12}#\\d{2})$");
    /** A lost race on a score or a sequence number is read again, as is a transaction conflict. */
    private static final Set<String> RETRYABLE = union(ContentionBackoff.LOST_RACES, Set.of("ConditionalCheckFailed"));

    private final DynamoDbClient dynamo;
    private final String table;
    private final String scoresTable;
    private final ContentionBackoff backoff;

    public DynamoDbCorrectionStore(DynamoDbClient dynamo, String table, String scoresTable, ContentionBackoff backoff) {
        this.dynamo = dynamo;
        this.table = table;
        this.scoresTable = scoresTable;
        this.backoff = backoff;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    static String trail(String copid, String metric) {
        return copid + "#" + metric;
    }

    static String sortKey(long sequence, int n) {
        return String.format("%012d#%02d", sequence, n);
    }

    @Override
    public CorrectionOutcome correct(String copid, ScoreBatch batch, String reason, String by, Instant now) {
        return backoff.transact("the corrections of the metric stayed contended", RETRYABLE, () -> {
            long latest = latest(copid, batch.metric());
            Map<String, Integer> stored = stored(copid, batch);
            List<ScoreChange> changes = new ArrayList<>();
            for (Score score : batch.scores()) {
                Optional<Integer> before = Optional.ofNullable(stored.get(score.userxtid()));
                if (before.filter(value -> value == score.score()).isEmpty()) {
                    changes.add(new ScoreChange(score.userxtid(), before, score.score()));
                }
            }
            if (changes.isEmpty()) {
                return new CorrectionOutcome(latest, changes);
            }
            long sequence = latest + 1;
            List<TransactWriteItem> items = new ArrayList<>(changes.size() * 2);
            for (int n = 0; n < changes.size(); n++) {
                items.add(scorePut(copid, batch, changes.get(n), sequence, now));
                items.add(recordPut(copid, batch, changes.get(n), sequence, n, reason, by, now));
            }
            dynamo.transactWriteItems(DynamoDbScoreStore.request(items));
            return new CorrectionOutcome(sequence, changes);
        });
    }

    /** The batch's drivers' stored scores of the day, by driver: one strongly consistent BatchGetItem. */
    private Map<String, Integer> stored(String copid, ScoreBatch batch) {
        List<Map<String, AttributeValue>> keys = batch.scores().stream()
                .map(score -> DynamoDbScoreStore.key(copid, batch.metric(), batch.date(), score.userxtid())).toList();
        Map<String, Integer> stored = new HashMap<>();
        BatchCalls.getAll(dynamo, scoresTable, keys, true)
                .forEach(item -> stored.put(Attributes.requiredString(item, "userxtid"), Attributes.integer(item, "score")));
        return stored;
    }

    private TransactWriteItem scorePut(String copid, ScoreBatch batch, ScoreChange change, long sequence, Instant now) {
        Put.Builder put = Put.builder().tableName(scoresTable).item(Map.of(
                "pk", Attributes.s(DynamoDbScoreStore.dayKey(copid, batch.metric(), batch.date())),
                "userxtid", Attributes.s(change.userxtid()),
                "score", Attributes.n(change.after()),
                "updatedAt", Attributes.s(now.toString()),
                "correction", Attributes.n(sequence)));
        change.before().ifPresentOrElse(
                before -> put.conditionExpression("score = :before").expressionAttributeValues(Map.of(":before", Attributes.n(before))),
                () -> put.conditionExpression("attribute_not_exists(userxtid)"));
        return TransactWriteItem.builder().put(put.build()).build();
    }

    private TransactWriteItem recordPut(String copid, ScoreBatch batch, ScoreChange change, long sequence, int n,
                                        String reason, String by, Instant now) {
        String sk = sortKey(sequence, n);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", Attributes.s(trail(copid, batch.metric())));
        item.put("sk", Attributes.s(sk));
        item.put("seq", Attributes.n(sequence));
        item.put("date", Attributes.s(batch.date().toString()));
        item.put("day", Attributes.s(batch.date() + "#" + sk));
        item.put("userxtid", Attributes.s(change.userxtid()));
        item.put("driver", Attributes.s(copid + "#" + change.userxtid()));
        change.before().ifPresent(before -> item.put("old", Attributes.n(before)));
        item.put("new", Attributes.n(change.after()));
        item.put("reason", Attributes.s(reason));
        item.put("by", Attributes.s(by));
        item.put("at", Attributes.s(now.toString()));
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(sk)").build()).build();
    }

    @Override
    public long latest(String copid, String metric) {
        QueryResponse last = dynamo.query(QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", Attributes.s(trail(copid, metric))))
                .scanIndexForward(false)
                .limit(1)
                .consistentRead(true)
                .build());
        return last.items().isEmpty() ? 0 : Attributes.number(last.items().get(0), "seq");
    }

    @Override
    public List<ScoreCorrection> between(String copid, String metric, long after, long through) {
        if (through <= after) {
            return List.of();
        }
        // '#' sorts before the digits and '~' after them: the bounds take in every item of the first and last number.
        return dynamo.queryPaginator(QueryRequest.builder().tableName(table)
                        .keyConditionExpression("pk = :pk AND sk BETWEEN :first AND :last")
                        .expressionAttributeValues(Map.of(
                                ":pk", Attributes.s(trail(copid, metric)),
                                ":first", Attributes.s(String.format("%012d#", after + 1)),
                                ":last", Attributes.s(String.format("%012d#~", through))))
                        .consistentRead(true)
                        .build())
                .items().stream()
                // What an erasure left of a correction names no driver: the erasure rebuilds every board anyway.
                .filter(item -> item.containsKey("userxtid"))
                .map(item -> toCorrection(metric, item))
                .toList();
    }

    @Override
    public CorrectionPage page(String copid, String metric, LocalDate from, LocalDate to, int limit, Optional<String> after) {
        String pk = trail(copid, metric);
        // A day key is <date>#<sk>: '#' sorts before '$', so "<to>$" bounds every key of the last day.
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName(BY_DATE)
                .keyConditionExpression("pk = :pk AND #day BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#day", "day"))
                .expressionAttributeValues(Map.of(
                        ":pk", Attributes.s(pk),
                        ":from", Attributes.s(from + "#"),
                        ":to", Attributes.s(to + "$")))
                .scanIndexForward(false)
                .consistentRead(true)
                // One more than asked tells whether a next page exists, so "next" is never a dead end.
                .limit(limit + 1);
        after.ifPresent(day -> query.exclusiveStartKey(Map.of(
                "pk", Attributes.s(pk), "sk", Attributes.s(startingSortKey(day, from, to)), "day", Attributes.s(day))));
        QueryResponse response = dynamo.query(query.build());
        List<Map<String, AttributeValue>> items = response.items().stream().limit(limit).toList();
        // A Query also stops at 1 MB: a page cut there goes on where it stopped.
        boolean more = response.items().size() > limit || response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
        Optional<String> next = more && !items.isEmpty()
                ? Optional.of(Attributes.requiredString(items.get(items.size() - 1), "day"))
                : Optional.empty();
        return new CorrectionPage(items.stream().map(item -> toCorrection(metric, item)).toList(), next);
    }

    /**
     * The sort key of the item a page ended with, from its day key: a cursor made of any other text, or of a day out of
     * the range asked for (DynamoDB refuses a starting key outside the key condition), is refused.
     */
    private static String startingSortKey(String day, LocalDate from, LocalDate to) {
        Matcher key = DAY_KEY.matcher(day);
        if (!key.matches() || key.group(1).compareTo(from.toString()) < 0 || key.group(1).compareTo(to.toString()) > 0) {
            throw InvalidInput.validationFailed("cursor", "is not a cursor this API returned for these days");
        }
        return key.group(2);
    }

    /**
     * Finds the driver's corrections (the keys-only index {@value #BY_DRIVER}) and takes out of each the driver, the
     * scores and the reason, and its index keys, so that it leaves both indexes: the correction keeps its place in the
     * order, which numbers the next one.
     */
    @Override
    public void eraseDriver(String copid, String userxtid) {
        dynamo.queryPaginator(QueryRequest.builder().tableName(table).indexName(BY_DRIVER)
                        .keyConditionExpression("driver = :driver")
                        .expressionAttributeValues(Map.of(":driver", Attributes.s(copid + "#" + userxtid)))
                        .build())
                .items().forEach(key -> dynamo.updateItem(update -> update.tableName(table)
                        .key(Map.of("pk", key.get("pk"), "sk", key.get("sk")))
                        .updateExpression("SET erased = :true REMOVE userxtid, driver, #old, #new, reason, #day")
                        .expressionAttributeNames(Map.of("#old", "old", "#new", "new", "#day", "day"))
                        .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true)))));
    }

    private static ScoreCorrection toCorrection(String metric, Map<String, AttributeValue> item) {
        AttributeValue before = item.get("old");
        return new ScoreCorrection(Attributes.number(item, "seq"), Attributes.date(item, "date").orElseThrow(), metric,
                Attributes.requiredString(item, "userxtid"),
                before == null ? Optional.empty() : Optional.of(Integer.parseInt(before.n())),
                Attributes.integer(item, "new"), Attributes.requiredString(item, "reason"),
                Attributes.requiredString(item, "by"), Attributes.instant(item, "at"));
    }
}
