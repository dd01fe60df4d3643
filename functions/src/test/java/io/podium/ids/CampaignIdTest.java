package io.podium.ids;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CampaignIdTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Weekly Eco-Driving Challenge | weekly-eco-driving-challenge",
            "  --Q3 SAFETY!!  ranking--   | q3-safety-ranking",
            "Éco Zürich 2026              | co-z-rich-2026",
            "a_b__c                       | a-b-c",
            "UPPER lower 123              | upper-lower-123"})
    void slugsKeepLowercaseAsciiLettersAndDigitsAndJoinTheRestWithOneHyphen(String name, String slug) {
        assertEquals(slug, CampaignId.slug(name));
    }

    @Test
    void slugsAreAtMostFortyCharactersAndNeverEndInAHyphen() {
        assertEquals("a".repeat(40), CampaignId.slug("a".repeat(41)));
        assertEquals("a".repeat(39), CampaignId.slug("a".repeat(39) + " b"), "cut after the hyphen, then trimmed");
        assertEquals("", CampaignId.slug("!!! — ***"));
    }

    @Test
    void generatedIdsAreTheSlugAndSixRandomHexDigits() {
        String id = CampaignId.generate("Weekly Eco!", new Random(7));
        assertTrue(id.matches("weekly-eco-[0-9a-f]{6}"), id);
        assertTrue(CampaignId.isValid(id));
        assertNotEquals(id, CampaignId.generate("Weekly Eco!", new Random(8)));
    }

    @Test
    void aNameWithoutLettersOrDigitsGivesCampaign() {
        String id = CampaignId.generate("¡¿ — ?!", new Random(7));
        assertTrue(id.matches("campaign-[0-9a-f]{6}"), id);
    }

    @Test
    void theLongestGeneratedIdIsStillValid() {
        String id = CampaignId.generate("x".repeat(300), new Random(7));
        assertEquals(47, id.length());
        assertTrue(CampaignId.isValid(id), id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "0", "march-eco", "2026-q1", "a-", "a--b"})
    void acceptsSlugs(String id) {
        assertTrue(CampaignId.isValid(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", "March", "a_b", "a b", "a.b", "é", "a#b", "a\n"})
    void refusesEverythingElse(String id) {
        assertFalse(CampaignId.isValid(id));
    }

    @Test
    void acceptsIdsUpToSixtyFourCharacters() {
        assertTrue(CampaignId.isValid("a".repeat(64)));
        assertFalse(CampaignId.isValid("a".repeat(65)));
    }
}
