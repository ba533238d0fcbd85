package io.github.townhall.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.json.TownhallJson;
import io.github.townhall.session.Session;
import io.github.townhall.testing.Seeds;
import io.github.townhall.text.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command in-process and checks exit codes, messages and outputs. */
class TownhallCliTest {
    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Townhall.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path demo() {
        Run run = run("demo", "--out", dir.toString());
        assertEquals(0, run.code(), run.err());
        return dir;
    }

    /** The json module's golden files; tests run in the cli module's folder. */
    private static byte[] golden(String name) throws IOException {
        return Files.readAllBytes(Path.of("..", "json", "src", "test", "resources", "golden", name));
    }

    @Test
    void demoWritesTheFourFilesAndTheTwoSites() throws IOException {
        Path out = demo();
        try (var files = Files.list(out)) {
            assertEquals(
                    List.of("imp-acte.ics", "imp-acte.json", "site", "toulouse-cycle.ics", "toulouse-cycle.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Path toulouse = out.resolve("site/toulouse-cycle");
        for (String file : List.of(
                "index.html",
                "style.css",
                "sitemap.xml",
                "agenda.ics",
                "agenda.jsonld",
                "cycles/rencontres-toulouse.html",
                "cycles/rencontres-toulouse.jsonld",
                "sessions/rencontres-toulouse-3.html",
                "sessions/rencontres-toulouse-3.ics")) {
            assertTrue(Files.isRegularFile(toulouse.resolve(file)), file);
        }
        String third = Files.readString(toulouse.resolve("sessions/rencontres-toulouse-3.html"));
        assertTrue(third.contains("<script type=\"application/ld+json\">"), third);
        assertTrue(third.contains("2016-05-12T18:00:00+02:00"), third);
        Path impActe = out.resolve("site/imp-acte");
        assertTrue(Files.isRegularFile(impActe.resolve("sessions/imp-acte-2017-12-05-minutes.html")));
        assertTrue(Files.isRegularFile(impActe.resolve("sessions/imp-acte-premiere-soiree-debat.html")));
        assertFalse(
                Files.exists(impActe.resolve("sessions/imp-acte-premiere-soiree-debat.ics")),
                "no date yet: no calendar");
    }

    @Test
    void siteWritesThePagesOfADocument() throws IOException {
        Path out = demo();
        Path site = dir.resolve("public");
        Run run = run(
                "site",
                "--lang",
                "en",
                "--base-url",
                "https://idc.example.org/",
                "--as-of",
                "2016-03-01",
                "-o",
                site.toString(),
                out.resolve("toulouse-cycle.json").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Institut de la concertation: "), run.out());
        String index = Files.readString(site.resolve("index.html"));
        assertTrue(index.contains("<html lang=\"en\""), index);
        assertTrue(index.contains("https://idc.example.org/agenda.ics"), index);
        Run bad = run(
                "site",
                "--as-of",
                "yesterday",
                out.resolve("toulouse-cycle.json").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--as-of: not a date"), bad.err());
    }

    @Test
    void siteInTwoLanguagesWritesAFolderEachLinkedByHreflang() throws IOException {
        Archive seed = Seeds.toulouse();
        List<Session> sessions = new ArrayList<>();
        for (Session session : seed.sessions()) {
            sessions.add(
                    session.id().value().equals("rencontres-toulouse-1")
                            ? session.with()
                                    .title(Text.fr("Premier rendez-vous à Toulouse")
                                            .withTranslation(Locale.ENGLISH, "A first meeting in Toulouse"))
                                    .description(Text.fr("Un premier rendez-vous.")
                                            .withTranslation(Locale.ENGLISH, "A first meeting."))
                                    .build()
                            : session);
        }
        Path json = dir.resolve("bilingual.json");
        Files.writeString(json, TownhallJson.defaults().write(seed.withSessions(sessions)), StandardCharsets.UTF_8);
        Path site = dir.resolve("public");
        Run run = run(
                "site",
                "--lang",
                "fr,en",
                "--base-url",
                "https://idc.example.org/",
                "-o",
                site.toString(),
                json.toString());
        assertEquals(0, run.code(), run.err());
        for (String file : List.of(
                "index.html",
                "fr/index.html",
                "en/index.html",
                "fr/agenda.ics",
                "en/sitemap.xml",
                "en/sessions/rencontres-toulouse-2.html",
                "en/cycles/rencontres-toulouse.jsonld")) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
        assertEquals(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                        + "  <sitemap><loc>https://idc.example.org/fr/sitemap.xml</loc></sitemap>\n"
                        + "  <sitemap><loc>https://idc.example.org/en/sitemap.xml</loc></sitemap>\n"
                        + "</sitemapindex>\n",
                Files.readString(site.resolve("sitemap.xml")));
        String chooser = Files.readString(site.resolve("index.html"));
        assertTrue(
                chooser.contains("<li lang=\"fr\"><a href=\"fr/index.html\" hreflang=\"fr\">Français</a></li>\n"
                        + "<li lang=\"en\"><a href=\"en/index.html\" hreflang=\"en\">English</a></li>"),
                chooser);
        assertTrue(
                chooser.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://idc.example.org/\">"),
                chooser);
        String first = Files.readString(site.resolve("en/sessions/rencontres-toulouse-1.html"));
        assertTrue(first.contains("<html lang=\"en\">"), first);
        assertTrue(first.contains("<h1 dir=\"auto\">A first meeting in Toulouse</h1>"), first);
        assertTrue(
                first.contains("<link rel=\"alternate\" hreflang=\"en\""
                        + " href=\"https://idc.example.org/en/sessions/rencontres-toulouse-1.html\">\n"
                        + "<link rel=\"alternate\" hreflang=\"fr\""
                        + " href=\"https://idc.example.org/fr/sessions/rencontres-toulouse-1.html\">\n"
                        + "<link rel=\"alternate\" hreflang=\"x-default\""
                        + " href=\"https://idc.example.org/fr/sessions/rencontres-toulouse-1.html\">\n"),
                first);
        assertTrue(
                first.contains("\"url\":\"https://idc.example.org/en/sessions/rencontres-toulouse-1.html\""),
                "the JSON-LD of the English page names the English page: " + first);
        String second = Files.readString(site.resolve("fr/sessions/rencontres-toulouse-2.html"));
        assertFalse(second.contains("hreflang"), "in French only: " + second);
        assertTrue(Files.readString(site.resolve("fr/sitemap.xml"))
                .contains("<xhtml:link rel=\"alternate\" hreflang=\"en\""
                        + " href=\"https://idc.example.org/en/sessions/rencontres-toulouse-1.html\"/>"));
        Run twice = run("site", "--lang", "fr,fr", json.toString());
        assertEquals(2, twice.code());
        assertTrue(twice.err().contains("--lang: fr is given twice: fr,fr"), twice.err());
        Run unknown = run("site", "--lang", "fr,de", json.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown language 'de'"), unknown.err());
    }

    @Test
    void demoJsonIsByteIdenticalToTheJsonModulesGoldenFiles() throws IOException {
        Path out = demo();
        assertArrayEquals(golden("toulouse-cycle.json"), Files.readAllBytes(out.resolve("toulouse-cycle.json")));
        assertArrayEquals(golden("imp-acte.json"), Files.readAllBytes(out.resolve("imp-acte.json")));
    }

    @Test
    void demoSummarySaysWhatItWroteAndWhere() {
        Run run = run("demo", "--out", dir.toString());
        assertTrue(
                run.out().contains("Institut de la concertation: cycle rencontres-toulouse, 4 sessions (valid)"),
                run.out());
        assertTrue(run.out().contains("IMP'acte: organisation feed, 4 sessions (valid)"), run.out());
        assertTrue(
                run.out().contains("bytes, 3 events"), "the planned first soirée-débat has no date yet: " + run.out());
        assertTrue(run.out().contains(dir.resolve("imp-acte.ics").toString()), run.out());
    }

    @Test
    void demoFeedsHoldTheSeedEvents() throws IOException {
        Path out = demo();
        String toulouse = Files.readString(out.resolve("toulouse-cycle.ics"), StandardCharsets.UTF_8);
        assertEquals(4, toulouse.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(toulouse.contains("DTSTART;TZID=Europe/Paris:20151201T183000\r\n"));
        String impActe = Files.readString(out.resolve("imp-acte.ics"), StandardCharsets.UTF_8);
        assertTrue(impActe.contains("DTSTART;TZID=Europe/Paris:20180115T180000\r\n"));
    }

    @Test
    void demoFilesValidate() {
        Path out = demo();
        Run run = run(
                "validate",
                out.resolve("toulouse-cycle.json").toString(),
                out.resolve("imp-acte.json").toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("toulouse-cycle.json: valid"), run.out());
    }

    @Test
    void validateReportsEveryProblemWithItsLocationInFrench() throws IOException {
        Path out = demo();
        String json = Files.readString(out.resolve("imp-acte.json"), StandardCharsets.UTF_8)
                .replace("\"name\": \"IMP'acte\"", "\"name\": \"  \"")
                .replace("\"exact\": 7", "\"exact\": -7");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, json, StandardCharsets.UTF_8);
        Run run = run("validate", "--lang", "fr", broken.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("/organisation/name:"), run.out());
        assertTrue(run.out().contains(broken + ":5:"), run.out());
        assertTrue(run.out().contains("2 problems"), run.out());
    }

    @Test
    void validateExitsWithTwoOnAFileThatIsNotJson() throws IOException {
        Path file = dir.resolve("notes.json");
        Files.writeString(file, "Compte-rendu du 5 décembre", StandardCharsets.UTF_8);
        Run run = run("validate", file.toString());
        assertEquals(2, run.code());
        assertTrue(run.out().startsWith(file + ":1:"), run.out());
    }

    @Test
    void validateExitsWithTwoOnAnUnknownFormatVersion() throws IOException {
        Path out = demo();
        String json = Files.readString(out.resolve("imp-acte.json"), StandardCharsets.UTF_8)
                .replace("\"townhall/1.1\"", "\"townhall/2\"");
        Path file = dir.resolve("future.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        Run run = run("validate", file.toString());
        assertEquals(2, run.code());
        assertTrue(run.out().contains("townhall/2"), run.out());
    }

    @Test
    void validateExitsWithTwoOnAMissingFile() {
        Run run = run("validate", dir.resolve("missing.json").toString());
        assertEquals(2, run.code());
        assertEquals("townhall: " + dir.resolve("missing.json") + ": no such file\n", run.err());
    }

    @Test
    void icsWritesTheCycleFeedToStandardOutput() {
        Path out = demo();
        Run run = run(
                "ics",
                "--cycle",
                "rencontres-toulouse",
                out.resolve("toulouse-cycle.json").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("BEGIN:VCALENDAR\r\n"));
        assertEquals(4, run.out().split("BEGIN:VEVENT", -1).length - 1);
    }

    @Test
    void icsOfTheDemoJsonIsTheDemoFeed() throws IOException {
        Path out = demo();
        Path ics = dir.resolve("again.ics");
        Run run = run(
                "ics",
                "--cycle",
                "rencontres-toulouse",
                "-o",
                ics.toString(),
                out.resolve("toulouse-cycle.json").toString());
        assertEquals(0, run.code(), run.err());
        assertArrayEquals(Files.readAllBytes(out.resolve("toulouse-cycle.ics")), Files.readAllBytes(ics));
    }

    @Test
    void icsInEnglishWithADomain() {
        Path out = demo();
        Run run = run(
                "ics",
                "--lang",
                "en",
                "--domain",
                "idc.example.org",
                out.resolve("toulouse-cycle.json").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("UID:rencontres-toulouse-1@idc.example.org\r\n"), run.out());
    }

    @Test
    void icsWithABaseUrlLeadsBackToTheSessionPages() {
        Path out = demo();
        Run run = run(
                "ics",
                "--base-url",
                "https://idc.example.org/rencontres/",
                out.resolve("toulouse-cycle.json").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(
                run.out()
                        .replace("\r\n ", "")
                        .contains(
                                "URL;VALUE=URI:https://idc.example.org/rencontres/sessions/rencontres-toulouse-1.html\r\n"),
                run.out());
        Run bad = run(
                "ics",
                "--base-url",
                "idc.example.org",
                out.resolve("toulouse-cycle.json").toString());
        assertEquals(2, bad.code());
        assertTrue(
                bad.err().startsWith("townhall: --base-url: base must be an absolute http or https address"),
                bad.err());
    }

    @Test
    void jsonldWritesTheAgendaACycleOrASession() {
        Path out = demo();
        String json = out.resolve("toulouse-cycle.json").toString();
        Run agenda = run("jsonld", "--base-url", "https://idc.example.org/", json);
        assertEquals(0, agenda.code(), agenda.err());
        assertTrue(
                agenda.out().startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"ItemList\""), agenda.out());
        Run cycle = run("jsonld", "--cycle", "rencontres-toulouse", json);
        assertTrue(cycle.out().contains("\"@type\":\"EventSeries\""), cycle.out());
        Run session = run("jsonld", "--session", "rencontres-toulouse-3", json);
        assertEquals(0, session.code(), session.err());
        assertTrue(session.out().contains("\"startDate\":\"2016-05-12T18:00:00+02:00\""), session.out());
        Run undated = run(
                "jsonld",
                "--session",
                "imp-acte-premiere-soiree-debat",
                out.resolve("imp-acte.json").toString());
        assertEquals(2, undated.code());
        assertTrue(undated.err().contains("has no date yet"), undated.err());
        Run unknown = run("jsonld", "--session", "nope", json);
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no session with id 'nope'"), unknown.err());
    }

    @Test
    void jsonldWithOutputWritesToTheFileWhatItPrintsWithoutTheLastLineBreak() throws IOException {
        Path out = demo();
        String json = out.resolve("toulouse-cycle.json").toString();
        Path file = dir.resolve("cycle.jsonld");
        Run printed = run("jsonld", "--cycle", "rencontres-toulouse", json);
        Run written = run("jsonld", "--cycle", "rencontres-toulouse", "-o", file.toString(), json);
        assertEquals(0, written.code(), written.err());
        assertEquals("", written.out());
        assertEquals(printed.out(), Files.readString(file) + System.lineSeparator());
    }

    @Test
    void icsRefusesAnUnknownCycle() {
        Path out = demo();
        Run run =
                run("ics", "--cycle", "nope", out.resolve("toulouse-cycle.json").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no cycle with id 'nope'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void importConvertsAFeedBackToJsonAndReportsWhatItCannotMap() throws IOException {
        Path out = demo();
        Path json = dir.resolve("imported.json");
        Path ics = dir.resolve("with-alarm.ics");
        String feed = Files.readString(out.resolve("toulouse-cycle.ics"), StandardCharsets.UTF_8)
                .replaceFirst(
                        "END:VEVENT\r\n",
                        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\nEND:VEVENT\r\n");
        Files.writeString(ics, feed, StandardCharsets.UTF_8);
        Run run = run("import", "-o", json.toString(), ics.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("4 sessions imported"), run.err());
        assertTrue(run.err().contains("VALARM"), run.err());
        Run valid = run("validate", json.toString());
        assertEquals(0, valid.code(), valid.out());
    }

    @Test
    void importExpandsARecurringEventIntoACycleOfSessions() throws IOException {
        Path ics = dir.resolve("weekly.ics");
        Files.writeString(
                ics,
                String.join(
                        "\r\n",
                        "BEGIN:VCALENDAR",
                        "VERSION:2.0",
                        "PRODID:-//test//EN",
                        "BEGIN:VEVENT",
                        "UID:permanence@example.org",
                        "DTSTAMP:20180101T000000Z",
                        "DTSTART;TZID=Europe/Paris:20180306T183000",
                        "DTEND;TZID=Europe/Paris:20180306T200000",
                        "RRULE:FREQ=WEEKLY;COUNT=4",
                        "EXDATE;TZID=Europe/Paris:20180320T183000",
                        "SUMMARY:Permanence du mardi",
                        "END:VEVENT",
                        "END:VCALENDAR",
                        ""),
                StandardCharsets.UTF_8);
        Path json = dir.resolve("weekly.json");
        Run run = run("import", "-o", json.toString(), ics.toString());
        assertEquals(0, run.code(), run.err());
        Archive archive = TownhallJson.defaults().readArchive(Files.readString(json));
        assertEquals(3, archive.sessions().size(), "four weeks less the one excluded");
        assertEquals(1, archive.cycles().size());
        assertEquals(
                List.of(1, 2, 3),
                archive.sessionsOf(archive.cycles().get(0).id()).stream()
                        .map(session -> session.cycle().ordinal())
                        .toList());
    }

    private static String calendar(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static final String[] SERIES = {
        "BEGIN:VEVENT",
        "UID:permanence@example.org",
        "DTSTAMP:20180101T000000Z",
        "DTSTART;TZID=Europe/Paris:20180306T183000",
        "DTEND;TZID=Europe/Paris:20180306T200000",
        "RRULE:FREQ=WEEKLY;COUNT=3",
        "SUMMARY:Permanence du mardi",
        "END:VEVENT"
    };

    private static String[] with(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void importSinceAnEarlierImportListsTheSessionsAddedChangedAndRemoved() throws IOException {
        String[] open = {"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"};
        Path oldIcs = dir.resolve("old.ics");
        Files.writeString(
                oldIcs,
                calendar(with(
                        with(open, SERIES),
                        "BEGIN:VEVENT",
                        "UID:a@example.org",
                        "DTSTAMP:20180101T000000Z",
                        "DTSTART;TZID=Europe/Paris:20180301T180000",
                        "DTEND;TZID=Europe/Paris:20180301T200000",
                        "SUMMARY:Réunion de lancement",
                        "END:VEVENT",
                        "END:VCALENDAR")),
                StandardCharsets.UTF_8);
        Path oldJson = dir.resolve("old.json");
        assertEquals(
                0, run("import", "-o", oldJson.toString(), oldIcs.toString()).code());

        // a is gone, b is new, the second Tuesday moved half an hour later, the third is cancelled
        Path newIcs = dir.resolve("new.ics");
        Files.writeString(
                newIcs,
                calendar(with(
                        with(open, SERIES),
                        "BEGIN:VEVENT",
                        "UID:permanence@example.org",
                        "RECURRENCE-ID;TZID=Europe/Paris:20180313T183000",
                        "DTSTAMP:20180102T000000Z",
                        "DTSTART;TZID=Europe/Paris:20180313T190000",
                        "DTEND;TZID=Europe/Paris:20180313T203000",
                        "SEQUENCE:1",
                        "SUMMARY:Permanence du mardi",
                        "END:VEVENT",
                        "BEGIN:VEVENT",
                        "UID:permanence@example.org",
                        "RECURRENCE-ID;TZID=Europe/Paris:20180320T183000",
                        "DTSTAMP:20180102T000000Z",
                        "DTSTART;TZID=Europe/Paris:20180320T183000",
                        "DTEND;TZID=Europe/Paris:20180320T200000",
                        "STATUS:CANCELLED",
                        "SUMMARY:Permanence du mardi",
                        "END:VEVENT",
                        "BEGIN:VEVENT",
                        "UID:b@example.org",
                        "DTSTAMP:20180101T000000Z",
                        "DTSTART;VALUE=DATE:20180402",
                        "SUMMARY:Journée portes ouvertes",
                        "END:VEVENT",
                        "END:VCALENDAR")),
                StandardCharsets.UTF_8);
        Path newJson = dir.resolve("new.json");
        Run run = run("import", "--since", oldJson.toString(), "-o", newJson.toString(), newIcs.toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(
                List.of(
                        newIcs + ": 4 sessions imported, 0 issues, written to " + newJson,
                        "added: b 2018-04-02",
                        "changed: permanence-20180313T173000Z (time, revision): 2018-03-13T18:30+01:00 ->"
                                + " 2018-03-13T19:00+01:00; SEQUENCE 0 -> 1",
                        "changed: permanence-20180320T173000Z (status): scheduled -> cancelled",
                        "removed: a 2018-03-01T18:00+01:00",
                        newIcs + ": 1 added, 2 changed, 1 removed since " + oldJson),
                lines,
                run.err());

        Run same = run(
                "import",
                "--since",
                newJson.toString(),
                "-o",
                dir.resolve("again.json").toString(),
                newIcs.toString());
        assertEquals(0, same.code(), same.err());
        assertTrue(
                same.err().endsWith(": 0 added, 0 changed, 0 removed since " + newJson + System.lineSeparator()),
                same.err());
    }

    @Test
    void importSinceAFileThatIsNotJsonExitsWithTwo() throws IOException {
        Path ics = dir.resolve("one.ics");
        Files.writeString(
                ics, calendar(with(new String[] {"BEGIN:VCALENDAR", "VERSION:2.0"}, SERIES)) + "END:VCALENDAR\r\n");
        Path old = dir.resolve("old.json");
        Files.writeString(old, "BEGIN:VCALENDAR", StandardCharsets.UTF_8);
        Run run = run("import", "--since", old.toString(), ics.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().startsWith("townhall: " + old), run.err());
        assertEquals("", run.out());
    }

    @Test
    void importExitsWithTwoOnABrokenCalendar() throws IOException {
        Path ics = dir.resolve("broken.ics");
        Files.writeString(
                ics, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nthis is not a content line\r\n", StandardCharsets.UTF_8);
        Run run = run("import", ics.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("townhall: " + ics), run.err());
    }

    @Test
    void schemaPrintsTheJsonSchema() {
        Run run = run("schema");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""), run.out());
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.code());
        for (String command : List.of("demo", "validate", "ics", "import", "schema")) {
            assertTrue(help.out().contains(command), help.out());
            assertEquals(0, run(command, "--help").code());
        }
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("townhall "), version.out());
    }

    @Test
    void aWrongOptionIsOneClearLineAndExitCodeTwo() {
        Run run = run("validate", "--colour", "x.json");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("Unknown option: '--colour'"), run.err());
    }

    @Test
    void debugShowsTheStackTrace() {
        Run run = run(
                "ics",
                "--debug",
                "--cycle",
                "nope",
                demo().resolve("toulouse-cycle.json").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("at io.github.townhall.cli"), run.err());
    }
}
