package io.podium.players;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTermsTest {
    @Test
    void theIdTheWholeAliasAndEachWordFoldedWithoutAccentsOrCase() {
        assertEquals(List.of("zoe_a", "zoe angstrom", "zoe", "angstrom"), SearchTerms.of("Zoe_A", "Zoë Ångström"));
    }

    @Test
    void punctuationSeparatesWordsAndRepeatsAreDropped() {
        assertEquals(List.of("p1", "o brien", "o", "brien"), SearchTerms.of("p1", "O'Brien"));
        assertEquals(List.of("jo", "jo jo"), SearchTerms.of("jo", "Jo-Jo"));
    }

    @Test
    void aPatternIsFoldedTheSameWay() {
        assertEquals("zoe an", SearchTerms.pattern("  ZOË  Ån"));
        assertEquals("", SearchTerms.pattern("--- "));
        assertEquals("fi", SearchTerms.pattern("\uFB01"), "compatibility forms fold too");
    }

    @Test
    void aLongAliasGivesAtMostTenTermsOfAtMostAHundredCharacters() {
        List<String> terms = SearchTerms.of("p", "a b c d e f g h i j k l m " + "x".repeat(300));
        assertEquals(SearchTerms.MAX_TERMS, terms.size());
        assertTrue(terms.stream().allMatch(term -> term.length() <= SearchTerms.MAX_TERM_LENGTH), terms.toString());
    }
}
