package io.podium.settings;

import io.podium.errors.DomainException;
import io.podium.errors.ErrorDetail;
import io.podium.errors.FieldErrors;
import io.podium.ranks.RankBasis;
import io.podium.ranks.RankRule;
import io.podium.ranks.SeedRule;
import io.podium.ranks.SeedRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SettingsRequestTest {
    private static SettingsRequest parse(String json) {
        return SettingsRequest.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static DomainException refusal(String json) {
        return assertThrows(DomainException.class, () -> parse(json));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 365})
    void readsDaysFromZeroTo365(int days) {
        assertEquals(Optional.of(days), parse("{\"autoFinalizeAfterDays\":" + days + "}").autoFinalizeAfterDays());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"autoFinalizeAfterDays\":null}", "{\"theme\":\"dark\"}"})
    void nullOrAbsentSwitchesItOffAndUnknownFieldsAreIgnored(String body) {
        assertEquals(Optional.empty(), parse(body).autoFinalizeAfterDays());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "366", "1.5", "7.0", "1e2", "2147483648", "99999999999999999999"})
    void refusesNumbersThatAreNotWholeDaysInRange(String days) {
        DomainException error = refusal("{\"autoFinalizeAfterDays\":" + days + "}");
        assertEquals("validation_failed", error.code());
        assertEquals(List.of(ErrorDetail.field("autoFinalizeAfterDays", "must be an integer from 0 to 365, or null")),
                error.details());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"7\"", "true", "[7]", "{\"days\":7}"})
    void refusesOtherJsonTypesAsInvalidJson(String days) {
        DomainException error = refusal("{\"autoFinalizeAfterDays\":" + days + "}");
        assertEquals("invalid_json", error.code());
        assertEquals("autoFinalizeAfterDays", error.details().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "7", "{"})
    void refusesBodiesThatAreNotOneJsonObject(String body) {
        assertEquals("invalid_json", refusal(body).code());
    }

    /** How EASI'R's rank rules are computed: a rule left out keeps its default, a ratio stays a ratio. */
    @Test
    void rankRulesNameTheMetricsOfEasirsRules() {
        SeedRules rules = parse("{\"rankRules\":{\"total_sales\":{\"rule\":\"average\",\"settings\":{\"metric\":\"revenue\"}},"
                + "\"conversion_rate\":{\"rule\":\"ratio\",\"settings\":{\"metric\":\"won\",\"denominator_metric\":\"quotes\"}}}}")
                .rankRules();
        assertEquals(new RankBasis(RankRule.AVERAGE, "revenue", Optional.empty(), 0), rules.basis(SeedRule.TOTAL_SALES));
        assertEquals(new RankBasis(RankRule.RATIO, "won", Optional.of("quotes"), 0), rules.basis(SeedRule.CONVERSION_RATE));
        assertEquals(SeedRule.EMAILS_SENT.defaultBasis(), rules.basis(SeedRule.EMAILS_SENT));
        assertEquals(SeedRules.DEFAULT, parse("{}").rankRules());
        assertEquals(rules, SeedRules.parse(rules.toJson(), new FieldErrors()), "stored as it reads");

        assertEquals("rankRules.conversion_rate.rule", refusal("{\"rankRules\":{\"conversion_rate\":{\"rule\":\"total\","
                + "\"settings\":{\"metric\":\"won\"}}}}").details().get(0).field());
        assertEquals("rankRules.emails_sent.rule", refusal("{\"rankRules\":{\"emails_sent\":{\"rule\":\"ratio\","
                + "\"settings\":{\"metric\":\"a\",\"denominator_metric\":\"b\"}}}}").details().get(0).field());
        assertEquals("rankRules.calls_made", refusal("{\"rankRules\":{\"calls_made\":{}}}").details().get(0).field());
        assertEquals("rankRules.total_sales.settings.metric", refusal("{\"rankRules\":{\"total_sales\":{\"rule\":\"total\","
                + "\"settings\":{}}}}").details().get(0).field());
    }
}
