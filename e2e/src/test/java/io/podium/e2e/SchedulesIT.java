package io.podium.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;

import static io.podium.e2e.LeaderboardsIT.awaitComputed;
import static io.podium.e2e.LeaderboardsIT.createCampaign;
import static io.podium.e2e.LeaderboardsIT.readWholeBoard;
import static io.podium.e2e.LeaderboardsIT.submitRandomScores;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The EventBridge schedules of template.yaml, fired on demand through the local runtime's /_local/schedules. */
@ExtendWith(SharedPodium.class)
class SchedulesIT {
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    private static Response fire(LocalPodium podium, String schedule) {
        return podium.http().post("/_local/schedules/" + schedule, null, "");
    }

    @Test
    void theRepairSweepHealsALostRecomputeMessage(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Map<LocalDate, Map<String, Integer>> submitted = submitRandomScores(acme, new Random(3));
        LeaderboardsIT.CampaignSpec spec = new LeaderboardsIT.CampaignSpec("healed", "total", APRIL_1, APRIL_1.plusDays(9));
        assertEquals(201, createCampaign(acme, spec).status());
        assertEquals(200, acme.finalizeThrough("safety", APRIL_1.plusDays(2).toString()).status());
        awaitComputed(acme, "healed", APRIL_1.plusDays(2));

        podium.dynamoDb().updateItem(b -> b.tableName("podium-local-MetricsTable")
                .key(Map.of("copid", AttributeValue.fromS(acme.copid()), "metric", AttributeValue.fromS("safety")))
                .updateExpression("SET finalizedThrough = :through")
                .expressionAttributeValues(Map.of(":through", AttributeValue.fromS(APRIL_1.plusDays(6).toString()))));
        assertEquals(202, fire(podium, "RepairSweep").status());
        awaitComputed(acme, "healed", APRIL_1.plusDays(6));
        assertEquals(ExpectedBoard.compute(submitted, APRIL_1, APRIL_1.plusDays(9), APRIL_1.plusDays(6), "total"),
                readWholeBoard(acme, "healed"));
    }

    @Test
    void autoFinalizeFinalizesEachMetricThroughTodayMinusN(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Map<LocalDate, Map<String, Integer>> submitted = submitRandomScores(acme, new Random(5));
        assertEquals(201, createCampaign(acme, new LeaderboardsIT.CampaignSpec("auto", "best_day", APRIL_1, APRIL_1.plusDays(4))).status());
        Response settings = acme.http().send("PUT", acme.path("/settings"), acme.token(), "{\"autoFinalizeAfterDays\":1}");
        assertEquals(200, settings.status(), settings.toString());

        assertEquals(202, fire(podium, "AutoFinalize").status());
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        awaitComputed(acme, "auto", yesterday);
        assertEquals(yesterday.toString(), acme.metrics().json().get("data").get(0).get("finalizedThrough").asText());
        assertEquals(ExpectedBoard.compute(submitted, APRIL_1, APRIL_1.plusDays(4), yesterday, "best_day"),
                readWholeBoard(acme, "auto"));
    }

    @Test
    void statusTransitionsRunOnDemand(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        assertEquals(201, createCampaign(acme, new LeaderboardsIT.CampaignSpec("past", "total", APRIL_1, APRIL_1.plusDays(1))).status());
        assertEquals(202, fire(podium, "CampaignStatusTransitions").status());
        assertEquals("ended", acme.http().get(acme.path("/campaigns/past"), acme.token()).json().get("status").asText());
        assertEquals(404, fire(podium, "NoSuchSchedule").status());
    }
}
