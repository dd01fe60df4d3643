package io.podium.campaigns;

import io.podium.errors.DomainException;
import io.podium.errors.ErrorDetail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CampaignRequestTest {
    private static final String VALID = "{\"name\":\"March eco\",\"metric\":\"eco_score\",\"startDate\":\"2026-03-01\","
            + "\"endDate\":\"2026-03-31\"";

    private static CampaignRequest parse(String json) {
        return CampaignRequest.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The valid body with {@code fields} added (or, since later keys cannot repeat, the valid body's own). */
    private static String with(String fields) {
        return VALID + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    private static DomainException refusal(String json) {
        return assertThrows(DomainException.class, () -> parse(json));
    }

    private static void assertRefusedField(String json, String field) {
        DomainException error = refusal(json);
        assertEquals("validation_failed", error.code(), json);
        assertEquals(List.of(field), error.details().stream().map(ErrorDetail::field).toList(), json);
    }

    @Test
    void readsAFullBody() {
        assertEquals(new CampaignRequest(Optional.of("march-eco"), "March eco", "eco_score", LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 3, 31), Aggregation.BEST_DAY, Optional.of("Best day wins.")),
                parse(with("\"id\":\"march-eco\",\"aggregation\":\"best_day\",\"description\":\"Best day wins.\"")));
    }

    @Test
    void defaultsToTotalWithoutIdOrDescriptionAndIgnoresUnknownFields() {
        assertEquals(new CampaignRequest(Optional.empty(), "March eco", "eco_score", LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 3, 31), Aggregation.TOTAL, Optional.empty()),
                parse(with("\"id\":null,\"description\":null,\"aggregation\":null,\"prize\":{\"eur\":50}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"total", "best_day", "average", "active_days"})
    void readsEveryAggregation(String name) {
        assertEquals(name, parse(with("\"aggregation\":\"" + name + "\"")).aggregation().wireName());
    }

    @Test
    void aOneDayCampaignIsFine() {
        CampaignRequest request = parse("{\"name\":\"n\",\"metric\":\"m\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-01\"}");
        assertEquals(request.startDate(), request.endDate());
    }

    @Test
    void namesAreOneTo255Characters() {
        assertEquals(255, parse("{\"name\":\"" + "é".repeat(255) + "\",\"metric\":\"m\",\"startDate\":\"2026-03-01\","
                + "\"endDate\":\"2026-03-01\"}").name().length());
        assertRefusedField("{\"name\":\"" + "n".repeat(256) + "\",\"metric\":\"m\",\"startDate\":\"2026-03-01\","
                + "\"endDate\":\"2026-03-01\"}", "name");
        assertRefusedField("{\"name\":\"\",\"metric\":\"m\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-01\"}", "name");
    }

    @Test
    void descriptionsAreAtMost2000Characters() {
        assertEquals(2000, parse(with("\"description\":\"" + "d".repeat(2000) + "\"")).description().orElseThrow().length());
        assertRefusedField(with("\"description\":\"" + "d".repeat(2001) + "\""), "description");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"id\":\"March-Eco\"           | id",
            "\"id\":\"-march\"              | id",
            "\"id\":\"\"                    | id",
            "\"id\":\"march eco\"           | id",
            "\"aggregation\":\"sum\"        | aggregation",
            "\"aggregation\":\"TOTAL\"      | aggregation"})
    void refusesRuleViolationsOfOptionalFields(String field, String name) {
        assertRefusedField(with(field), name);
    }

    @Test
    void refusesIdsOverSixtyFourCharacters() {
        assertRefusedField(with("\"id\":\"" + "a".repeat(65) + "\""), "id");
        assertEquals("a".repeat(64), parse(with("\"id\":\"" + "a".repeat(64) + "\"")).id().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "e c o      | 2026-03-01 | 2026-03-31 | metric",
            "eco#x      | 2026-03-01 | 2026-03-31 | metric",
            "eco        | 2026-02-30 | 2026-03-31 | startDate",
            "eco        | 2026-3-1   | 2026-03-31 | startDate",
            "eco        | 2026-03-01 | 2026-04-31 | endDate",
            "eco        | 2026-03-01 | 2026-02-28 | endDate"})
    void refusesBadMetricsAndDates(String metric, String start, String end, String field) {
        assertRefusedField("{\"name\":\"n\",\"metric\":\"" + metric + "\",\"startDate\":\"" + start + "\",\"endDate\":\""
                + end + "\"}", field);
    }

    @Test
    void namesEveryMissingField() {
        DomainException error = refusal("{\"name\":null}");
        assertEquals("validation_failed", error.code());
        assertEquals(List.of(
                ErrorDetail.field("name", "is required"),
                ErrorDetail.field("metric", "is required"),
                ErrorDetail.field("startDate", "is required"),
                ErrorDetail.field("endDate", "is required")), error.details());
    }

    @Test
    void namesEveryBrokenRuleInOneAnswer() {
        DomainException error = refusal("{\"id\":\"X\",\"name\":\"\",\"metric\":\"e c o\",\"startDate\":\"2026-03-31\","
                + "\"endDate\":\"2026-03-01\",\"aggregation\":\"median\",\"description\":\"" + "d".repeat(2001) + "\"}");
        assertEquals(List.of("id", "name", "metric", "endDate", "aggregation", "description"),
                error.details().stream().map(ErrorDetail::field).toList());
        assertEquals("must be on or after startDate", error.details().get(3).message());
    }

    @Test
    void refusesWrongTypesAsInvalidJsonNamingEachField() {
        DomainException error = refusal("{\"id\":1,\"name\":[\"n\"],\"metric\":{},\"startDate\":20260301,\"endDate\":true,"
                + "\"aggregation\":2,\"description\":false}");
        assertEquals("invalid_json", error.code());
        assertEquals(List.of("id", "name", "metric", "startDate", "endDate", "aggregation", "description"),
                error.details().stream().map(ErrorDetail::field).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "\"campaign\"", "{\"name\":\"a\",\"name\":\"b\"}"})
    void refusesBodiesThatAreNotOneJsonObject(String body) {
        assertEquals("invalid_json", refusal(body).code());
    }

    @Test
    void aReplacementMayRepeatThePathIdButNotNameAnother() {
        byte[] same = with("\"id\":\"march-eco\"").getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of("march-eco"), CampaignRequest.parseReplacement(same, "march-eco").id());
        byte[] without = with("").getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), CampaignRequest.parseReplacement(without, "march-eco").id());

        byte[] other = with("\"id\":\"april-eco\"").getBytes(StandardCharsets.UTF_8);
        DomainException error = assertThrows(DomainException.class, () -> CampaignRequest.parseReplacement(other, "march-eco"));
        assertEquals("validation_failed", error.code());
        assertEquals(List.of(ErrorDetail.field("id", "must be the campaign id of the path")), error.details());
    }
}
