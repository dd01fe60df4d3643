package io.podium.handlers;

import io.podium.adapters.dynamodb.DynamoDbCampaignStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.campaigns.Aggregation;
import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the scheduled jobs need of the Campaigns table, on the local DynamoDB engine. */
@ExtendWith(InProcessPodium.class)
class CampaignStoreTest {
    private static final DynamoDbCampaignStore STORE = new DynamoDbCampaignStore(Faults.dynamoDb(), Tables.campaigns());
    private static final Instant CREATED = Instant.parse("2026-02-20T10:00:00Z");

    private static Campaign campaign(String copid, String id) {
        return new Campaign(copid, id, "March eco", "eco_score", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                Aggregation.TOTAL, Optional.empty(), CampaignStatus.SCHEDULED, CREATED, CREATED);
    }

    @Test
    void recordsEachStatusOnceAndNeverForADeletedCampaign() {
        Campaign campaign = campaign(newCompany(), "march-eco");
        assertTrue(STORE.create(campaign));
        assertFalse(STORE.recordStatus(campaign, CampaignStatus.SCHEDULED));
        assertTrue(STORE.recordStatus(campaign, CampaignStatus.RUNNING));
        assertFalse(STORE.recordStatus(campaign, CampaignStatus.RUNNING), "another run recorded it first");
        assertEquals(CampaignStatus.RUNNING, STORE.find(campaign.copid(), campaign.id()).orElseThrow().recordedStatus());

        assertTrue(STORE.delete(campaign.copid(), campaign.id()));
        assertFalse(STORE.recordStatus(campaign, CampaignStatus.ENDED));
        assertEquals(Optional.empty(), STORE.find(campaign.copid(), campaign.id()), "no stub item may appear");
    }

    @Test
    void aReplacementKeepsTheRecordedStatusAndCreationTime() {
        Campaign campaign = campaign(newCompany(), "march-eco");
        STORE.create(campaign.withRecordedStatus(CampaignStatus.RUNNING));
        Instant later = CREATED.plusSeconds(60);
        Campaign replacement = new Campaign(campaign.copid(), campaign.id(), "April eco", "braking", LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), Aggregation.AVERAGE, Optional.of("new"), CampaignStatus.SCHEDULED, later, later);
        assertTrue(STORE.replace(replacement));
        assertEquals(new Campaign(campaign.copid(), campaign.id(), "April eco", "braking", LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 4, 30), Aggregation.AVERAGE, Optional.of("new"), CampaignStatus.RUNNING, CREATED, later),
                STORE.find(campaign.copid(), campaign.id()).orElseThrow());

        Campaign withoutDescription = new Campaign(campaign.copid(), campaign.id(), "April eco", "braking", LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), Aggregation.AVERAGE, Optional.empty(), CampaignStatus.SCHEDULED, later, later);
        assertTrue(STORE.replace(withoutDescription));
        assertEquals(Optional.empty(), STORE.find(campaign.copid(), campaign.id()).orElseThrow().description());
        assertFalse(STORE.replace(campaign(campaign.copid(), "missing")));
        assertEquals(Optional.empty(), STORE.find(campaign.copid(), "missing"));
    }

    @Test
    void forEachVisitsEveryCompanysCampaigns() {
        String first = newCompany();
        String second = newCompany();
        STORE.create(campaign(first, "a"));
        STORE.create(campaign(first, "b"));
        STORE.create(campaign(second, "a"));
        List<String> seen = new ArrayList<>();
        STORE.forEach(campaign -> {
            if (campaign.copid().equals(first) || campaign.copid().equals(second)) {
                seen.add(campaign.copid() + "/" + campaign.id());
            }
        });
        assertEquals(3, seen.size());
        assertTrue(seen.containsAll(List.of(first + "/a", first + "/b", second + "/a")));
        assertEquals(List.of("a", "b"), STORE.list(first).stream().map(Campaign::id).toList());
    }
}
