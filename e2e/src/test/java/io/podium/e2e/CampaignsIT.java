package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static io.podium.e2e.ScoresIT.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Campaigns and company settings, the Hub's API, over HTTP on the local runtime. */
@ExtendWith(SharedPodium.class)
class CampaignsIT {
    private static final String MARCH = "{\"id\":\"march-eco\",\"name\":\"March eco\",\"metric\":\"eco_score\","
            + "\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-31\",\"description\":\"Top eco score wins.\"}";
    private static final String DEFAULT_SETTINGS = "{\"autoFinalizeAfterDays\":null,"
            + "\"levels\":{\"base\":0.030517578125,\"factor\":2.0,\"count\":30},\"points\":null,"
            + "\"rankRules\":{\"total_sales\":{\"rule\":\"total\",\"settings\":{\"metric\":\"total_sales\"}},"
            + "\"emails_sent\":{\"rule\":\"total\",\"settings\":{\"metric\":\"emails_sent\"}},"
            + "\"conversion_rate\":{\"rule\":\"ratio\",\"settings\":{\"metric\":\"conversions\",\"denominator_metric\":\"leads\","
            + "\"min_volume\":0}}},\"invitesNeedApproval\":true,\"updatedAt\":null}";

    private LocalPodium podium;
    private Tenant acme;

    @BeforeEach
    void newCompany(LocalPodium podium) {
        this.podium = podium;
        acme = Tenant.create(podium);
    }

    private Response create(Tenant caller, String json) {
        return caller.http().post(acme.path("/campaigns"), caller.token(), json);
    }

    private Response get(Tenant caller, String id) {
        return caller.http().get(acme.path("/campaigns/" + id), caller.token());
    }

    private Response put(Tenant caller, String id, String json) {
        return caller.http().send("PUT", acme.path("/campaigns/" + id), caller.token(), json);
    }

    private Response delete(Tenant caller, String id) {
        return caller.http().delete(acme.path("/campaigns/" + id), caller.token());
    }

    private Response list(String query) {
        return acme.http().get(acme.path("/campaigns" + query), acme.token());
    }

    private Response settings(Tenant caller) {
        return caller.http().get(acme.path("/settings"), caller.token());
    }

    private Response putSettings(Tenant caller, String json) {
        return caller.http().send("PUT", acme.path("/settings"), caller.token(), json);
    }

    private List<String> listedIds() {
        Response listed = list("");
        assertEquals(200, listed.status(), listed.toString());
        List<String> ids = new ArrayList<>();
        listed.json().get("data").forEach(campaign -> ids.add(campaign.get("id").asText()));
        return ids;
    }

    @Test
    void createsReadsListsReplacesAndDeletes() {
        Response created = create(acme, MARCH);
        assertEquals(201, created.status(), created.toString());
        JsonNode campaign = created.json();
        assertEquals("march-eco", campaign.get("id").asText());
        assertEquals("total", campaign.get("aggregation").asText());
        assertEquals("ended", campaign.get("status").asText());
        assertEquals("Top eco score wins.", campaign.get("description").asText());
        assertEquals(campaign.get("createdAt"), campaign.get("updatedAt"));
        assertEquals(campaign, get(acme, "march-eco").json());

        JsonNode listed = list("?status=ended&metric=eco_score").json();
        assertEquals(1, listed.get("data").size());
        assertEquals(campaign, listed.get("data").get(0));
        assertTrue(listed.get("next").isNull());
        assertEquals(0, list("?status=running").json().get("data").size());

        Response replaced = put(acme, "march-eco", "{\"name\":\"March eco, best day\",\"metric\":\"eco_score\","
                + "\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-31\",\"aggregation\":\"best_day\"}");
        assertEquals(200, replaced.status(), replaced.toString());
        JsonNode after = replaced.json();
        assertEquals("March eco, best day", after.get("name").asText());
        assertEquals("best_day", after.get("aggregation").asText());
        assertTrue(after.get("description").isNull());
        assertEquals(campaign.get("createdAt"), after.get("createdAt"));
        assertEquals(after, get(acme, "march-eco").json());

        Response deleted = delete(acme, "march-eco");
        assertEquals(204, deleted.status(), deleted.toString());
        assertRefused(get(acme, "march-eco"), 404, "campaign_not_found");
        assertRefused(delete(acme, "march-eco"), 404, "campaign_not_found");
        assertEquals(List.of(), listedIds());
    }

    @Test
    void pagesThroughCampaignsById() {
        for (String id : List.of("c", "a", "e", "b", "d")) {
            assertEquals(201, create(acme, MARCH.replace("march-eco", id)).status());
        }
        List<String> seen = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonNode page = list("?limit=2" + cursor).json();
            page.get("data").forEach(campaign -> seen.add(campaign.get("id").asText()));
            cursor = page.get("next").isNull() ? null : "&cursor=" + page.get("next").asText();
            pages++;
        } while (cursor != null);
        assertEquals(List.of("a", "b", "c", "d", "e"), seen);
        assertEquals(3, pages);
        assertRefused(list("?limit=101"), 400, "validation_failed");
        assertRefused(list("?status=over"), 400, "validation_failed");
        assertRefused(list("?cursor=%25%25"), 400, "validation_failed");
    }

    @Test
    void aCampaignWithoutAnIdGetsOneFromItsName() {
        Response created = create(acme, "{\"name\":\"Weekly Eco Challenge\",\"metric\":\"eco_score\","
                + "\"startDate\":\"2099-01-05\",\"endDate\":\"2099-01-11\",\"aggregation\":\"active_days\"}");
        assertEquals(201, created.status(), created.toString());
        String id = created.json().get("id").asText();
        assertTrue(id.matches("weekly-eco-challenge-[0-9a-f]{6}"), id);
        assertEquals("scheduled", created.json().get("status").asText());
        assertEquals(200, get(acme, id).status());
    }

    @Test
    void refusalsWriteNothing() {
        JsonNode original = create(acme, MARCH).json();
        assertRefused(create(acme, MARCH.replace("March eco", "Second")), 409, "campaign_exists");
        assertRefused(create(acme, "{\"id\":\"other\",\"name\":\"\",\"metric\":\"e c o\",\"startDate\":\"2026-03-31\","
                + "\"endDate\":\"2026-03-01\"}"), 400, "validation_failed");
        assertRefused(create(acme, "{\"id\":\"other\",\"name\":1}"), 400, "invalid_json");
        assertRefused(create(acme, "not json"), 400, "invalid_json");
        assertRefused(put(acme, "march-eco", MARCH.replace("\"id\":\"march-eco\"", "\"id\":\"april-eco\"")),
                400, "validation_failed");
        assertRefused(put(acme, "march-eco", MARCH.replace("2026-03-31", "2026-02-29")), 400, "validation_failed");
        assertRefused(put(acme, "april-eco", MARCH.replace("march-eco", "april-eco")), 404, "campaign_not_found");
        assertEquals(original, get(acme, "march-eco").json());
        assertEquals(List.of("march-eco"), listedIds());

        Response details = create(acme, "{\"id\":\"Other\",\"name\":\"n\",\"metric\":\"eco\",\"startDate\":\"2026-03-01\","
                + "\"endDate\":\"2026-02-01\",\"aggregation\":\"sum\"}");
        List<String> fields = new ArrayList<>();
        details.json().get("error").get("details").forEach(detail -> fields.add(detail.get("field").asText()));
        assertEquals(List.of("id", "endDate", "aggregation"), fields);
    }

    @Test
    void aReadTokenReadsCampaignsButChangesNothing() {
        JsonNode original = create(acme, MARCH).json();
        Tenant reader = Tenant.withToken(podium, acme.copid(), "read");
        assertEquals(original, get(reader, "march-eco").json());
        assertEquals(200, reader.http().get(acme.path("/campaigns"), reader.token()).status());
        assertRefused(settings(reader), 403, "insufficient_scope");
        assertWritesRefused(reader, "insufficient_scope", original);
    }

    @Test
    void anotherCompanysTokenIsForbidden() {
        JsonNode original = create(acme, MARCH).json();
        Tenant globex = Tenant.create(podium);
        assertRefused(get(globex, "march-eco"), 403, "forbidden");
        assertRefused(globex.http().get(acme.path("/campaigns"), globex.token()), 403, "forbidden");
        assertRefused(settings(globex), 403, "forbidden");
        assertWritesRefused(globex, "forbidden", original);
        assertEquals(0, globex.http().get(globex.path("/campaigns"), globex.token()).json().get("data").size(),
                "nothing landed in the other company either");
    }

    /** Every write of {@code caller} to acme is refused with {@code code}, and acme's data is as it was. */
    private void assertWritesRefused(Tenant caller, String code, JsonNode original) {
        assertRefused(create(caller, MARCH.replace("march-eco", "planted")), 403, code);
        assertRefused(put(caller, "march-eco", MARCH.replace("March eco", "Hijacked")), 403, code);
        assertRefused(delete(caller, "march-eco"), 403, code);
        assertRefused(putSettings(caller, "{\"autoFinalizeAfterDays\":1}"), 403, code);

        assertEquals(original, get(acme, "march-eco").json());
        assertEquals(List.of("march-eco"), listedIds());
        assertEquals(DEFAULT_SETTINGS, settings(acme).text());
    }

    @Test
    void settingsArePutAndReadBack() {
        assertEquals(DEFAULT_SETTINGS, settings(acme).text());
        Response saved = putSettings(acme, "{\"autoFinalizeAfterDays\":2}");
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(2, saved.json().get("autoFinalizeAfterDays").asInt());
        assertTrue(saved.json().get("updatedAt").asText().endsWith("Z"));
        assertEquals(saved.json(), settings(acme).json());

        assertRefused(putSettings(acme, "{\"autoFinalizeAfterDays\":400}"), 400, "validation_failed");
        assertRefused(putSettings(acme, "{\"autoFinalizeAfterDays\":\"2\"}"), 400, "invalid_json");
        assertEquals(saved.json(), settings(acme).json(), "a refused PUT changes nothing");

        Response off = putSettings(acme, "{}");
        assertEquals(200, off.status(), off.toString());
        assertTrue(settings(acme).json().get("autoFinalizeAfterDays").isNull());
    }
}
