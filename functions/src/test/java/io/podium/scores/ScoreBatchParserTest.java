package io.podium.scores;

import io.podium.errors.DomainException;
import io.podium.errors.ErrorDetail;
import io.podium.http.ErrorResponses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreBatchParserTest {
    private static ScoreBatch parse(String json) {
        return ScoreBatchParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static DomainException refusal(String json) {
        return assertThrows(DomainException.class, () -> parse(json));
    }

    private static String batch(String items) {
        return "{\"date\":\"2026-03-01\",\"metric\":\"eco_score\",\"scores\":[" + items + "]}";
    }

    private static String items(int count) {
        return IntStream.range(0, count).mapToObj(i -> "{\"userxtid\":\"d" + i + "\",\"score\":" + i + "}")
                .collect(Collectors.joining(","));
    }

    @Test
    void readsAValidBatch() {
        ScoreBatch batch = parse(batch("{\"userxtid\":\"d1\",\"score\":-2147483648},{\"userxtid\":\"d2\",\"score\":2147483647}"));
        assertEquals("eco_score", batch.metric());
        assertEquals(LocalDate.of(2026, 3, 1), batch.date());
        assertEquals(List.of(new Score("d1", Integer.MIN_VALUE), new Score("d2", Integer.MAX_VALUE)), batch.scores());
    }

    @Test
    void acceptsExactlyFiftyItems() {
        assertEquals(50, parse(batch(items(50))).scores().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "[1,2]", "\"text\"", "42", "null", "{\"date\":", "{} {}",
            "{\"date\":\"2026-03-01\",\"date\":\"2026-03-02\",\"metric\":\"m\",\"scores\":[]}"})
    void refusesBodiesThatAreNotOneJsonObject(String body) {
        DomainException error = refusal(body);
        assertEquals(400, ErrorResponses.status(error));
        assertEquals("invalid_json", error.code());
    }

    @Test
    void refusesFieldsOfTheWrongJsonTypeAsInvalidJson() {
        DomainException error = refusal("{\"date\":20260301,\"metric\":[\"m\"],\"scores\":[7,{\"userxtid\":12,\"score\":1}]}");
        assertEquals("invalid_json", error.code());
        assertEquals(List.of(
                new ErrorDetail(null, "date", "must be a string"),
                new ErrorDetail(null, "metric", "must be a string"),
                new ErrorDetail(0, "scores[0]", "must be an object"),
                new ErrorDetail(1, "userxtid", "must be a string")), error.details());
    }

    @Test
    void checksTheBatchSizeBeforeLookingAtItems() {
        DomainException error = refusal("{\"scores\":[" + "1,".repeat(50) + "1]}");
        assertEquals(413, ErrorResponses.status(error));
        assertEquals("batch_too_large", error.code());
    }

    @Test
    void refusesBodiesOver256KiB() {
        String padding = "x".repeat(ScoreBatchParser.MAX_BODY_BYTES);
        DomainException error = refusal("{\"pad\":\"" + padding + "\"}");
        assertEquals(413, ErrorResponses.status(error));
        assertEquals("batch_too_large", error.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-1-01", "26-01-01", "2026/01/01", "2026-02-29", "",
            "2026-01-01T00:00:00", "+2026-01-01"})
    void refusesDatesThatAreNotRealCalendarDays(String date) {
        DomainException error = refusal("{\"date\":\"" + date + "\",\"metric\":\"m\",\"scores\":[{\"userxtid\":\"a\",\"score\":1}]}");
        assertEquals("validation_failed", error.code());
        assertEquals(List.of(ErrorDetail.field("date", "must be a real calendar date YYYY-MM-DD")), error.details());
    }

    @Test
    void acceptsLeapDays() {
        assertEquals(LocalDate.of(2028, 2, 29),
                parse("{\"date\":\"2028-02-29\",\"metric\":\"m\",\"scores\":[{\"userxtid\":\"a\",\"score\":1}]}").date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "with space", "dots.not.allowed", "ümlaut", "hash#key"})
    void refusesMetricIdsOutsideTheAllowedAlphabet(String metric) {
        DomainException error = refusal("{\"date\":\"2026-03-01\",\"metric\":\"" + metric + "\",\"scores\":[{\"userxtid\":\"a\",\"score\":1}]}");
        assertEquals("validation_failed", error.code());
        assertEquals("metric", error.details().get(0).field());
    }

    @Test
    void limitsMetricIdsTo64Characters() {
        String ok = "m".repeat(64);
        assertEquals(ok, parse("{\"date\":\"2026-03-01\",\"metric\":\"" + ok + "\",\"scores\":[{\"userxtid\":\"a\",\"score\":1}]}").metric());
        DomainException error = refusal("{\"date\":\"2026-03-01\",\"metric\":\"" + ok + "m\",\"scores\":[{\"userxtid\":\"a\",\"score\":1}]}");
        assertEquals("validation_failed", error.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"date\":\"2026-03-01\",\"metric\":\"m\"}",
            "{\"date\":\"2026-03-01\",\"metric\":\"m\",\"scores\":[]}",
            "{\"date\":\"2026-03-01\",\"metric\":\"m\",\"scores\":{}}",
            "{\"date\":\"2026-03-01\",\"metric\":\"m\",\"scores\":\"d1\"}",
            "{\"date\":\"2026-03-01\",\"metric\":\"m\",\"scores\":null}"})
    void refusesScoresThatAreMissingEmptyOrNotAnArray(String body) {
        DomainException error = refusal(body);
        assertEquals("validation_failed", error.code());
        assertEquals("scores", error.details().get(0).field());
    }

    @Test
    void reportsMissingTopLevelFields() {
        DomainException error = refusal("{\"scores\":[{\"userxtid\":\"a\",\"score\":1}]}");
        assertEquals(List.of(ErrorDetail.field("date", "is required"), ErrorDetail.field("metric", "is required")),
                error.details());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "\"10\"", "null", "10.0", "1e2", "2147483648", "-2147483649", "true", "[1]", "{}"})
    void refusesScoresThatAreNotSigned32BitIntegers(String score) {
        DomainException error = refusal(batch("{\"userxtid\":\"a\",\"score\":1},{\"userxtid\":\"b\",\"score\":" + score + "}"));
        assertEquals("validation_failed", error.code());
        assertEquals(1, error.details().size());
        assertEquals(1, error.details().get(0).index());
        assertEquals("score", error.details().get(0).field());
    }

    @Test
    void refusesAMissingScore() {
        DomainException error = refusal(batch("{\"userxtid\":\"a\"}"));
        assertEquals(List.of(ErrorDetail.item(0, "score", "is required")), error.details());
    }

    @Test
    void refusesBadDriverIds() {
        String tooLong = "u".repeat(129);
        DomainException error = refusal(batch("{\"userxtid\":\"\",\"score\":1},{\"userxtid\":\"" + tooLong + "\",\"score\":1},"
                + "{\"userxtid\":\"tab\\there\",\"score\":1},{\"userxtid\":\"nul\\u0000\",\"score\":1},{\"score\":1}"));
        assertEquals("validation_failed", error.code());
        assertEquals(List.of(
                ErrorDetail.item(0, "userxtid", "must not be empty"),
                ErrorDetail.item(1, "userxtid", "must be at most 128 characters"),
                ErrorDetail.item(2, "userxtid", "must not contain control characters"),
                ErrorDetail.item(3, "userxtid", "must not contain control characters"),
                ErrorDetail.item(4, "userxtid", "is required")), error.details());
    }

    @Test
    void countsDriverIdLengthInCharactersNotBytes() {
        String emoji128 = "😀".repeat(128);
        assertEquals(emoji128, parse(batch("{\"userxtid\":\"" + emoji128 + "\",\"score\":1}")).scores().get(0).userxtid());
    }

    @Test
    void refusesDuplicateDriversWith412NamingTheRepeats() {
        DomainException error = refusal(batch("{\"userxtid\":\"a\",\"score\":1},{\"userxtid\":\"b\",\"score\":2},"
                + "{\"userxtid\":\"a\",\"score\":3},{\"userxtid\":\"a\",\"score\":4}"));
        assertEquals(412, ErrorResponses.status(error));
        assertEquals("duplicate_userxtid", error.code());
        assertEquals(List.of(ErrorDetail.item(2, "userxtid", "duplicates item 0"),
                ErrorDetail.item(3, "userxtid", "duplicates item 0")), error.details());
    }

    @Test
    void validationErrorsComeBeforeDuplicates() {
        DomainException error = refusal(batch("{\"userxtid\":\"a\",\"score\":1},{\"userxtid\":\"a\",\"score\":1.5}"));
        assertEquals("validation_failed", error.code());
    }

    @Test
    void ignoresUnknownFieldsForForwardCompatibility() {
        assertTrue(parse("{\"date\":\"2026-03-01\",\"metric\":\"m\",\"source\":\"crm\",\"scores\":[{\"userxtid\":\"a\",\"score\":1,\"note\":\"x\"}]}")
                .scores().contains(new Score("a", 1)));
    }

    @Test
    void refusesDeepNestingAsInvalidJson() {
        String deep = "[".repeat(2000) + "]".repeat(2000);
        DomainException error = refusal("{\"date\":\"2026-03-01\",\"metric\":\"m\",\"x\":" + deep + ",\"scores\":[]}");
        assertEquals("invalid_json", error.code());
    }
}
