package io.github.townhall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.organisation.Party;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.ActionItem;
import io.github.townhall.session.ActionStatus;
import io.github.townhall.session.NextSession;
import io.github.townhall.session.Session;
import io.github.townhall.validation.RecordValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two documents written by the first release, in format {@code townhall/1}, kept as they were:
 * they still read, validate, and write as {@code townhall/1.1} documents that read back equal.
 */
class Townhall1CompatibilityTest {
    private static final TownhallJson JSON = TownhallJson.defaults();
    private static final RecordValidator VALIDATOR = RecordValidator.create();

    static String fixture(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                Townhall1CompatibilityTest.class.getResourceAsStream("/townhall-1/" + name), "fixture " + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"imp-acte.json", "toulouse-cycle.json"})
    void aTownhall1DocumentWritesAsTownhall11AndReadsBackEqual(String name) throws IOException {
        String old = fixture(name);
        assertTrue(old.startsWith("{\n  \"format\": \"townhall/1\",\n"), name);
        Archive archive = JSON.readArchive(old);
        String written = JSON.write(archive);
        assertTrue(written.startsWith("{\n  \"format\": \"townhall/1.1\",\n"), written);
        assertEquals(archive, JSON.readArchive(written));
        assertEquals(written, JSON.write(JSON.readArchive(written)));
    }

    @Test
    void impActeValidatesWithoutViolations() throws IOException {
        Archive archive = JSON.readArchive(fixture("imp-acte.json"));
        assertEquals(List.of(), VALIDATOR.validate(archive).violations());
        assertTrue(JSON.readAndValidate(fixture("imp-acte.json"), Archive.class).isValid());
    }

    /**
     * The first Toulouse session announced the second one for February 2016 (tentative), while the
     * second session's record says 18 February, 18:00 to 20:00: the session moved from what was
     * announced, so the announcement becomes the record's earlier schedule, and the copy goes.
     */
    @Test
    void toulouseAnnouncementBecomesTheEarlierScheduleOfItsRecord() throws IOException {
        Archive archive = JSON.readArchive(fixture("toulouse-cycle.json"));
        NextSession next = Objects.requireNonNull(archive.sessions().get(0).nextSession());
        assertNull(next.schedule());
        assertEquals(
                "rencontres-toulouse-2", Objects.requireNonNull(next.session()).value());
        Session second = archive.sessions().get(1);
        assertEquals(List.of(TentativeSchedule.ofMonth(YearMonth.of(2016, 2))), second.earlierSchedules());
        assertEquals(List.of(), VALIDATOR.validate(archive).violations());
        assertTrue(JSON.readAndValidate(fixture("toulouse-cycle.json"), Archive.class)
                .isValid());
    }

    @Test
    void aDifferentVenueIsKeptAndValidationSaysWhere() throws IOException {
        String moved = fixture("imp-acte.json").replaceFirst("\"room\": \"Salle 21\"", "\"room\": \"Salle 22\"");
        Archive archive = JSON.readArchive(moved);
        JsonReadResult<Archive> result = JSON.readAndValidate(moved, Archive.class);
        assertEquals(1, result.problems().size(), result.problems().toString());
        JsonProblem problem = result.problems().get(0);
        assertEquals("/sessions/1/nextSession", problem.pointer());
        assertEquals("io.github.townhall.archive.NextSessionNotCopied", problem.constraint());
        assertNotNull(
                Objects.requireNonNull(archive.sessions().get(1).nextSession()).venue());
    }

    @Test
    void aNextSessionThatCopiesItsRecordIsReadWithoutTheCopy() throws IOException {
        String old = fixture("imp-acte.json");
        assertTrue(old.contains("\"session\": \"imp-acte-2018-01-15\",\n        \"schedule\""));
        Archive archive = JSON.readArchive(old);
        List<NextSession> nexts = archive.sessions().stream()
                .map(Session::nextSession)
                .filter(Objects::nonNull)
                .toList();
        assertEquals(1, nexts.size());
        NextSession next = nexts.get(0);
        assertEquals(
                "imp-acte-2018-01-15", Objects.requireNonNull(next.session()).value());
        assertNull(next.schedule());
        assertNull(next.venue());
        assertNotNull(archive.session(next.session()));
    }

    @Test
    void anOwnerStringIsReadAsANamedParty() throws IOException {
        Archive archive = JSON.readArchive(fixture("imp-acte.json"));
        List<ActionItem> items = archive.sessions().stream()
                .flatMap(session -> session.actionItems().stream())
                .toList();
        assertEquals(2, items.size());
        for (ActionItem item : items) {
            assertEquals(Party.named("le groupe"), item.owner());
            assertEquals(ActionStatus.OPEN, item.status());
        }
        assertTrue(JSON.write(archive).contains("\"owner\": {\n            \"name\": \"le groupe\"\n          }"));
    }

    @Test
    void theFirstFormatIsReadWhereverTheFormatPropertyStands() {
        String json = """
                {
                  "organisation": {"id": "o", "name": "O"},
                  "sessions": [{"id": "s", "organisation": "o",
                    "schedule": {"type": "tentative", "from": "2016-02-01", "to": "2016-02-29"},
                    "actionItems": [{"description": {"original": "fr", "fr": "Écrire"}, "owner": "Ada"}]}],
                  "format": "townhall/1"
                }
                """;
        ActionItem item = JSON.readArchive(json).sessions().get(0).actionItems().get(0);
        assertEquals(Party.named("Ada"), item.owner());
    }
}
