package io.podium.handlers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podium.adapters.dynamodb.DynamoDbSettingsStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.api.jobs.AutoFinalizeJob;
import io.podium.api.jobs.CampaignStatusJob;
import io.podium.api.jobs.RepairSweepJob;
import io.podium.campaigns.Aggregation;
import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignStatus;
import io.podium.events.CompanyEvent;
import io.podium.jobs.AutoFinalize;
import io.podium.jobs.CampaignStatusTransitions;
import io.podium.jobs.RepairSweep;
import io.podium.json.Json;
import io.podium.metrics.Metric;
import io.podium.recompute.RecomputeRequest;
import io.podium.scores.Finalizer;
import io.podium.scores.Score;
import io.podium.scores.ScoreBatch;
import io.podium.settings.CompanySettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scheduled functions on their EventBridge fixtures, against the local DynamoDB engine, with fixed clocks. Each job
 * sweeps every company, so the assertions look only at this test's own company.
 */
@ExtendWith(InProcessPodium.class)
class ScheduledJobsTest {
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    private final Stores stores = Stores.healthy();
    private final List<RecomputeRequest> queued = new CopyOnWriteArrayList<>();
    private String copid;

    @BeforeEach
    void company() {
        copid = newCompany();
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static Map<String, Object> fixture(String name) {
        try {
            return new ObjectMapper().readValue(new File("../events/" + name), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CampaignStatus recorded(String id) {
        return stores.campaigns.find(copid, id).orElseThrow().recordedStatus();
    }

    @Test
    void statusTransitionsAreRecordedOnceWithTheirActivity() {
        Campaign campaign = stores.campaign(copid, "june", "eco", JUNE_1, JUNE_1.plusDays(9), Aggregation.TOTAL);
        Map<String, Object> event = fixture("campaign-status.json");

        new CampaignStatusJob(new CampaignStatusTransitions(stores.campaigns, stores.events, at(JUNE_1.minusDays(1))))
                .handleRequest(event, null);
        assertEquals(CampaignStatus.SCHEDULED, recorded("june"));

        CampaignStatusJob onStart = new CampaignStatusJob(new CampaignStatusTransitions(stores.campaigns, stores.events, at(JUNE_1)));
        onStart.handleRequest(event, null);
        assertEquals(CampaignStatus.RUNNING, recorded("june"));
        assertFalse(stores.events.append(new CompanyEvent(copid, "campaign_started#june#" + campaign.boardDefinition(),
                "campaign_started", Optional.empty(), Instant.now(), Json.object(), List.of(), false)),
                "campaign_started was recorded");
        onStart.handleRequest(event, null);
        assertEquals(CampaignStatus.RUNNING, recorded("june"));

        new CampaignStatusJob(new CampaignStatusTransitions(stores.campaigns, stores.events, at(JUNE_1.plusDays(10))))
                .handleRequest(event, null);
        assertEquals(CampaignStatus.ENDED, recorded("june"));
    }

    @Test
    void autoFinalizeMovesEachMetricToTodayMinusNThroughTheFinalizer() {
        stores.day(copid, "eco", JUNE_1, "ann", 1);
        stores.day(copid, "fuel", JUNE_1, "ann", 1);
        DynamoDbSettingsStore settings = new DynamoDbSettingsStore(stores.dynamo, Tables.settings());
        settings.put(new CompanySettings(copid, Optional.of(2), Instant.now()));
        Clock june10 = at(JUNE_1.plusDays(9));

        Map<String, Object> summary = new AutoFinalizeJob(new AutoFinalize(settings, stores.metrics,
                new Finalizer(stores.metrics, queued::add, june10), june10)).handleRequest(fixture("auto-finalize.json"), null);

        assertTrue((Integer) summary.get("count") >= 2);
        for (Metric metric : stores.metrics.list(copid)) {
            assertEquals(Optional.of(JUNE_1.plusDays(7)), metric.finalizedThrough(), metric.name());
        }
        assertEquals(2, queued.stream().filter(request -> request.copid().equals(copid)).count());
    }

    @Test
    void theRepairSweepQueuesBoardsBehindTheirCutOffAndOnlyThose() {
        stores.day(copid, "eco", JUNE_1, "ann", 3, "bob", 4);
        stores.campaign(copid, "june", "eco", JUNE_1, JUNE_1.plusDays(9), Aggregation.TOTAL);
        // A finalize whose recompute message was lost: the cut-off moved, nothing was queued.
        stores.metrics.finalizeThrough(copid, "eco", JUNE_1, Instant.now());
        RepairSweepJob sweep = new RepairSweepJob(new RepairSweep(stores.campaigns, stores.metrics, stores.boards,
                stores.corrections, queued::add, stores.wiring(Clock.systemUTC()).erasure(), Clock.systemUTC()));

        sweep.handleRequest(fixture("repair-sweep.json"), null);
        List<RecomputeRequest> mine = queued.stream().filter(request -> request.copid().equals(copid)).toList();
        assertEquals(1, mine.size());
        assertEquals("eco", mine.get(0).metric());
        assertEquals(Optional.of(JUNE_1), mine.get(0).finalizedThrough());

        stores.recomputer(Clock.systemUTC()).recompute(copid, "eco");
        queued.clear();
        sweep.handleRequest(fixture("repair-sweep.json"), null);
        assertTrue(queued.stream().noneMatch(request -> request.copid().equals(copid)), "an up-to-date board is left alone");
    }

    @Test
    void theRepairSweepAlsoQueuesAMetricWhoseEngagementIsBehind() {
        stores.day(copid, "no_campaign", JUNE_1, "ann", 3);
        stores.metrics.finalizeThrough(copid, "no_campaign", JUNE_1, Instant.now());
        RepairSweep sweep = new RepairSweep(stores.campaigns, stores.metrics, stores.boards, stores.corrections, queued::add,
                stores.wiring(Clock.systemUTC()).erasure(), Clock.systemUTC());

        sweep.run();
        assertEquals(List.of("no_campaign"), queued.stream().filter(request -> request.copid().equals(copid))
                .map(RecomputeRequest::metric).toList(), "no board of ranks, badges or levels reflects the cut-off");

        stores.recomputer(Clock.systemUTC()).recompute(copid, "no_campaign");
        queued.clear();
        sweep.run();
        assertTrue(queued.stream().noneMatch(request -> request.copid().equals(copid)), "caught up");
    }

    @Test
    void theRepairSweepQueuesAMetricCorrectedSinceItsBoardsWereComputed() {
        stores.day(copid, "eco", JUNE_1, "ann", 3, "bob", 4);
        stores.metrics.finalizeThrough(copid, "eco", JUNE_1, Instant.now());
        stores.recomputer(Clock.systemUTC()).recompute(copid, "eco");
        // A correction whose recompute message was lost.
        stores.corrections.correct(copid, new ScoreBatch("eco", JUNE_1, List.of(new Score("ann", 9))), "late", "token-1",
                Instant.now());
        RepairSweep sweep = new RepairSweep(stores.campaigns, stores.metrics, stores.boards, stores.corrections, queued::add,
                stores.wiring(Clock.systemUTC()).erasure(), Clock.systemUTC());

        sweep.run();
        assertEquals(List.of("eco"), queued.stream().filter(request -> request.copid().equals(copid))
                .map(RecomputeRequest::metric).toList(), "the total board does not reflect the correction");

        stores.recomputer(Clock.systemUTC()).recompute(copid, "eco");
        queued.clear();
        sweep.run();
        assertTrue(queued.stream().noneMatch(request -> request.copid().equals(copid)), "caught up");
    }
}
