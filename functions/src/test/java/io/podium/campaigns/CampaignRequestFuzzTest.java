package io.podium.campaigns;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;
import io.podium.ids.CampaignId;
import io.podium.scores.ScoreRules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any POST or PUT campaign body: a campaign that keeps the rules, or a refusal. */
class CampaignRequestFuzzTest {
    /** The id of the PUT's path: the handler has already checked it (any other id is 404 before the body is read). */
    private static final String PATH_ID = "march-eco";

    @FuzzTest
    void parse(byte[] body) {
        ParsedOrRefused.of(() -> CampaignRequest.parse(body)).ifPresent(request -> {
            request.id().ifPresent(id -> assertTrue(CampaignId.isValid(id), id));
            assertKeepsTheRules(request);
        });
    }

    @FuzzTest
    void parseReplacement(byte[] body) {
        ParsedOrRefused.of(() -> CampaignRequest.parseReplacement(body, PATH_ID)).ifPresent(request -> {
            request.id().ifPresent(id -> assertEquals(PATH_ID, id));
            assertKeepsTheRules(request);
        });
    }

    private static void assertKeepsTheRules(CampaignRequest request) {
        assertFalse(request.name().isEmpty());
        assertTrue(length(request.name()) <= CampaignRequest.MAX_NAME, request.name());
        assertTrue(ScoreRules.METRIC.matcher(request.metric()).matches(), request.metric());
        assertFalse(request.endDate().isBefore(request.startDate()), () -> request.startDate() + " to " + request.endDate());
        request.description().ifPresent(d -> assertTrue(length(d) <= CampaignRequest.MAX_DESCRIPTION));
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
