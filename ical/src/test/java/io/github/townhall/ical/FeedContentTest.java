package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.PartnerRole;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.people.ContactPoint;
import io.github.townhall.people.Person;
import io.github.townhall.place.AccessFeature;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.Admission;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.PracticalDetails;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionFormat;
import io.github.townhall.session.SessionId;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.session.Speaker;
import io.github.townhall.session.SpeakerRole;
import io.github.townhall.session.Visibility;
import io.github.townhall.site.SiteUrls;
import io.github.townhall.text.Text;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * What a feed says of a session beyond its time and place: the practical details and partner
 * organisations in DESCRIPTION, the topics in CATEGORIES, and which sessions it leaves out.
 * Descriptions are checked as our reader reads them back (unfolded and unescaped).
 */
class FeedContentTest {
    private static final OrganisationId ORG = OrganisationId.of("org");
    private static final CycleId CYCLE = CycleId.of("cycle");
    private static final OrganisationId FUNDER = OrganisationId.of("fondation");
    private static final IcalOptions OPTIONS =
            IcalOptions.builder("example.org").productVersion("test").build();

    private static io.github.townhall.session.SessionBuilder dated(String id) {
        return Session.builder(
                        SessionId.of(id),
                        ORG,
                        ExactSchedule.of(
                                LocalDate.of(2018, 3, 6), LocalTime.of(18, 0), LocalTime.of(20, 0), TestArchives.PARIS))
                .title(Text.fr("Soirée " + id));
    }

    private static Archive archive(Session... sessions) {
        return Archive.builder(Organisation.builder(ORG, "Association").build())
                .addCycles(Cycle.builder(CYCLE, ORG, Text.fr("Cycle")).build())
                .addDirectory(ListedOrganisation.builder(FUNDER, "Fondation de France")
                        .mission(Text.fr("pour la vie associative"))
                        .build())
                .sessions(List.of(sessions))
                .build();
    }

    private static IcalWriter writer(Locale language) {
        return IcalWriter.of(OPTIONS.toBuilder().language(language).build());
    }

    /** The DESCRIPTION of the feed's only event, as our reader reads it. */
    private static String description(String feed) {
        IcalImport read = IcalReader.of(ORG, Locale.FRENCH).read(feed);
        assertEquals(List.of(), read.issues());
        assertEquals(1, read.sessions().size(), feed);
        Text description = read.sessions().get(0).description();
        return description == null ? "" : description.original();
    }

    /** The DESCRIPTION of the feed's only event as written, unfolded and unescaped by hand. */
    private static String rawDescription(String feed) {
        for (String line : feed.replace("\r\n ", "").split("\r\n")) {
            if (line.startsWith("DESCRIPTION;")) {
                return line.substring(line.indexOf(':') + 1)
                        .replace("\\n", "\n")
                        .replace("\\,", ",")
                        .replace("\\;", ";");
            }
        }
        return "";
    }

    private static Session withPractical() {
        return dated("pratique")
                .venue(Venue.builder()
                        .name("Maison des associations")
                        .accessibility(List.of(AccessFeature.QUIET_ROOM, AccessFeature.STEP_FREE))
                        .build())
                .practical(PracticalDetails.builder()
                        .accessibility(List.of(AccessFeature.STEP_FREE, AccessFeature.CHILDCARE))
                        .admission(new Admission.Paid(
                                new BigDecimal("1234.5"),
                                Currency.getInstance("CHF"),
                                Text.fr("gratuit pour les moins de 18 ans")
                                        .withTranslation(Locale.ENGLISH, "free under 18")))
                        .contact(new ContactPoint(null, "contact@example.org", "05 61 00 00 00"))
                        .languages(List.of(Locale.forLanguageTag("fr-BE"), Locale.GERMAN))
                        .build())
                .build();
    }

    @Test
    void practicalDetailsInFrench() {
        assertEquals(
                "Accessibilité : accès de plain-pied, garde d’enfants, espace calme\n"
                        + "Entrée : 1\u202f234,50\u00a0CHF (gratuit pour les moins de 18 ans)\n"
                        + "Contact : contact@example.org, 05 61 00 00 00\n"
                        + "Langues : français (Belgique), allemand",
                description(writer(Locale.FRENCH).feed(archive(withPractical()))));
    }

    @Test
    void practicalDetailsInEnglish() {
        assertEquals(
                "Accessibility: step-free access, childcare, quiet room\n"
                        + "Admission: CHF\u00a01,234.50 (free under 18)\n"
                        + "Contact: contact@example.org, 05 61 00 00 00\n"
                        + "Languages: French (Belgium), German",
                description(writer(Locale.ENGLISH).feed(archive(withPractical()))));
    }

    @Test
    void freeAdmissionAndPricesNeverRounded() {
        Session free = dated("libre")
                .practical(
                        PracticalDetails.builder().admission(Admission.free()).build())
                .build();
        assertEquals(
                "Entrée : libre et gratuite", description(writer(Locale.FRENCH).feed(archive(free))));
        assertEquals("Admission: free", description(writer(Locale.ENGLISH).feed(archive(free))));
        Session euros = dated("prix")
                .practical(PracticalDetails.builder()
                        .admission(Admission.price(new BigDecimal("2.125"), Currency.getInstance("EUR")))
                        .build())
                .build();
        assertEquals("Entrée : 2,125\u00a0€", description(writer(Locale.FRENCH).feed(archive(euros))));
        assertEquals("Admission: €2.125", description(writer(Locale.ENGLISH).feed(archive(euros))));
    }

    @Test
    void nothingWrittenWhenThereAreNoPracticalDetails() {
        Session bare = dated("rien").build();
        Session empty = dated("vide")
                .venue(Venue.named("Salle"))
                .practical(PracticalDetails.builder()
                        .contact(new ContactPoint(" ", null, null))
                        .build())
                .build();
        for (Session session : List.of(bare, empty)) {
            String feed = writer(Locale.FRENCH).feed(archive(session));
            assertFalse(feed.contains("DESCRIPTION"), feed);
            assertEquals("", description(feed));
        }
    }

    @Test
    void theVenueAloneGivesTheAccessibility() {
        Session session = dated("lieu")
                .venue(Venue.builder()
                        .name("Salle")
                        .accessibility(List.of(AccessFeature.LIVE_CAPTIONS, AccessFeature.HEARING_LOOP))
                        .build())
                .build();
        assertEquals(
                "Accessibility: hearing loop, live captions",
                description(writer(Locale.ENGLISH).feed(archive(session))));
    }

    @Test
    void aContactPointIsEscapedLikeAnyText() {
        Session session = dated("hostile")
                .practical(PracticalDetails.builder()
                        .contact(new ContactPoint(
                                "Accueil\r\nATTENDEE:mailto:x@example.org", "a;b,c@example.org", "\\1"))
                        .build())
                .build();
        String feed = writer(Locale.FRENCH).feed(archive(session));
        assertTrue(feed.lines().noneMatch(line -> line.startsWith("ATTENDEE")), feed);
        assertEquals("Contact : Accueil\nATTENDEE:mailto:x@example.org, a;b,c@example.org, \\1", description(feed));
    }

    @Test
    void partnersAreNamedFromTheDirectoryWithTheirRole() {
        Session session = dated("partenaires")
                .partners(List.of(
                        Partnership.of(FUNDER, PartnerRole.FUNDER),
                        Partnership.of(OrganisationId.of("inconnue"), PartnerRole.HOST)))
                .addSpeakers(new Speaker(Person.of("Jeanne Martin"), SpeakerRole.SPEAKER, FUNDER))
                .build();
        assertEquals(
                "Intervenants :\n- Jeanne Martin (intervenant), Fondation de France – pour la vie associative\n\n"
                        + "Partenaires :\n- Fondation de France (financeur)",
                description(writer(Locale.FRENCH).feed(archive(session))));
        assertEquals(
                "Speakers:\n- Jeanne Martin (speaker), Fondation de France – pour la vie associative\n\n"
                        + "Partners:\n- Fondation de France (funder)",
                description(writer(Locale.ENGLISH).feed(archive(session))));
        // written from sessions alone, a feed has no directory to name them from
        java.io.StringWriter out = new java.io.StringWriter();
        writer(Locale.FRENCH).writeFeed(archive(session).organisation(), List.of(session), out);
        assertEquals("Intervenants :\n- Jeanne Martin (intervenant)", description(out.toString()));
    }

    private static List<String> categories(String feed) {
        return feed.lines().filter(line -> line.startsWith("CATEGORIES")).toList();
    }

    @Test
    void topicsAreCategoriesAfterTheFormatAndComeBackAsTopics() {
        Session session = dated("themes")
                .format(SessionFormat.DEBATE_EVENING)
                .topics(List.of(
                        Text.fr("santé, école"),
                        Text.fr("a;b\\c"),
                        Text.fr("mobilité").withTranslation(Locale.ENGLISH, "mobility")))
                .build();
        String french = writer(Locale.FRENCH).feed(archive(session));
        assertEquals(
                List.of("CATEGORIES;LANGUAGE=fr:Soirée-débat,santé\\, école,a\\;b\\\\c,mobilité"), categories(french));
        Session read = IcalReader.of(ORG, Locale.FRENCH).read(french).sessions().get(0);
        assertEquals(SessionFormat.DEBATE_EVENING, read.format());
        assertEquals(List.of(Text.fr("santé, école"), Text.fr("a;b\\c"), Text.fr("mobilité")), read.topics());

        String english = writer(Locale.ENGLISH).feed(archive(session));
        assertEquals(
                List.of(
                        "CATEGORIES;LANGUAGE=en:Debate evening,mobility",
                        "CATEGORIES;LANGUAGE=fr:santé\\, école,a\\;b\\\\c"),
                categories(english));
        Session readEnglish =
                IcalReader.of(ORG, Locale.FRENCH).read(english).sessions().get(0);
        assertEquals(SessionFormat.DEBATE_EVENING, readEnglish.format());
        assertEquals(
                List.of(Text.of(Locale.ENGLISH, "mobility"), Text.fr("santé, école"), Text.fr("a;b\\c")),
                readEnglish.topics());
    }

    @Test
    void theOtherFormatIsNotACategoryUnlessATopicLooksLikeAFormat() {
        assertEquals(
                List.of(),
                categories(writer(Locale.FRENCH).feed(archive(dated("autre").build()))));
        Session topics = dated("themes").topics(List.of(Text.fr("écologie"))).build();
        assertEquals(
                List.of("CATEGORIES;LANGUAGE=fr:écologie"),
                categories(writer(Locale.FRENCH).feed(archive(topics))));
        Session lookalike =
                dated("sosie").topics(List.of(Text.fr("Soirée-débat"))).build();
        String feed = writer(Locale.FRENCH).feed(archive(lookalike));
        assertEquals(List.of("CATEGORIES;LANGUAGE=fr:Autre,Soirée-débat"), categories(feed));
        Session read = IcalReader.of(ORG, Locale.FRENCH).read(feed).sessions().get(0);
        assertEquals(SessionFormat.OTHER, read.format());
        assertEquals(List.of(Text.fr("Soirée-débat")), read.topics());
    }

    @Test
    void categoriesOfOtherCalendarsBecomeTopics() {
        String text = String.join(
                        "\r\n",
                        "BEGIN:VCALENDAR",
                        "VERSION:2.0",
                        "BEGIN:VEVENT",
                        "UID:x@example.org",
                        "DTSTART:20180306T170000Z",
                        "CATEGORIES:Meeting,Atelier thématique,Working meeting",
                        "CATEGORIES;LANGUAGE=en:Climate\\, energy,,Meeting",
                        "END:VEVENT",
                        "END:VCALENDAR")
                + "\r\n";
        IcalImport read = IcalReader.of(ORG, Locale.FRENCH).read(text);
        Session session = read.sessions().get(0);
        assertEquals(SessionFormat.THEMATIC_WORKSHOP, session.format());
        assertEquals(
                List.of(
                        Text.fr("Meeting"),
                        Text.fr("Working meeting"),
                        Text.of(Locale.ENGLISH, "Climate, energy"),
                        Text.of(Locale.ENGLISH, "Meeting")),
                session.topics());
        assertEquals(List.of(), read.issues());
    }

    @Test
    void undatedSessionsAreLeftOutOfEveryFeedUnderEveryPolicy() {
        Session undated = Session.builder(SessionId.of("a-fixer"), ORG, Schedule.undated())
                .status(SessionStatus.PLANNED)
                .cycle(CyclePosition.of(CYCLE, 2))
                .title(Text.fr("Date à fixer"))
                .build();
        Session tentative = Session.builder(
                        SessionId.of("prevue"), ORG, TentativeSchedule.ofMonth(YearMonth.of(2018, 5)))
                .status(SessionStatus.PLANNED)
                .title(Text.fr("Prévue en mai"))
                .build();
        Session undatedForMembers =
                undated.withId(SessionId.of("a-fixer-bureau")).withCycle(null).withVisibility(Visibility.MEMBERS_ONLY);
        Session first = dated("premiere").cycle(CyclePosition.of(CYCLE, 1)).build();
        Archive archive = archive(first, undated, tentative, undatedForMembers);
        for (TentativePolicy policy : TentativePolicy.values()) {
            for (boolean membersOnly : new boolean[] {false, true}) {
                IcalWriter writer = IcalWriter.of(OPTIONS.toBuilder()
                        .tentativePolicy(policy)
                        .includeMembersOnly(membersOnly)
                        .build());
                for (String feed : List.of(writer.feed(archive), writer.cycleFeed(archive, CYCLE))) {
                    assertFalse(feed.contains("a-fixer"), feed);
                    assertFalse(feed.contains("Date à fixer"), feed);
                    IcalImport read = IcalReader.of(ORG, Locale.FRENCH).read(feed);
                    assertEquals(List.of(), read.issues());
                    assertEquals(
                            SessionId.of("premiere"), read.sessions().get(0).id());
                }
                int expected = policy == TentativePolicy.ALL_DAY ? 2 : 1;
                assertEquals(
                        expected, RoundTripTest.events(writer.feed(archive)).size());
                assertEquals(
                        1,
                        RoundTripTest.events(writer.cycleFeed(archive, CYCLE)).size());
            }
        }
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> writer(Locale.FRENCH).session(archive, undated));
        assertTrue(refused.getMessage().contains("a-fixer"), refused.getMessage());
        assertEquals(
                1,
                RoundTripTest.events(writer(Locale.FRENCH).session(archive, tentative))
                        .size());
    }

    @Test
    void attendeesOfACalendarAreInvitationsNotAttendance() {
        String text = String.join(
                        "\r\n",
                        "BEGIN:VCALENDAR",
                        "VERSION:2.0",
                        "METHOD:REQUEST",
                        "BEGIN:VEVENT",
                        "UID:invitation@example.org",
                        "DTSTART:20180306T170000Z",
                        "DTEND:20180306T190000Z",
                        "SUMMARY:Réunion",
                        "ORGANIZER;CN=Association:mailto:bureau@example.org",
                        "ATTENDEE;CN=Jeanne Dupont;PARTSTAT=ACCEPTED:mailto:jeanne@example.org",
                        "ATTENDEE;CN=Paul Durand;PARTSTAT=DECLINED:mailto:paul@example.org",
                        "END:VEVENT",
                        "END:VCALENDAR")
                + "\r\n";
        IcalImport read = IcalReader.of(ORG, Locale.FRENCH).read(text);
        Session session = read.sessions().get(0);
        assertNull(session.attendance());
        assertTrue(session.roles().isEmpty());
        assertFalse(session.toString().contains("Jeanne"), session.toString());
        assertEquals(2, read.issues().size(), read.issues().toString());
        for (int i = 0; i < 2; i++) {
            ImportIssue issue = read.issues().get(i);
            assertEquals("ATTENDEE", issue.property());
            assertEquals(10 + i, issue.line());
            assertTrue(issue.message().contains("not imported"), issue.message());
        }
        assertEquals(ORG, session.organisation());
        assertEquals("Réunion", Objects.requireNonNull(session.title()).original());
    }

    @Test
    void theSessionPageIsTheUrlAndEndsTheDescription() {
        SiteUrls urls = SiteUrls.of(URI.create("https://idc.example.org/rencontres/"));
        Session session = dated("s 1")
                .venue(Venue.builder()
                        .onlineLink(URI.create("https://visio.example.org/salle"))
                        .build())
                .build();
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            IcalWriter withPages = IcalWriter.of(
                    OPTIONS.toBuilder().language(language).siteUrls(urls).build());
            String feed = withPages.feed(archive(session));
            String page = "https://idc.example.org/rencontres/sessions/s%201.html";
            assertTrue(feed.contains("\r\nURL;VALUE=URI:" + page + "\r\n"), feed);
            String label = language == Locale.FRENCH ? "Page de la séance : " : "Session page: ";
            assertTrue(rawDescription(feed).endsWith(label + page), rawDescription(feed));
            assertTrue(feed.contains("https://visio.example.org/salle"), "the online link stays: " + feed);
        }
        String without = writer(Locale.FRENCH).feed(archive(session));
        assertTrue(without.contains("\r\nURL;VALUE=URI:https://visio.example.org/salle\r\n"), without);
        assertFalse(description(without).contains("Page de la séance"));
    }
}
