package io.podium.ranks;

import io.podium.errors.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RankRequestTest {
    private static RankDefinition parse(String json) {
        return RankRequest.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusedField(String json) {
        return assertThrows(DomainException.class, () -> parse(json)).details().get(0).field();
    }

    @Test
    void aRatioNeedsItsDenominatorAndOnlyARatioTakesOne() {
        assertEquals(new RankDefinition("Conversion", "star", RankRule.RATIO, "sales", Optional.of("leads"), 5),
                parse("{\"name\":\"Conversion\",\"icon\":\"star\",\"rule\":\"ratio\",\"settings\":{\"metric\":\"sales\","
                        + "\"denominator_metric\":\"leads\",\"min_volume\":5}}"));
        assertEquals("settings.denominator_metric",
                refusedField("{\"name\":\"n\",\"icon\":\"i\",\"rule\":\"ratio\",\"settings\":{\"metric\":\"sales\"}}"));
        assertEquals("settings.min_volume",
                refusedField("{\"name\":\"n\",\"icon\":\"i\",\"rule\":\"total\",\"settings\":{\"metric\":\"s\",\"min_volume\":1}}"));
        assertEquals("rule", refusedField("{\"name\":\"n\",\"icon\":\"i\",\"rule\":\"median\",\"settings\":{\"metric\":\"s\"}}"));
        assertEquals("icon", refusedField("{\"name\":\"n\",\"rule\":\"total\",\"settings\":{\"metric\":\"s\"}}"));
        assertEquals("settings", refusedField("{\"name\":\"n\",\"icon\":\"i\",\"rule\":\"total\"}"));
    }

    @Test
    void aChangedRuleIsAnotherBoard() {
        RankDefinition total = new RankDefinition("n", "i", RankRule.TOTAL, "s", Optional.empty(), 0);
        RankDefinition average = new RankDefinition("n", "i", RankRule.AVERAGE, "s", Optional.empty(), 0);
        assertEquals("rank:total:s", total.boardDefinition());
        assertEquals("rank:ratio:a:b:3", new RankDefinition("n", "i", RankRule.RATIO, "a", Optional.of("b"), 3).boardDefinition());
        assertEquals(false, total.boardDefinition().equals(average.boardDefinition()));
    }
}
