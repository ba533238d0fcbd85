package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.Link;
import io.github.townhall.session.LinkKind;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionFormat;
import io.github.townhall.session.SessionId;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.site.SiteUrls;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * What a person sees of a session without title in their calendar, and what an import of our own
 * feed gives back: the status (held against scheduled), the organiser's name, the session's page.
 */
class OwnFeedRoundTripTest {
    private static final OrganisationId ORG = OrganisationId.of("imp-acte");
    private static final Organisation IMPACTE = Organisation.builder(ORG, "Association IMP'acte")
            .shortName("IMP'acte")
            .email("contact@impacte.example.org")
            .build();
    private static final IcalOptions OPTIONS =
            IcalOptions.builder("impacte.example.org").productVersion("test").build();
    private static final SiteUrls SITE = SiteUrls.of(URI.create("https://impacte.example.org/"));

    private static Schedule evening(int day) {
        return ExactSchedule.of(
                LocalDate.of(2025, 3, day), LocalTime.of(18, 30), LocalTime.of(20, 0), TestArchives.PARIS);
    }

    private static Archive archive(Organisation organisation, List<Session> sessions) {
        return Archive.builder(organisation).sessions(sessions).build();
    }

    private static List<String> summaries(String feed) {
        List<String> summaries = new ArrayList<>();
        for (String line : feed.replace("\r\n ", "").split("\r\n")) {
            if (line.startsWith("SUMMARY")) {
                summaries.add(line);
            }
        }
        return summaries;
    }

    @Test
    void aSessionWithoutTitleNorQuestionReadsAsATitle() {
        Session meeting = Session.builder(SessionId.of("travail"), ORG, evening(4))
                .format(SessionFormat.WORKING_MEETING)
                .build();
        Session other = Session.builder(SessionId.of("autre"), ORG, evening(11)).build();
        Archive archive = archive(IMPACTE, List.of(meeting, other));
        String french = IcalWriter.of(
                        OPTIONS.toBuilder().language(Locale.FRENCH).build())
                .feed(archive);
        assertEquals(
                List.of("SUMMARY;LANGUAGE=fr:IMP'acte : réunion de travail", "SUMMARY;LANGUAGE=fr:IMP'acte : séance"),
                summaries(french));
        String english = IcalWriter.of(
                        OPTIONS.toBuilder().language(Locale.ENGLISH).build())
                .feed(archive);
        assertEquals(
                List.of("SUMMARY;LANGUAGE=en:IMP'acte: working meeting", "SUMMARY;LANGUAGE=en:IMP'acte: session"),
                summaries(english));
        String noShortName = IcalWriter.of(
                        OPTIONS.toBuilder().language(Locale.FRENCH).build())
                .feed(archive(Organisation.builder(ORG, "Les Amis du quartier").build(), List.of(meeting)));
        assertEquals(List.of("SUMMARY;LANGUAGE=fr:Les Amis du quartier : réunion de travail"), summaries(noShortName));
    }

    @Test
    void anImportOfOurFeedGivesBackStatusOrganiserAndPage() {
        List<Session> sessions = new ArrayList<>();
        int day = 1;
        for (SessionStatus status : SessionStatus.values()) {
            sessions.add(Session.builder(SessionId.of(status.name().toLowerCase(Locale.ROOT)), ORG, evening(day++))
                    .title(Text.fr("Rencontre " + status))
                    .description(Text.fr("Ce que nous ferons.\n\nEt après."))
                    .status(status)
                    .build());
        }
        sessions.add(Session.builder(SessionId.of("printemps"), ORG, TentativeSchedule.ofMonth(YearMonth.of(2025, 4)))
                .title(Text.fr("Rencontre de printemps"))
                .status(SessionStatus.SCHEDULED)
                .build());
        IcalWriter writer = IcalWriter.of(OPTIONS.toBuilder()
                .siteUrls(SITE)
                .tentativePolicy(TentativePolicy.ALL_DAY)
                .build());
        String feed = writer.feed(archive(IMPACTE, sessions));
        assertTrue(feed.contains("\r\nX-TOWNHALL-STATUS:HELD\r\n"), feed);
        assertTrue(feed.contains("\r\nX-TOWNHALL-PAGE:https://impacte.example.org/sessions/held.html\r\n"), feed);

        IcalImport read = IcalReader.of(ORG, Locale.FRENCH).read(feed);
        assertEquals(List.of(), read.issues());
        assertEquals(sessions.size(), read.sessions().size());
        for (int i = 0; i < sessions.size(); i++) {
            Session written = sessions.get(i);
            Session back = read.sessions().get(i);
            assertEquals(written.id(), back.id());
            assertEquals(written.status(), back.status(), written.id().value());
            URI page = URI.create(
                    "https://impacte.example.org/sessions/" + written.id().value() + ".html");
            assertEquals(List.of(new Link(LinkKind.RELATED, null, page, null, null)), back.links());
            assertEquals(written.description(), back.description(), "the page's line is not kept in the description");
        }
        Organisation organiser = Objects.requireNonNull(read.organiser());
        assertEquals("Association IMP'acte", organiser.name());
        assertEquals("contact@impacte.example.org", organiser.email());
        assertEquals(ORG, organiser.id());

        String again = writer.feed(archive(IMPACTE, read.sessions()));
        assertEquals(
                feed.split("Page de la séance", -1).length,
                again.split("Page de la séance", -1).length,
                "writing the import again does not repeat the page");
    }

    @Test
    void aCalendarThatChangedStatusSinceIsBelieved() {
        String feed = String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//test//test//EN",
                "BEGIN:VEVENT",
                "UID:held@example.org",
                "DTSTART:20250304T173000Z",
                "STATUS:CANCELLED",
                "X-TOWNHALL-STATUS:HELD",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:odd@example.org",
                "DTSTART:20250304T173000Z",
                "STATUS:CONFIRMED",
                "X-TOWNHALL-STATUS:ADJOURNED",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        IcalImport read = IcalReader.of(ORG, Locale.FRENCH).read(feed);
        assertEquals(SessionStatus.CANCELLED, read.sessions().get(0).status());
        assertEquals(SessionStatus.SCHEDULED, read.sessions().get(1).status());
        assertEquals(2, read.issues().size(), read.issues().toString());
        assertEquals(8, read.issues().get(0).line());
        assertTrue(
                read.issues().get(0).message().contains("contradicts STATUS"),
                read.issues().toString());
        assertEquals(14, read.issues().get(1).line());
        assertNull(read.organiser());
        assertEquals(List.of(), read.sessions().get(0).links());
    }
}
