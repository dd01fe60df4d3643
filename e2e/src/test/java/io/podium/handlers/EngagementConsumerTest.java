package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.podium.adapters.dynamodb.DynamoDbBadgeStore;
import io.podium.adapters.dynamodb.DynamoDbLedger;
import io.podium.adapters.dynamodb.DynamoDbStreamStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.api.leaderboards.RecomputeConsumer;
import io.podium.badges.BadgeDefinition;
import io.podium.badges.BadgeRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Engagement in the recompute consumer, against the local DynamoDB engine: the same message delivered again, and a consumer
 * that dies in the middle of awarding, both end with every badge, level and event written exactly once.
 */
@ExtendWith(InProcessPodium.class)
class EngagementConsumerTest {
    private static final LocalDate DAY1 = LocalDate.of(2026, 6, 1);
    private static final DateTimeFormatter FEED_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Stores stores = Stores.healthy();
    private String copid;

    @BeforeEach
    void seed() {
        copid = newCompany();
        stores.day(copid, "km", DAY1, "ann", 120, "bob", 130, "cid", 5);
        stores.day(copid, "km", DAY1.plusDays(1), "ann", 110, "bob", 20);
        DynamoDbBadgeStore badges = new DynamoDbBadgeStore(stores.dynamo, Tables.engagement());
        badges.create(copid, new BadgeDefinition("hundred", false, 1,
                new BadgeRule.DailyScoreAtLeast("km", 100)), Instant.now());
        badges.create(copid, new BadgeDefinition("two_days", false, 0,
                new BadgeRule.Streak("km", 100, 2)), Instant.now());
        stores.metrics.finalizeThrough(copid, "km", DAY1.plusDays(1), Instant.now());
    }

    private SQSEvent message() {
        SQSEvent event = EventLoader.loadSQSEvent("../events/recompute-leaderboards.json");
        event.getRecords().get(0).setBody("{\"copid\":\"" + copid + "\",\"metric\":\"km\",\"finalizedThrough\":\"" + DAY1.plusDays(1) + "\"}");
        return event;
    }

    private List<String> events() {
        return new DynamoDbStreamStore(stores.dynamo, Tables.events()).page(copid, Optional.empty(), 1, 100).events().stream()
                .map(event -> event.type() + ":" + event.userxtid().orElse("-") + ":" + event.data()).sorted().toList();
    }

    private static List<String> failed(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
    }

    @Test
    void aRedeliveredMessageAwardsAndAnnouncesNothingTwice() {
        assertEquals(List.of(), failed(new RecomputeConsumer().handleRequest(message(), null)));
        List<String> first = events();
        assertEquals(Map.of(1L, Set.of("ann", "bob"), 2L, Set.of("ann")), new DynamoDbLedger(stores.dynamo, Tables.engagement(), Tables.events(), Tables.game()).awards(copid));
        assertEquals(6, first.size(), "3 awards and 3 levels: " + first);

        assertEquals(List.of(), failed(new RecomputeConsumer().handleRequest(message(), null)));
        assertEquals(first, events());
    }

    @Test
    void theLogKeepsALevelAsAChangeUnderTheFeedKeys() {
        Instant before = Instant.now();
        assertEquals(List.of(), failed(new RecomputeConsumer().handleRequest(message(), null)));
        Map<String, AttributeValue> level = stores.dynamo.query(query -> query.tableName(Tables.events())
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(copid + "#stream"))))
                .items().stream()
                .filter(item -> item.get("type").s().equals("new_level") && item.get("userxtid").s().equals("cid"))
                .findFirst().orElseThrow();
        assertEquals("[{\"metric\":\"level\",\"delta\":{\"old\":\"level_0\",\"new\":\"level_8\"}}]",
                level.get("changes").s());
        assertEquals(copid + "#cid", level.get("logDriver").s());

        // The game's feed over a window is one Query on ByCompanyTime: every event of the company, in time order: the
        // three drivers' enrolment as players (player_created), then the awards and levels.
        List<Map<String, AttributeValue>> feed = stores.dynamo.query(query -> query.tableName(Tables.events())
                .indexName("ByCompanyTime")
                .keyConditionExpression("logCompany = :copid AND logAt BETWEEN :start AND :end")
                .expressionAttributeValues(Map.of(":copid", AttributeValue.fromS(copid),
                        ":start", AttributeValue.fromS(FEED_TIME.format(before)),
                        ":end", AttributeValue.fromS(FEED_TIME.format(Instant.now().plusSeconds(1)))))).items();
        assertEquals(9, feed.size(), feed.toString());
        assertEquals(3, feed.stream().filter(item -> item.get("type").s().equals("player_created")).count());
        assertEquals(feed.stream().map(item -> item.get("logAt").s()).sorted().toList(),
                feed.stream().map(item -> item.get("logAt").s()).toList());
    }

    @Test
    void aConsumerThatDiesWhileAwardingIsRedeliveredAndConverges() {
        // Each badge's awards go in one transaction (a badge's newcomers, many to a transaction); the second dies.
        // (The drivers' enrolment as players, in the Game table, comes before and is not counted.)
        AtomicInteger transactions = new AtomicInteger();
        ExecutionInterceptor dieOnSecondAward = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof TransactWriteItemsRequest awards
                        && awards.transactItems().stream().noneMatch(item -> item.put() != null
                        && item.put().tableName().equals(Tables.game()))
                        && transactions.incrementAndGet() == 2) {
                    throw SdkClientException.create("injected: the function died while awarding");
                }
            }
        };
        Stores dying = new Stores(Faults.dynamoDb(dieOnSecondAward));
        SQSBatchResponse crashed = new RecomputeConsumer(dying.recomputer(Clock.systemUTC()))
                .handleRequest(message(), null);
        assertEquals(List.of(message().getRecords().get(0).getMessageId()), failed(crashed));
        assertEquals(2, events().size(), "the first badge's two awards landed with their events, nothing else");

        assertEquals(List.of(), failed(new RecomputeConsumer().handleRequest(message(), null)));
        assertEquals(6, events().size(), events().toString());
        assertEquals(Optional.of(8), new DynamoDbLedger(stores.dynamo, Tables.engagement(), Tables.events(), Tables.game()).level(copid, "cid"),
                "5 km is level_8 at the default scale");
    }
}
