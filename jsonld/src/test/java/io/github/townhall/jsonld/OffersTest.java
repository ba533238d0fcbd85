package io.github.townhall.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.session.Admission;
import io.github.townhall.session.PracticalDetails;
import io.github.townhall.session.Registration;
import io.github.townhall.session.Session;
import io.github.townhall.testing.Seeds;
import io.github.townhall.text.Text;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What it costs, where to register, how many places; the languages spoken. */
class OffersTest {
    private static final Archive TOULOUSE = Seeds.toulouse();
    private static final Session FIRST = Objects.requireNonNull(TOULOUSE.session(Seeds.toulouseSession(1)));
    private static final URI FORM = URI.create("https://idc.example.org/inscription");

    private static JsonNode event(Session session) {
        return Ld.read(Ld.FRENCH.session(TOULOUSE, session));
    }

    private static Session admission(Admission admission) {
        return FIRST.withPractical(
                PracticalDetails.builder().admission(admission).build());
    }

    @Test
    void freeAdmissionIsAFreeOffer() {
        JsonNode event = event(admission(Admission.free()));
        assertTrue(event.get("isAccessibleForFree").asBoolean());
        JsonNode offer = event.get("offers");
        assertEquals("Offer", offer.get("@type").asString());
        assertEquals("0", offer.get("price").asString());
        assertNull(offer.get("priceCurrency"));
    }

    @Test
    void aPriceIsAPlainDecimalWithItsCurrency() {
        JsonNode event = event(admission(new Admission.Paid(
                new BigDecimal("2.50"), Currency.getInstance("EUR"), Text.fr("tarif réduit : 1 €"))));
        assertTrue(event.get("isAccessibleForFree").isBoolean());
        assertEquals(false, event.get("isAccessibleForFree").asBoolean());
        JsonNode offer = event.get("offers");
        assertTrue(offer.get("price").isString());
        assertEquals("2.50", offer.get("price").asString());
        assertEquals("EUR", offer.get("priceCurrency").asString());
        assertEquals("tarif réduit : 1 €", offer.get("description").asString());
        // never an exponent
        JsonNode large = event(admission(Admission.price(new BigDecimal("1E+3"), Currency.getInstance("CHF"))));
        assertEquals("1000", large.get("offers").get("price").asString());
    }

    @Test
    void registrationGivesTheOffersLinkAndTheCapacity() {
        JsonNode event = event(admission(Admission.free()).withRegistration(Registration.required(40, FORM)));
        assertEquals(FORM.toString(), event.get("offers").get("url").asString());
        assertEquals(40, event.get("maximumAttendeeCapacity").asInt());

        JsonNode linkOnly = event(FIRST.withRegistration(Registration.required(null, FORM)));
        assertNull(linkOnly.get("isAccessibleForFree"), "the price is not known");
        assertEquals(FORM.toString(), linkOnly.get("offers").get("url").asString());
        assertNull(linkOnly.get("offers").get("price"));
        assertNull(linkOnly.get("maximumAttendeeCapacity"));

        JsonNode capacityOnly = event(FIRST.withRegistration(new Registration(true, 25, null)));
        assertNull(capacityOnly.get("offers"));
        assertEquals(25, capacityOnly.get("maximumAttendeeCapacity").asInt());
    }

    @Test
    void nothingSaidNothingWritten() {
        JsonNode event = event(FIRST);
        assertNull(event.get("isAccessibleForFree"));
        assertNull(event.get("offers"));
        assertNull(event.get("maximumAttendeeCapacity"));
    }

    @Test
    void theLanguagesSpokenAreTheEventsLanguages() {
        Session bilingual = FIRST.withPractical(PracticalDetails.builder()
                .languages(List.of(Locale.FRENCH, Locale.forLanguageTag("oc")))
                .build());
        assertEquals(List.of("fr", "oc"), Ld.texts(event(bilingual), "inLanguage"));
        Session occitan = FIRST.withPractical(PracticalDetails.builder()
                .languages(List.of(Locale.forLanguageTag("oc")))
                .build());
        assertEquals("oc", event(occitan).get("inLanguage").asString());
    }

    @Test
    void withNeitherTitleNorQuestionTheDescriptionGivesTheLanguage() {
        Session unnamed = FIRST.withTitle(null);
        JsonNode event = event(unnamed);
        assertNull(event.get("name"));
        assertEquals("fr", event.get("inLanguage").asString());
        assertNull(event(unnamed.withDescription(null)).get("inLanguage"));
    }
}
