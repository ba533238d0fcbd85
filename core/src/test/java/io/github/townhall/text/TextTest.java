package io.github.townhall.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTest {
    private final Text budget =
            Text.fr("Budgets participatifs").withTranslation(Locale.ENGLISH, "Participatory budgeting");

    @Test
    void originalIsKeptWithItsLanguage() {
        assertEquals("Budgets participatifs", budget.original());
        assertEquals(Locale.FRENCH, budget.originalLanguage());
    }

    @Test
    void translationIsFoundByLanguage() {
        assertEquals("Participatory budgeting", budget.in(Locale.ENGLISH));
        assertEquals(null, budget.in(Locale.GERMAN));
    }

    @Test
    void regionalRequestFindsTheLanguage() {
        assertEquals("Participatory budgeting", budget.in(Locale.UK));
        assertEquals(Locale.ENGLISH, budget.languageFor(Locale.UK));
    }

    @Test
    void bestForFallsBackToTheOriginal() {
        assertEquals("Budgets participatifs", budget.bestFor(Locale.GERMAN));
        assertEquals(Locale.FRENCH, budget.languageFor(Locale.GERMAN));
        assertEquals("Participatory budgeting", budget.bestFor(Locale.ENGLISH));
    }

    @Test
    void valuesListTheOriginalFirst() {
        assertEquals(
                List.of(Locale.FRENCH, Locale.ENGLISH),
                List.copyOf(budget.values().keySet()));
        assertEquals(Map.of(Locale.ENGLISH, "Participatory budgeting"), budget.translations());
    }

    @Test
    void cannotTranslateIntoTheOriginalLanguage() {
        var error = assertThrows(IllegalArgumentException.class, () -> budget.withTranslation(Locale.FRENCH, "x"));
        assertTrue(error.getMessage().contains("original language fr"), error.getMessage());
    }

    @Test
    void withOriginalKeepsTranslations() {
        Text changed = budget.withOriginal("Budget participatif");
        assertEquals("Budget participatif", changed.original());
        assertEquals(budget.translations(), changed.translations());
    }

    @Test
    void ofMapRequiresTheOriginal() {
        var error = assertThrows(
                IllegalArgumentException.class, () -> Text.of(Locale.FRENCH, Map.of(Locale.ENGLISH, "Hello")));
        assertTrue(error.getMessage().contains("No value for the original language fr"), error.getMessage());
    }

    @Test
    void ofMapPutsTheOriginalFirst() {
        Map<Locale, String> values = new LinkedHashMap<>();
        values.put(Locale.ENGLISH, "Participatory budgeting");
        values.put(Locale.FRENCH, "Budgets participatifs");
        assertEquals(budget, Text.of(Locale.FRENCH, values));
        assertEquals(
                Locale.FRENCH,
                Text.of(Locale.FRENCH, values).values().keySet().iterator().next());
    }

    @Test
    void languagesAreNormalisedByTag() {
        assertEquals(Text.of(Locale.forLanguageTag("fr"), "x"), Text.of(new Locale("fr"), "x"));
    }

    @Test
    void equalityCountsTheOriginalLanguage() {
        assertNotEquals(Text.fr("Atelier"), Text.en("Atelier"));
        assertEquals(Text.fr("Atelier"), Text.fr("Atelier"));
        assertEquals(Text.fr("Atelier").hashCode(), Text.fr("Atelier").hashCode());
    }

    @Test
    void nullsAreRefusedWithTheirName() {
        var error = assertThrows(NullPointerException.class, () -> Text.fr(null));
        assertEquals("value", error.getMessage());
    }

    @Test
    void toStringIsTheOriginal() {
        assertEquals("Budgets participatifs", budget.toString());
    }
}
