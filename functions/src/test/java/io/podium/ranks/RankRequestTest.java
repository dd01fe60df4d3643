package io.podium.ranks;

import io.podium.errors.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RankRequestTest {
    private static final String PATH = "1eae431b-3d0f-4528-9c59-e9d1a40fcd04";
    private static final String MILESTONE = "143cef92-f9b4-4fcb-b4e4-834f34915973";

    private static RankDefinition parse(String json) {
        return parse(json, SeedRules.DEFAULT);
    }

    private static RankDefinition parse(String json, SeedRules seedRules) {
        return RankRequest.parse(json.getBytes(StandardCharsets.UTF_8), () -> seedRules,
                number -> number == 7 ? Optional.of("sellers") : Optional.empty());
    }

    private static DomainException refusal(String json) {
        return assertThrows(DomainException.class, () -> parse(json));
    }

    private static String refusedField(String json) {
        return refusal(json).details().get(0).field();
    }

    private static RankDefinition podium(RankBasis basis) {
        return new RankDefinition("n", "i", basis, Optional.empty(), Optional.empty());
    }

    @Test
    void aRatioNeedsItsDenominatorAndOnlyARatioTakesOne() {
        assertEquals(new RankDefinition("Conversion", "star", new RankBasis(RankRule.RATIO, "sales", Optional.of("leads"), 5),
                        Optional.empty(), Optional.empty()),
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

    /** The seed's own payload, computed as the company's setting says, by default the total of a metric of its name. */
    @Test
    void theSeedsRulesAreComputedAsTheSettingSays() {
        RankDefinition sellers = parse("{\"name\":\"Top sellers\",\"icon\":\"rocket\",\"rule\":\"total_sales\"}");
        assertEquals(new RankBasis(RankRule.TOTAL, "total_sales", Optional.empty(), 0),
                new RankBasis(sellers.rule(), sellers.metric(), sellers.denominatorMetric(), sellers.minVolume()));
        assertEquals("total_sales", sellers.ruleName());
        assertEquals(Optional.empty(), sellers.team());
        assertEquals("emails", parse("{\"name\":\"n\",\"icon\":\"i\",\"rule\":\"emails_sent\"}",
                new SeedRules(Map.of(SeedRule.EMAILS_SENT, new RankBasis(RankRule.AVERAGE, "emails", Optional.empty(), 0))))
                .metric());
    }

    @Test
    void aConversionRateNeedsTheCrmsIdsAndIsAPercentage() {
        RankDefinition rate = parse("{\"name\":\"Converters\",\"icon\":\"duck\",\"rule\":\"conversion_rate\",\"settings\":"
                + "{\"relations_path_id\":\"" + PATH + "\",\"milestone_id\":\"" + MILESTONE + "\"}}");
        assertEquals(RankRule.RATIO, rate.rule());
        assertEquals(List.of("conversions", "leads"), List.of(rate.metric(), rate.denominatorMetric().orElseThrow()));
        assertEquals(new SeedRank(SeedRule.CONVERSION_RATE, Optional.of(PATH), Optional.of(MILESTONE)), rate.seed().orElseThrow());
        assertEquals(100, rate.ratioScale());
        assertEquals(1, podium(new RankBasis(RankRule.RATIO, "a", Optional.of("b"), 0)).ratioScale());

        assertEquals("settings", refusedField("{\"name\":\"n\",\"icon\":\"i\",\"rule\":\"conversion_rate\"}"));
        assertEquals("settings.milestone_id", refusedField("{\"name\":\"n\",\"icon\":\"i\",\"rule\":\"conversion_rate\","
                + "\"settings\":{\"relations_path_id\":\"" + PATH + "\"}}"));
        DomainException notUuid = refusal("{\"name\":\"n\",\"icon\":\"i\",\"rule\":\"conversion_rate\","
                + "\"settings\":{\"relations_path_id\":\"path-1\",\"milestone_id\":\"" + MILESTONE + "\"}}");
        assertEquals("validation_failed", notUuid.code());
        assertEquals("settings.relations_path_id", notUuid.details().get(0).field());
    }

    @Test
    void aRankOfOneTeamNamesItByItsIntegerId() {
        RankDefinition team = parse("{\"name\":\"n\",\"icon\":\"i\",\"rule\":\"total_sales\",\"team_id\":7}");
        assertEquals(Optional.of(new RankTeam("sellers", 7)), team.team());
        assertEquals("rank:total:total_sales:team:sellers", team.boardDefinition());
        assertEquals(Optional.empty(), parse("{\"name\":\"n\",\"icon\":\"i\",\"rule\":\"total_sales\",\"team_id\":null}").team());
        assertEquals("team_id", refusedField("{\"name\":\"n\",\"icon\":\"i\",\"rule\":\"total_sales\",\"team_id\":8}"));
        assertEquals("invalid_json", refusal("{\"name\":\"n\",\"icon\":\"i\",\"rule\":\"total_sales\",\"team_id\":\"7\"}").code());
    }

    @Test
    void aChangedRuleIsAnotherBoard() {
        RankDefinition total = podium(new RankBasis(RankRule.TOTAL, "s", Optional.empty(), 0));
        RankDefinition average = podium(new RankBasis(RankRule.AVERAGE, "s", Optional.empty(), 0));
        assertEquals("rank:total:s", total.boardDefinition());
        assertEquals("rank:ratio:a:b:3", podium(new RankBasis(RankRule.RATIO, "a", Optional.of("b"), 3)).boardDefinition());
        assertEquals(false, total.boardDefinition().equals(average.boardDefinition()));
    }
}
