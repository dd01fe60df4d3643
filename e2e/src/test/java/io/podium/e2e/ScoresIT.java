package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static io.podium.e2e.Tenant.batch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scores contract over HTTP, on the local DynamoDB engine behind the local runtime. */
@ExtendWith(SharedPodium.class)
class ScoresIT {
    private Tenant acme;

    @BeforeEach
    void newCompany(LocalPodium podium) {
        acme = Tenant.create(podium);
    }

    private List<String> storedDrivers(String metric, String date) {
        Response page = acme.scores(metric, date, "&limit=1000");
        if (page.status() == 404) {
            return List.of();
        }
        assertEquals(200, page.status(), page.toString());
        List<String> drivers = new ArrayList<>();
        page.json().get("scores").forEach(s -> drivers.add(s.get("userxtid").asText() + "=" + s.get("score").asInt()));
        return drivers;
    }

    @Test
    void storesABatchAndReadsItBack() {
        Response accepted = acme.submit(batch("eco", "2026-03-01", "d1", "10", "d2", "-3"));
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals(2, accepted.json().get("accepted").asInt());

        JsonNode day = acme.scores("eco", "2026-03-01", "").json();
        assertEquals("eco", day.get("metric").asText());
        assertEquals("2026-03-01", day.get("date").asText());
        assertFalse(day.get("finalized").asBoolean());
        assertEquals(List.of("d1=10", "d2=-3"), storedDrivers("eco", "2026-03-01"));
        assertTrue(day.get("scores").get(0).get("updatedAt").asText().endsWith("Z"));
        assertTrue(day.get("next").isNull());
    }

    @Test
    void theLatestWriteWinsAndKeepsItsTime() {
        acme.submit(batch("eco", "2026-03-01", "d1", "10"));
        String firstWrite = acme.scores("eco", "2026-03-01", "").json().get("scores").get(0).get("updatedAt").asText();
        LocalPodium.pause(java.time.Duration.ofMillis(5));
        acme.submit(batch("eco", "2026-03-01", "d1", "11"));
        JsonNode stored = acme.scores("eco", "2026-03-01", "").json().get("scores").get(0);
        assertEquals(11, stored.get("score").asInt());
        assertNotEquals(firstWrite, stored.get("updatedAt").asText());
    }

    @Test
    void theFirstSubmissionCreatesTheMetric() {
        assertEquals(0, acme.metrics().json().get("data").size());
        acme.submit(batch("braking", "2026-03-01", "d1", "1"));
        JsonNode metric = acme.metrics().json().get("data").get(0);
        assertEquals("braking", metric.get("metric").asText());
        assertTrue(metric.get("finalizedThrough").isNull());
        assertTrue(metric.get("createdAt").asText().startsWith("20"));
    }

    @Test
    void refusalsAnswerJsonErrorsAndWriteNothing() {
        String fiftyOne = batch("eco", "2026-03-01", manyDrivers(51));
        assertRefused(acme.submit(fiftyOne), 413, "batch_too_large");
        assertRefused(acme.submit("{\"metric\":\"eco\",\"date\":\"2026-03-01\",\"scores\":[{\"userxtid\":\"d1\",\"score\":1},"
                + "{\"userxtid\":\"d1\",\"score\":2}]}"), 412, "duplicate_userxtid");
        assertRefused(acme.submit("{\"metric\":\"eco\",\"date\":\"2026-02-30\",\"scores\":[{\"userxtid\":\"d1\",\"score\":1}]}"),
                400, "validation_failed");
        assertRefused(acme.submit("{\"metric\":\"eco\",\"date\":\"2026-03-01\",\"scores\":[{\"userxtid\":\"d1\",\"score\":1},"
                + "{\"userxtid\":\"d2\",\"score\":1.5}]}"), 400, "validation_failed");
        assertRefused(acme.submit("not json"), 400, "invalid_json");
        assertRefused(acme.submit(""), 400, "invalid_json");
        assertRefused(acme.submit("{\"metric\":\"eco\",\"date\":\"2026-03-01\",\"scores\":[{\"userxtid\":\"d1\",\"score\":1}],"
                + "\"pad\":\"" + "x".repeat(300 * 1024) + "\"}"), 413, "batch_too_large");
        assertEquals(List.of(), storedDrivers("eco", "2026-03-01"));
        assertEquals(0, acme.metrics().json().get("data").size(), "a refused batch must not create its metric");
    }

    @Test
    void detailsNameTheOffendingItems() {
        Response refused = acme.submit("{\"metric\":\"eco\",\"date\":\"2026-03-01\",\"scores\":[{\"userxtid\":\"ok\",\"score\":1},"
                + "{\"userxtid\":\"d2\",\"score\":\"10\"}]}");
        JsonNode detail = refused.json().get("error").get("details").get(0);
        assertEquals(1, detail.get("index").asInt());
        assertEquals("score", detail.get("field").asText());
        assertFalse(refused.text().contains("Exception"), refused.text());
    }

    @Test
    void finalizedDaysAreReadOnly() {
        acme.submit(batch("eco", "2026-03-01", "d1", "10"));
        Response finalized = acme.finalizeThrough("eco", "2026-03-02");
        assertEquals(200, finalized.status(), finalized.toString());
        assertEquals("2026-03-02", finalized.json().get("finalizedThrough").asText());

        assertRefused(acme.submit(batch("eco", "2026-03-01", "d1", "99", "d9", "1")), 412, "score_finalized");
        assertRefused(acme.submit(batch("eco", "2026-03-02", "d1", "99")), 412, "score_finalized");
        assertEquals(List.of("d1=10"), storedDrivers("eco", "2026-03-01"));
        assertEquals(List.of(), storedDrivers("eco", "2026-03-02"));
        assertTrue(acme.scores("eco", "2026-03-01", "").json().get("finalized").asBoolean());

        assertEquals(200, acme.submit(batch("eco", "2026-03-03", "d1", "5")).status());
        assertFalse(acme.scores("eco", "2026-03-03", "").json().get("finalized").asBoolean());
    }

    @Test
    void theCutOffNeverMovesBack() {
        assertEquals(200, acme.finalizeThrough("eco", "2026-03-10").status());
        Response earlier = acme.finalizeThrough("eco", "2026-03-01");
        assertEquals(200, earlier.status());
        assertEquals("2026-03-10", earlier.json().get("finalizedThrough").asText());
        assertEquals(200, acme.finalizeThrough("eco", "2026-03-10").status());
        assertEquals("2026-03-10", acme.metrics().json().get("data").get(0).get("finalizedThrough").asText());
    }

    @Test
    void finalizingAnUnknownMetricCreatesIt() {
        acme.finalizeThrough("fuel", "2026-01-31");
        JsonNode metric = acme.metrics().json().get("data").get(0);
        assertEquals("fuel", metric.get("metric").asText());
        assertEquals("2026-01-31", metric.get("finalizedThrough").asText());
    }

    @Test
    void finalizeRefusesBadInput() {
        assertRefused(acme.finalizeThrough("eco", "2026-02-30"), 400, "validation_failed");
        assertRefused(acme.finalizeThrough("e c o", "2026-02-01"), 400, "validation_failed");
        assertRefused(acme.http().post(acme.path("/scores/finalize"), acme.token(), "{\"metric\":1,\"date\":\"2026-02-01\"}"),
                400, "invalid_json");
        assertEquals(0, acme.metrics().json().get("data").size());
    }

    @Test
    void readsADayPageByPage() {
        acme.submit(batch("eco", "2026-03-01", manyDrivers(7)));
        List<String> seen = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonNode page = acme.scores("eco", "2026-03-01", "&limit=3" + cursor).json();
            page.get("scores").forEach(s -> seen.add(s.get("userxtid").asText()));
            cursor = page.get("next").isNull() ? null : "&cursor=" + page.get("next").asText();
            pages++;
        } while (cursor != null);
        assertEquals(List.of("d00", "d01", "d02", "d03", "d04", "d05", "d06"), seen);
        assertEquals(3, pages);
    }

    @Test
    void readRefusals() {
        assertRefused(acme.scores("nope", "2026-03-01", ""), 404, "metric_not_found");
        acme.submit(batch("eco", "2026-03-01", "d1", "1"));
        assertRefused(acme.scores("eco", "2026-03-01", "&limit=0"), 400, "validation_failed");
        assertRefused(acme.scores("eco", "2026-03-01", "&limit=1001"), 400, "validation_failed");
        assertRefused(acme.scores("eco", "2026-03-01", "&cursor=%25%25"), 400, "validation_failed");
        assertRefused(acme.scores("eco", "2026-13-01", ""), 400, "validation_failed");
        assertRefused(acme.http().get(acme.path("/scores"), acme.token()), 400, "validation_failed");
    }

    @Test
    void unknownRoutesAreJsonErrors() {
        Response missing = acme.http().get("/v3/igr/nothing-here", acme.token());
        assertEquals(404, missing.status(), missing.toString());
        assertEquals("route_not_found", missing.errorCode(), missing.toString());
    }

    static String[] manyDrivers(int count) {
        String[] pairs = new String[count * 2];
        for (int i = 0; i < count; i++) {
            pairs[2 * i] = String.format("d%02d", i);
            pairs[2 * i + 1] = Integer.toString(i);
        }
        return pairs;
    }

    static void assertRefused(Response response, int status, String code) {
        assertEquals(status, response.status(), response.toString());
        assertEquals(code, response.errorCode(), response.toString());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"), response.toString());
    }
}
