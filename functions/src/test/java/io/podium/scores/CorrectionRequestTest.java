package io.podium.scores;

import io.podium.errors.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A correction's body is a batch as POST …/scores reads it, by the same parser, with a reason. */
class CorrectionRequestTest {
    private static CorrectionRequest parse(String json) {
        return CorrectionRequest.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static DomainException refused(String json) {
        return assertThrows(DomainException.class, () -> parse(json));
    }

    @Test
    void readsTheBatchAndTheReason() {
        CorrectionRequest request = parse("{\"date\":\"2026-03-01\",\"metric\":\"eco\",\"reason\":\"miscalibrated box\","
                + "\"scores\":[{\"userxtid\":\"d1\",\"score\":91}]}");
        assertEquals(new ScoreBatch("eco", LocalDate.of(2026, 3, 1), List.of(new Score("d1", 91))), request.batch());
        assertEquals("miscalibrated box", request.reason());
    }

    @Test
    void aReasonIsRequiredAndNamedWithTheBatchsOwnErrors() {
        DomainException error = refused("{\"date\":\"2026-02-30\",\"metric\":\"eco\",\"scores\":[{\"userxtid\":\"d1\",\"score\":1.5}]}");
        assertEquals("validation_failed", error.code());
        assertEquals(List.of("date", "score", "reason"), error.details().stream().map(d -> d.field()).toList());
    }

    @Test
    void aReasonHasOneTo500CharactersWithoutControlCharacters() {
        String batch = "\"date\":\"2026-03-01\",\"metric\":\"eco\",\"scores\":[{\"userxtid\":\"d1\",\"score\":1}]";
        assertEquals(500, parse("{" + batch + ",\"reason\":\"" + "é".repeat(500) + "\"}").reason().length());
        for (String reason : List.of("\"\"", "\"" + "a".repeat(501) + "\"", "\"a\\u0000b\"", "\"line\\nbreak\"")) {
            DomainException error = refused("{" + batch + ",\"reason\":" + reason + "}");
            assertEquals("validation_failed", error.code(), reason);
            assertEquals("reason", error.details().get(0).field());
        }
        assertEquals("invalid_json", refused("{" + batch + ",\"reason\":42}").code());
    }

    @Test
    void theBatchRulesAndCodesAreThoseOfPostScores() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            many.append(i == 0 ? "" : ",").append("{\"userxtid\":\"d").append(i).append("\",\"score\":1}");
        }
        assertEquals("batch_too_large", refused("{\"date\":\"2026-03-01\",\"metric\":\"eco\",\"reason\":\"r\",\"scores\":["
                + many + "]}").code());
        assertEquals("duplicate_userxtid", refused("{\"date\":\"2026-03-01\",\"metric\":\"eco\",\"reason\":\"r\",\"scores\":"
                + "[{\"userxtid\":\"d1\",\"score\":1},{\"userxtid\":\"d1\",\"score\":2}]}").code());
        assertEquals("invalid_json", refused("[]").code());
    }
}
