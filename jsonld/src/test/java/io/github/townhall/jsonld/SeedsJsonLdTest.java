package io.github.townhall.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.testing.Seeds;
import io.github.townhall.text.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The two source documents as schema.org: dates with their offsets, speakers, series, agenda. */
class SeedsJsonLdTest {
    private static final Archive TOULOUSE = Seeds.toulouse();
    private static final Archive IMP_ACTE = Seeds.impActe();

    private static Session toulouse(int ordinal) {
        return Objects.requireNonNull(TOULOUSE.session(Seeds.toulouseSession(ordinal)));
    }

    private static JsonNode event(int ordinal) {
        return Ld.read(Ld.FRENCH.session(TOULOUSE, toulouse(ordinal)));
    }

    @Test
    void theFirstSessionIsAnEventInWinterTime() {
        JsonNode event = event(1);
        assertEquals("https://schema.org", event.get("@context").asString());
        assertEquals("Event", event.get("@type").asString());
        String page = "https://idc.example.org/rencontres/sessions/rencontres-toulouse-1.html";
        assertEquals(page, event.get("url").asString());
        assertEquals(page + "#event", event.get("@id").asString());
        assertEquals("Premier rendez-vous à Toulouse", event.get("name").asString());
        assertEquals("fr", event.get("inLanguage").asString());
        assertEquals("2015-12-01T18:30:00+01:00", event.get("startDate").asString());
        assertEquals("2015-12-01T20:00:00+01:00", event.get("endDate").asString());
        assertEquals(
                "https://schema.org/EventScheduled", event.get("eventStatus").asString());
        assertEquals(
                "https://schema.org/OfflineEventAttendanceMode",
                event.get("eventAttendanceMode").asString());
        JsonNode place = event.get("location");
        assertEquals("Place", place.get("@type").asString());
        assertEquals("Maison de la mobilité de Basso Cambo", place.get("name").asString());
        assertEquals("Toulouse", place.get("address").get("addressLocality").asString());
        assertEquals("FR", place.get("address").get("addressCountry").asString());
        JsonNode organizer = event.get("organizer");
        assertEquals("Organization", organizer.get("@type").asString());
        assertEquals("Institut de la concertation", organizer.get("name").asString());
        assertEquals(
                "https://idc.example.org/rencontres/cycles/rencontres-toulouse.html#series",
                event.get("superEvent").get("@id").asString());
        assertEquals(
                "Cycle de rencontres à Toulouse",
                event.get("superEvent").get("name").asString());
        assertNull(event.get("performer"), "nobody spoke at the first session");
    }

    @Test
    void theThirdSessionIsInSummerTime() {
        JsonNode event = event(3);
        assertEquals("2016-05-12T18:00:00+02:00", event.get("startDate").asString());
        assertEquals("2016-05-12T20:00:00+02:00", event.get("endDate").asString());
        assertEquals(List.of("numérique", "participation citoyenne"), Ld.texts(event, "keywords"));
    }

    @Test
    void speakersArePerformersWithTheirOrganisationFromTheDirectory() {
        List<JsonNode> second = Ld.many(event(2), "performer");
        assertEquals(1, second.size());
        assertEquals("Person", second.get(0).get("@type").asString());
        assertEquals("Patrick Bodart", second.get(0).get("name").asString());
        assertEquals("Periferia", second.get(0).get("affiliation").get("name").asString());

        List<JsonNode> fourth = Ld.many(event(4), "performer");
        assertEquals(2, fourth.size());
        assertEquals("Céline Soupène-Martin", fourth.get(0).get("name").asString());
        assertEquals("formatrice pôle social", fourth.get(0).get("jobTitle").asString());
        assertEquals(
                "IRFSS Croix Rouge",
                fourth.get(0).get("affiliation").get("name").asString());
        // not in the directory: the person's own affiliation
        assertEquals("Rémy Vergnes", fourth.get(1).get("name").asString());
        assertEquals(
                "Foyer de Jeunes Travailleurs",
                fourth.get(1).get("affiliation").get("name").asString());
    }

    @Test
    void aSessionWithNoTitleIsNamedByItsGuidingQuestion() {
        assertEquals(
                "Prendre part aux décisions sur un budget public, est-ce réellement possible ?",
                event(2).get("name").asString());
    }

    @Test
    void theSecondSessionWasPlannedForFebruaryAndSetOnThe18thWhichIsNotAMove() {
        JsonNode event = event(2);
        assertEquals(
                "https://schema.org/EventScheduled", event.get("eventStatus").asString());
        assertEquals("2016-02-18T18:00:00+01:00", event.get("startDate").asString());
        assertNull(event.get("previousStartDate"), "a tentative February that holds the 18th is not a move");
    }

    @Test
    void aTentativePeriodThatDoesNotHoldTheDateIsAMove() {
        Session second = Seeds.toulouse().sessions().get(1);
        Session moved = second.withEarlierSchedules(
                List.of(io.github.townhall.schedule.TentativeSchedule.ofMonth(java.time.YearMonth.of(2016, 1))));
        JsonNode event = Ld.read(Ld.FRENCH.session(TOULOUSE, moved));
        assertEquals(
                "https://schema.org/EventRescheduled", event.get("eventStatus").asString());
        assertEquals("[\"2016-01-01\"]", event.get("previousStartDate").toString());
    }

    @Test
    void theCycleIsAnEventSeriesOfItsFourSessions() {
        JsonNode series = Ld.read(Ld.FRENCH.cycle(TOULOUSE, Seeds.TOULOUSE_CYCLE));
        assertEquals("https://schema.org", series.get("@context").asString());
        assertEquals("EventSeries", series.get("@type").asString());
        String page = "https://idc.example.org/rencontres/cycles/rencontres-toulouse.html";
        assertEquals(page, series.get("url").asString());
        assertEquals(page + "#series", series.get("@id").asString());
        assertEquals("Cycle de rencontres à Toulouse", series.get("name").asString());
        assertTrue(series.get("description").asString().startsWith("L’Institut de la concertation"));
        assertEquals(
                "Toulouse ou à proximité", series.get("location").get("name").asString());
        assertEquals(
                "Institut de la concertation",
                series.get("organizer").get("name").asString());
        JsonNode events = series.get("subEvent");
        assertEquals(4, events.size());
        for (int i = 0; i < 4; i++) {
            JsonNode event = events.get(i);
            assertEquals("Event", event.get("@type").asString());
            assertEquals(
                    "https://idc.example.org/rencontres/sessions/rencontres-toulouse-" + (i + 1) + ".html#event",
                    event.get("@id").asString());
            assertNull(event.get("superEvent"), "a sub-event does not repeat its series");
            assertNull(event.get("@context"));
        }
        // the same Event, whether on its own page or in the series
        JsonNode alone = event(4);
        ((tools.jackson.databind.node.ObjectNode) alone).remove(List.of("@context", "superEvent"));
        assertEquals(alone, events.get(3));
    }

    @Test
    void anUnknownCycleIsRefusedNamingTheKnownOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Ld.FRENCH.cycle(TOULOUSE, CycleId.of("lyon")));
        assertEquals(
                "No cycle lyon in the archive of institut-de-la-concertation; its cycles are: rencontres-toulouse",
                e.getMessage());
        Archive none = Archive.builder(TOULOUSE.organisation()).build();
        assertEquals(
                "No cycle lyon in the archive of institut-de-la-concertation; its cycles are: none",
                assertThrows(IllegalArgumentException.class, () -> Ld.FRENCH.cycle(none, CycleId.of("lyon")))
                        .getMessage());
    }

    @Test
    void theUndatedFirstDebateIsNotAnEvent() {
        Session debate = Objects.requireNonNull(IMP_ACTE.session(Seeds.IMP_ACTE_FIRST_DEBATE));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Ld.FRENCH.session(IMP_ACTE, debate));
        assertTrue(e.getMessage().startsWith("Session imp-acte-premiere-soiree-debat has no date yet"), e::getMessage);
        assertTrue(e.getMessage().contains("is not an Event"), e::getMessage);
    }

    @Test
    void theAgendaListsTheDatedSessionsByDate() {
        JsonNode agenda = Ld.read(Ld.FRENCH.agenda(IMP_ACTE));
        assertEquals("ItemList", agenda.get("@type").asString());
        assertEquals(
                "https://idc.example.org/rencontres/index.html",
                agenda.get("url").asString());
        assertEquals("IMP'acte", agenda.get("name").asString());
        assertEquals(3, agenda.get("numberOfItems").asInt());
        JsonNode items = agenda.get("itemListElement");
        List<String> ids = List.of(
                Seeds.IMP_ACTE_NOVEMBER.value(), Seeds.IMP_ACTE_MEETING.value(), Seeds.IMP_ACTE_JANUARY.value());
        assertEquals(3, items.size());
        for (int i = 0; i < 3; i++) {
            assertEquals("ListItem", items.get(i).get("@type").asString());
            assertEquals(i + 1, items.get(i).get("position").asInt());
            assertEquals(
                    "https://idc.example.org/rencontres/sessions/" + ids.get(i) + ".html#event",
                    items.get(i).get("item").get("@id").asString());
        }
        assertFalse(Ld.strings(agenda).stream().anyMatch(s -> s.contains("premiere-soiree-debat")));
        assertFalse(Ld.strings(agenda).contains("Première soirée-débat"));
    }

    @Test
    void theAgendaDescribesTheOrganisationAndEachSeriesOnceThenRefersToThem() {
        JsonNode items = Ld.read(Ld.FRENCH.agenda(TOULOUSE)).get("itemListElement");
        assertEquals(4, items.size());
        String organisation = "https://idc.example.org/rencontres/#organization";
        String series = "https://idc.example.org/rencontres/cycles/rencontres-toulouse.html#series";
        JsonNode first = items.get(0).get("item");
        assertEquals(organisation, first.get("organizer").get("@id").asString());
        assertEquals(
                "Institut de la concertation",
                first.get("organizer").get("name").asString());
        assertEquals(
                "Cycle de rencontres à Toulouse",
                first.get("superEvent").get("name").asString());
        for (int i = 1; i < 4; i++) {
            JsonNode event = items.get(i).get("item");
            assertEquals(List.of("@id"), List.copyOf(event.get("organizer").propertyNames()));
            assertEquals(organisation, event.get("organizer").get("@id").asString());
            assertEquals(List.of("@id"), List.copyOf(event.get("superEvent").propertyNames()));
            assertEquals(series, event.get("superEvent").get("@id").asString());
        }
        // a session's own document describes both in full
        JsonNode alone = Ld.read(Ld.FRENCH.session(TOULOUSE, TOULOUSE.sessions().get(3)));
        assertEquals(
                "Institut de la concertation",
                alone.get("organizer").get("name").asString());
        assertEquals(
                "Cycle de rencontres à Toulouse",
                alone.get("superEvent").get("name").asString());
    }

    @Test
    void theAgendaIsInTimeOrderWhateverTheArchiveOrder() {
        List<Session> sessions = new ArrayList<>(TOULOUSE.sessions());
        Collections.reverse(sessions);
        Archive reversed = TOULOUSE.withSessions(sessions);
        JsonNode items = Ld.read(Ld.FRENCH.agenda(reversed)).get("itemListElement");
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    "https://idc.example.org/rencontres/sessions/rencontres-toulouse-" + (i + 1) + ".html",
                    items.get(i).get("item").get("url").asString());
        }
    }

    @Test
    void theHostOfTheJanuaryMeetingIsASponsor() {
        Session january = Objects.requireNonNull(IMP_ACTE.session(Seeds.IMP_ACTE_JANUARY));
        JsonNode event = Ld.read(Ld.FRENCH.session(IMP_ACTE, january));
        JsonNode sponsor = event.get("sponsor");
        assertEquals("Organization", sponsor.get("@type").asString());
        assertEquals("Collège Coopératif en Bretagne", sponsor.get("name").asString());
        assertEquals("Rennes", sponsor.get("address").get("addressLocality").asString());
        assertEquals(
                "Salle 21, Collège Coopératif, Campus de la Harpe",
                event.get("location").get("name").asString());
        assertEquals("IMP'acte", event.get("organizer").get("name").asString());
        assertEquals(
                "Rennes",
                event.get("organizer").get("address").get("addressLocality").asString());
        // an open-ended session has no end
        assertEquals("2018-01-15T18:00:00+01:00", event.get("startDate").asString());
        assertNull(event.get("endDate"));
    }

    @Test
    void textsAreInTheLanguageAskedForWhenTranslated() {
        Session first = toulouse(1);
        Text title = Objects.requireNonNull(first.title()).withTranslation(Locale.ENGLISH, "First meeting in Toulouse");
        Session translated = first.withTitle(title);
        JsonNode english = Ld.read(Ld.ENGLISH.session(TOULOUSE, translated));
        assertEquals("First meeting in Toulouse", english.get("name").asString());
        assertEquals("en", english.get("inLanguage").asString());
        // no English description: the original
        assertTrue(english.get("description").asString().startsWith("Un premier rendez-vous"));
        JsonNode french = Ld.read(Ld.FRENCH.session(TOULOUSE, translated));
        assertEquals("Premier rendez-vous à Toulouse", french.get("name").asString());
        assertEquals("fr", french.get("inLanguage").asString());
    }

    @Test
    void theSameRecordsGiveTheSameCharacters() {
        assertEquals(Ld.FRENCH.agenda(Seeds.toulouse()), Ld.FRENCH.agenda(Seeds.toulouse()));
        assertEquals(
                Ld.FRENCH.cycle(Seeds.impActe(), Seeds.IMP_ACTE_MEETINGS),
                Ld.FRENCH.cycle(Seeds.impActe(), Seeds.IMP_ACTE_MEETINGS));
        Session meeting = Objects.requireNonNull(IMP_ACTE.session(Seeds.IMP_ACTE_MEETING));
        assertEquals(
                Ld.FRENCH.session(IMP_ACTE, meeting),
                Ld.FRENCH.session(
                        Seeds.impActe(),
                        Objects.requireNonNull(Seeds.impActe().session(SessionId.of(Seeds.IMP_ACTE_MEETING.value())))));
    }
}
