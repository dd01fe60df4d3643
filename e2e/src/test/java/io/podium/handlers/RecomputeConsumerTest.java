package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import io.podium.api.leaderboards.RecomputeConsumer;
import io.podium.campaigns.Aggregation;
import io.podium.leaderboards.BoardHead;
import io.podium.leaderboards.BoardPage;
import io.podium.leaderboards.RankedEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recompute consumer on its SQS fixture, against the local DynamoDB engine: duplicates, stale and out-of-order
 * messages, a crash between writing a board's parts and publishing it, and poison messages.
 */
@ExtendWith(InProcessPodium.class)
class RecomputeConsumerTest {
    private static final LocalDate DAY1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate DAY2 = DAY1.plusDays(1);
    private static final LocalDate DAY3 = DAY1.plusDays(2);

    private final Stores stores = Stores.healthy();
    private String copid;

    @BeforeEach
    void seed() {
        copid = newCompany();
        stores.day(copid, "eco_score", DAY1, "ann", 5, "bob", 7, "cid", 1);
        stores.day(copid, "eco_score", DAY2, "ann", 4, "bob", 1, "dan", 9);
        stores.day(copid, "eco_score", DAY3, "ann", 3, "cid", 2);
        stores.campaign(copid, "may", "eco_score", DAY1, DAY3, Aggregation.TOTAL);
    }

    private SQSEvent messages(String... bodies) {
        SQSEvent fixture = EventLoader.loadSQSEvent("../events/recompute-leaderboards.json");
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            SQSEvent.SQSMessage record = EventLoader.loadSQSEvent("../events/recompute-leaderboards.json").getRecords().get(0);
            record.setMessageId("m" + i);
            record.setBody(bodies[i]);
            records.add(record);
        }
        fixture.setRecords(records);
        return fixture;
    }

    private String message(LocalDate through) {
        return "{\"copid\":\"" + copid + "\",\"metric\":\"eco_score\",\"finalizedThrough\":\"" + through + "\"}";
    }

    private List<String> board() {
        BoardPage page = stores.boards.page(copid, "may", 0, 100).orElseThrow();
        return page.entries().stream().map(e -> e.rank() + ":" + e.userxtid() + "=" + e.standing().accumulated()).toList();
    }

    private static List<String> failed(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
    }

    @ParameterizedTest
    @Event(value = "../events/recompute-leaderboards.json", type = SQSEvent.class)
    void recomputesTheBoardsOfTheMessagesMetric(SQSEvent event) {
        stores.metrics.finalizeThrough(copid, "eco_score", DAY2, Instant.now());
        event.getRecords().get(0).setBody(message(DAY2));
        SQSBatchResponse response = new RecomputeConsumer().handleRequest(event, null);
        assertEquals(List.of(), failed(response));
        assertEquals(List.of("1:ann=9", "1:dan=9", "3:bob=8", "4:cid=1"), board());
        assertEquals(Optional.of(DAY2), stores.boards.head(copid, "may").orElseThrow().computedThrough());
    }

    @Test
    void duplicateStaleAndOutOfOrderMessagesConverge() {
        RecomputeConsumer consumer = new RecomputeConsumer(stores.recomputer(Clock.systemUTC()));
        stores.metrics.finalizeThrough(copid, "eco_score", DAY1, Instant.now());
        assertEquals(List.of(), failed(consumer.handleRequest(messages(message(DAY1)), null)));
        stores.metrics.finalizeThrough(copid, "eco_score", DAY3, Instant.now());
        // The newest message first, then a duplicate and the stale ones.
        assertEquals(List.of(), failed(consumer.handleRequest(
                messages(message(DAY3), message(DAY3), message(DAY1), message(DAY2)), null)));
        BoardHead head = stores.boards.head(copid, "may").orElseThrow();
        assertEquals(Optional.of(DAY3), head.computedThrough());
        assertEquals(List.of("1:ann=12", "2:dan=9", "3:bob=8", "4:cid=3"), board());

        assertEquals(List.of(), failed(consumer.handleRequest(messages(message(DAY2)), null)));
        assertEquals(head, stores.boards.head(copid, "may").orElseThrow(), "a late message changes nothing");
    }

    @Test
    void aConsumerThatDiesBeforePublishingIsRedeliveredAndConverges() {
        stores.metrics.finalizeThrough(copid, "eco_score", DAY3, Instant.now());
        ExecutionInterceptor crashOnPublish = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutItemRequest put && put.item().get("part") != null
                        && "HEAD".equals(put.item().get("part").s())) {
                    throw SdkClientException.create("injected: the function died after writing the chunks");
                }
            }
        };
        Stores crashing = new Stores(Faults.dynamoDb(crashOnPublish));
        SQSBatchResponse crashed = new RecomputeConsumer(crashing.recomputer(Clock.systemUTC()))
                .handleRequest(messages(message(DAY3)), null);
        assertEquals(List.of("m0"), failed(crashed));
        assertTrue(stores.boards.head(copid, "may").isEmpty(), "nothing was published");

        SQSBatchResponse redelivered = new RecomputeConsumer(stores.recomputer(Clock.systemUTC()))
                .handleRequest(messages(message(DAY3)), null);
        assertEquals(List.of(), failed(redelivered));
        assertEquals(List.of("1:ann=12", "2:dan=9", "3:bob=8", "4:cid=3"), board());
    }

    @Test
    void aPoisonMessageFailsAndStopsTheRestOfTheBatch() {
        stores.metrics.finalizeThrough(copid, "eco_score", DAY3, Instant.now());
        RecomputeConsumer consumer = new RecomputeConsumer(stores.recomputer(Clock.systemUTC()));
        SQSBatchResponse response = consumer.handleRequest(messages(message(DAY3), "not json", message(DAY3)), null);
        assertEquals(List.of("m1", "m2"), failed(response));
        assertEquals(4, board().size(), "the message before the poison one was processed");
    }

    @Test
    void incrementalRecomputeKeepsEarlierDaysAndTheBoardsSize() {
        RecomputeConsumer consumer = new RecomputeConsumer(stores.recomputer(Clock.systemUTC()));
        stores.metrics.finalizeThrough(copid, "eco_score", DAY2, Instant.now());
        consumer.handleRequest(messages(message(DAY2)), null);
        BoardHead first = stores.boards.head(copid, "may").orElseThrow();
        stores.metrics.finalizeThrough(copid, "eco_score", DAY3, Instant.now());
        consumer.handleRequest(messages(message(DAY3)), null);
        BoardHead second = stores.boards.head(copid, "may").orElseThrow();
        assertEquals(Optional.of(first.version()), second.previousVersion());
        List<RankedEntry> entries = stores.boards.entries(copid, "may", second);
        assertEquals(4, entries.size());
        assertEquals(3, entries.get(0).standing().days(), "ann scored on all three days");
    }
}
