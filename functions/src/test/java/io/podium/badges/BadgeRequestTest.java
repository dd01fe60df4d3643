package io.podium.badges;

import io.podium.errors.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BadgeRequestTest {
    private static BadgeDefinition parse(String json) {
        return BadgeRequest.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static DomainException refused(String json) {
        return assertThrows(DomainException.class, () -> parse(json));
    }

    @Test
    void everyRuleType() {
        assertEquals(new BadgeDefinition("the_consistent", false, 0, new BadgeRule.Streak("steps", 50, 3)),
                parse("{\"name\":\"the_consistent\",\"rule\":{\"type\":\"streak\",\"metric\":\"steps\",\"threshold\":50,\"days\":3}}"));
        assertEquals(new BadgeRule.CampaignTop(3, Optional.of("march")),
                parse("{\"name\":\"x\",\"special\":true,\"points\":5,\"rule\":{\"type\":\"campaign_top\",\"n\":3,\"campaign\":\"march\"}}").rule());
        assertEquals(new BadgeRule.CampaignWinner(Optional.empty()), parse("{\"name\":\"x\",\"rule\":{\"type\":\"campaign_winner\"}}").rule());
        assertEquals(new BadgeRule.TotalAtLeast("km", 1000),
                parse("{\"name\":\"x\",\"rule\":{\"type\":\"total_at_least\",\"metric\":\"km\",\"threshold\":1000}}").rule());
    }

    @Test
    void badRulesNameTheirField() {
        DomainException missing = refused("{\"name\":\"x\",\"rule\":{\"type\":\"streak\",\"metric\":\"steps\",\"threshold\":50}}");
        assertEquals("validation_failed", missing.code());
        assertEquals("rule.days", missing.details().get(0).field());
        assertEquals("rule.type", refused("{\"name\":\"x\",\"rule\":{\"type\":\"magic\"}}").details().get(0).field());
        assertEquals("rule", refused("{\"name\":\"x\"}").details().get(0).field());
        assertEquals("invalid_json", refused("{\"name\":\"x\",\"rule\":\"streak\"}").code());
        assertEquals("points", refused("{\"name\":\"x\",\"points\":-1,\"rule\":{\"type\":\"campaign_winner\"}}").details().get(0).field());
        assertEquals("name", refused("{\"name\":\"\",\"rule\":{\"type\":\"campaign_winner\"}}").details().get(0).field());
        assertEquals("rule.campaign", refused("{\"name\":\"x\",\"rule\":{\"type\":\"campaign_winner\",\"campaign\":\"Bad Id\"}}")
                .details().get(0).field());
    }
}
