package io.github.townhall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.html.HtmlOptions;
import io.github.townhall.html.HtmlSite;
import io.github.townhall.html.JsonLdSource;
import io.github.townhall.ical.IcalImport;
import io.github.townhall.ical.IcalOptions;
import io.github.townhall.ical.IcalReader;
import io.github.townhall.ical.IcalWriter;
import io.github.townhall.json.JsonReadResult;
import io.github.townhall.json.TownhallJson;
import io.github.townhall.jsonld.JsonLdOptions;
import io.github.townhall.jsonld.SchemaOrg;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.people.Person;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.session.Attendance;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.HeadCount;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionFormat;
import io.github.townhall.session.SessionId;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.session.Speaker;
import io.github.townhall.session.SpeakerRole;
import io.github.townhall.site.SiteUrls;
import io.github.townhall.testing.Seeds;
import io.github.townhall.text.Text;
import io.github.townhall.validation.RecordValidator;
import io.github.townhall.validation.ValidationReport;
import io.github.townhall.validation.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java examples, as written there, so that they keep compiling and working. */
class ReadmeExamplesTest {
    @TempDir
    Path dir;

    @Test
    void aSessionInFifteenLines() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        Session second = Session.builder(
                        SessionId.of("toulouse-2"),
                        OrganisationId.of("idc"),
                        ExactSchedule.of(LocalDate.of(2016, 2, 18), LocalTime.of(18, 0), LocalTime.of(20, 0), paris))
                .cycle(CyclePosition.of(CycleId.of("toulouse"), 2))
                .format(SessionFormat.NETWORK_MEETING)
                .status(SessionStatus.HELD)
                .addQuestions(Text.fr("Prendre part aux décisions sur un budget public, est-ce réellement possible ?"))
                .venue(Venue.builder()
                        .name("Centre social Partage Faourette")
                        .street("rue de l'Ukraine")
                        .city("Toulouse")
                        .build())
                .addSpeakers(
                        new Speaker(Person.of("Patrick Bodart"), SpeakerRole.SPEAKER, OrganisationId.of("periferia")))
                .addTopics(Text.fr("budgets participatifs"))
                .attendance(Attendance.of(HeadCount.about(15)))
                .build();
        Session moved = second.withVenue(Venue.named("MJC Prévert")).revised(Instant.parse("2016-02-10T09:00:00Z"));

        assertEquals(1, moved.revision().number());
        assertEquals("MJC Prévert", moved.venue().name());
        assertEquals(second.speakers(), moved.speakers());
        assertTrue(RecordValidator.create().validate(moved).isValid());
    }

    @Test
    void validatingARecordInFrench() {
        Archive archive = Seeds.toulouse();
        Session first = archive.sessionsOf(Seeds.TOULOUSE_CYCLE).get(0);
        ExactSchedule schedule = (ExactSchedule) first.schedule();
        archive = archive.withSessions(
                java.util.List.of(first.withSchedule(schedule.withEnd(LocalDateTime.of(2015, 12, 1, 17, 30)))));

        RecordValidator validator = RecordValidator.create(Locale.FRENCH); // once; thread-safe
        ValidationReport report = validator.validate(archive); // every problem at once
        StringBuilder printed = new StringBuilder();
        for (Violation violation : report.violations()) {
            printed.append(violation.path() + " : " + violation.message() + " (" + violation.invalidValue() + ")\n");
        }
        assertEquals("sessions[0].schedule.end : doit venir après le début (2015-12-01T17:30)\n", printed.toString());
    }

    @Test
    void writingAFeedToAFile() throws IOException {
        Archive archive = Seeds.toulouse();
        Path agenda = dir.resolve("agenda.ics");

        IcalWriter writer = IcalWriter.of(IcalOptions.builder("idc.example.org") // the domain of the UIDs
                .language(Locale.FRENCH)
                .feedUrl(URI.create("https://idc.example.org/agenda.ics"))
                .build());
        try (OutputStream out = Files.newOutputStream(agenda)) {
            writer.writeFeed(archive, out); // the organisation's public sessions
        }
        String cycle = writer.cycleFeed(archive, CycleId.of("rencontres-toulouse"));
        IcalImport imported =
                IcalReader.of(OrganisationId.of("idc"), Locale.FRENCH).read(Files.newBufferedReader(agenda));

        assertEquals(4, imported.sessions().size());
        assertTrue(imported.issues().isEmpty(), imported.issues().toString());
        assertTrue(cycle.contains("UID:rencontres-toulouse-4@idc.example.org\r\n"));
    }

    @Test
    void readingAFileAndPrintingItsProblems() throws IOException {
        Path file = dir.resolve("toulouse-cycle.json");
        Files.writeString(
                file,
                TownhallJson.defaults()
                        .write(Seeds.toulouse())
                        .replace("\"end\": \"2016-02-18T20:00\"", "\"end\": \"2016-02-18T17:00\""));

        TownhallJson json = TownhallJson.builder()
                .validator(RecordValidator.create(Locale.FRENCH))
                .build();
        try (Reader in = Files.newBufferedReader(file)) {
            JsonReadResult<Archive> result = json.readAndValidate(in, Archive.class);
            assertFalse(result.isValid());
            assertEquals("/sessions/1/schedule/end", result.problems().get(0).pointer());
            assertTrue(
                    result.problems()
                            .get(0)
                            .toString()
                            .startsWith("doit venir après le début (at /sessions/1/schedule/end, line"),
                    result.problems().get(0).toString());
        }
        String text = json.write(Seeds.toulouse()); // same record, same bytes
        assertEquals(text, json.write(json.readArchive(text)));
        String published = TownhallJson.builder().forPublication(true).build().write(Seeds.toulouse());
        assertTrue(published.startsWith("{\n  \"format\": \"townhall/1.1\",\n  \"redacted\": true"), published);
    }

    @Test
    void theSchemaOrgMarkupOfAPage() {
        Archive archive = Seeds.toulouse();
        Session session = archive.sessions().get(2);
        SchemaOrg schema =
                SchemaOrg.of(JsonLdOptions.of(SiteUrls.of(URI.create("https://idc.example.org/")), Locale.FRENCH));
        String event = schema.session(archive, session); // for <script type="application/ld+json">: < > & are escaped
        assertTrue(event.contains("\"startDate\":\"2016-05-12T18:00:00+02:00\""), event);
        assertEquals(List.of(), SchemaOrg.readiness(archive, session));
    }

    @Test
    void aStaticSite() throws IOException {
        Archive archive = Seeds.impActe();
        SiteUrls urls = SiteUrls.of(URI.create("https://idc.example.org/rencontres/"));
        SchemaOrg schema = SchemaOrg.of(JsonLdOptions.of(urls, Locale.FRENCH));
        HtmlSite site = HtmlSite.of(HtmlOptions.builder(urls)
                .asOf(LocalDate.of(2017, 12, 6)) // upcoming and past, as of that day
                .jsonLd(JsonLdSource.of(
                        schema::agenda,
                        schema::cycle,
                        (a, s) -> s.schedule().firstDay() == null ? null : schema.session(a, s)))
                .build());
        site.writeSite(archive, dir.resolve("public")); // pages, style.css, sitemap.xml

        String january = Files.readString(dir.resolve("public/sessions/imp-acte-2018-01-15.html"));
        assertTrue(january.contains("application/ld+json"), january);
        assertTrue(Files.isRegularFile(dir.resolve("public/sitemap.xml")));
    }
}
