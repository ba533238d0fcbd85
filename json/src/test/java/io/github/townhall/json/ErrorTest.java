package io.github.townhall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.Quorum;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.session.Session;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorTest {
    private static final TownhallJson JSON = TownhallJson.defaults();

    /** A valid document; each case below breaks one line of it. */
    private static final String DOCUMENT = """
            {
              "format": "townhall/1.1",
              "organisation": {"id": "o", "name": "O"},
              "sessions": [
                {"id": "s1", "organisation": "o", "schedule": {"type": "tentative", "from": "2016-02-01", "to": "2016-02-29"}},
                {"id": "s2", "organisation": "o", "status": "held",
                  "schedule": {"type": "exact", "start": "2017-12-05T18:00", "end": "2017-12-05T20:00", "zone": "Europe/Paris"}}
              ]
            }
            """;

    /** A valid document with the parts townhall/1.1 added; each case below breaks one line of it. */
    private static final String DOCUMENT_11 = """
            {
              "format": "townhall/1.1",
              "organisation": {"id": "o", "name": "O", "quorum": {"share": 0.5}},
              "sessions": [
                {"id": "s1", "organisation": "o", "schedule": {"type": "undated"},
                  "actionItems": [{"description": {"original": "fr", "fr": "Écrire"}, "owner": {"name": "le groupe"}}],
                  "roles": [{"role": "chair", "holder": {"person": "p1"}}],
                  "practical": {"admission": {"type": "paid", "amount": 2.50, "currency": "EUR"}, "languages": ["fr"]}}
              ],
              "people": [{"id": "p1", "name": "Ada"}]
            }
            """;

    private static JsonException fails(String json) {
        return assertThrows(JsonException.class, () -> JSON.readArchive(json));
    }

    @Test
    void theBaseDocumentReads() {
        Archive archive = JSON.readArchive(DOCUMENT);
        assertEquals(2, archive.sessions().size());
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                Arguments.of(
                        "unknown property",
                        DOCUMENT.replace("\"status\": \"held\"", "\"colour\": \"red\""),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/1/colour",
                        6,
                        "Unknown property \"colour\" in a session"),
                Arguments.of(
                        "duplicate key",
                        DOCUMENT.replace("\"status\": \"held\"", "\"id\": \"again\""),
                        JsonProblem.Kind.SYNTAX,
                        "/sessions/1/id",
                        6,
                        "appears twice"),
                Arguments.of(
                        "type mismatch",
                        DOCUMENT.replace("\"name\": \"O\"", "\"name\": 3"),
                        JsonProblem.Kind.FORMAT,
                        "/organisation/name",
                        3,
                        "Expected a string but found the number 3"),
                Arguments.of(
                        "missing required property",
                        DOCUMENT.replace("\"id\": \"s1\", ", ""),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/0",
                        5,
                        "Missing required property \"id\" in a session"),
                Arguments.of(
                        "bad date",
                        DOCUMENT.replace("2016-02-29", "2016-02-30"),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/0/schedule/to",
                        5,
                        "\"2016-02-30\" is not a date"),
                Arguments.of(
                        "bad local time",
                        DOCUMENT.replace("2017-12-05T20:00", "8pm"),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/1/schedule/end",
                        7,
                        "\"8pm\" is not a local date and time"),
                Arguments.of(
                        "unknown zone",
                        DOCUMENT.replace("Europe/Paris", "Europe/Atlantis"),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/1/schedule/zone",
                        7,
                        "not a time-zone id"),
                Arguments.of(
                        "bad enum",
                        DOCUMENT.replace("\"held\"", "\"Held\""),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/1/status",
                        6,
                        "Unknown value \"Held\"; expected one of: planned, scheduled, held, postponed, cancelled"),
                Arguments.of(
                        "unknown major version",
                        DOCUMENT.replace("townhall/1.1", "townhall/2"),
                        JsonProblem.Kind.FORMAT,
                        "/format",
                        2,
                        "major version 2; this reader only understands major version 1"),
                Arguments.of(
                        "not a format",
                        DOCUMENT.replace("townhall/1.1", "geojson"),
                        JsonProblem.Kind.FORMAT,
                        "/format",
                        2,
                        "is not a townhall format version"),
                Arguments.of(
                        "null value",
                        DOCUMENT.replace("\"held\"", "null"),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/1/status",
                        6,
                        "is null; leave out a property that has no value"),
                Arguments.of(
                        "syntax error",
                        DOCUMENT.replace("\"status\": \"held\",", "\"status\": \"held\""),
                        JsonProblem.Kind.SYNTAX,
                        "/sessions/1/status",
                        7,
                        "not well-formed JSON"),
                Arguments.of(
                        "schedule of the wrong shape",
                        DOCUMENT.replace("\"type\": \"tentative\"", "\"type\": \"exact\""),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/0/schedule",
                        5,
                        "A schedule of type \"exact\" has none of these properties: from, to"),
                Arguments.of(
                        "trailing content",
                        DOCUMENT + "{}",
                        JsonProblem.Kind.SYNTAX,
                        "",
                        10,
                        "after the end of the document"),
                Arguments.of(
                        "not a version",
                        DOCUMENT.replace("townhall/1.1", "townhall/1.one"),
                        JsonProblem.Kind.FORMAT,
                        "/format",
                        2,
                        "is not a townhall format version; this reader reads \"townhall/1\" and \"townhall/1.1\""),
                Arguments.of(
                        "party with two properties",
                        DOCUMENT_11.replace("{\"name\": \"le groupe\"}", "{\"name\": \"le groupe\", \"group\": \"g\"}"),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/0/actionItems/0/owner/group",
                        6,
                        "A party has exactly one property"),
                Arguments.of(
                        "party without a property",
                        DOCUMENT_11.replace("{\"person\": \"p1\"}", "{}"),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/0/roles/0/holder",
                        7,
                        "A party has exactly one property: person, group, organisation, meeting or name"),
                Arguments.of(
                        "party of an unknown kind",
                        DOCUMENT_11.replace("{\"person\": \"p1\"}", "{\"robot\": \"p1\"}"),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/0/roles/0/holder/robot",
                        7,
                        "Unknown property \"robot\" in a party"),
                Arguments.of(
                        "meeting that is not",
                        DOCUMENT_11.replace("{\"person\": \"p1\"}", "{\"meeting\": false}"),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/0/roles/0/holder/meeting",
                        7,
                        "\"meeting\" is true"),
                Arguments.of(
                        "owner as a string in townhall/1.1",
                        DOCUMENT_11.replace("{\"name\": \"le groupe\"}", "\"le groupe\""),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/0/actionItems/0/owner",
                        6,
                        "an action item's owner is a party such as {\"name\": \"le groupe\"}"),
                Arguments.of(
                        "undated schedule with a start",
                        DOCUMENT_11.replace(
                                "{\"type\": \"undated\"}", "{\"type\": \"undated\", \"start\": \"2017-12-05T18:00\"}"),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/0/schedule",
                        5,
                        "A schedule of type \"undated\" has none of these properties: start, end, zone, from, to"),
                Arguments.of(
                        "unknown schedule type",
                        DOCUMENT_11.replace("\"undated\"", "\"someday\""),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/0/schedule/type",
                        5,
                        "expected one of: exact, open_ended, tentative, undated"),
                Arguments.of(
                        "quorum of both kinds",
                        DOCUMENT_11.replace("{\"share\": 0.5}", "{\"share\": 0.5, \"people\": 3}"),
                        JsonProblem.Kind.FORMAT,
                        "/organisation/quorum/people",
                        3,
                        "A quorum is either"),
                Arguments.of(
                        "share that is a string",
                        DOCUMENT_11.replace("0.5", "\"half\""),
                        JsonProblem.Kind.FORMAT,
                        "/organisation/quorum/share",
                        3,
                        "Expected a number"),
                Arguments.of(
                        "share with a huge exponent",
                        DOCUMENT_11.replace("0.5", "5e-5000"),
                        JsonProblem.Kind.FORMAT,
                        "/organisation/quorum/share",
                        3,
                        "The number 5e-5000 is out of range"),
                Arguments.of(
                        "unknown currency",
                        DOCUMENT_11.replace("EUR", "euro"),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/0/practical/admission/currency",
                        8,
                        "\"euro\" is not an ISO 4217 currency code"),
                Arguments.of(
                        "paid admission without a currency",
                        DOCUMENT_11.replace(", \"currency\": \"EUR\"", ""),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/0/practical/admission",
                        8,
                        "Missing required property \"currency\" in a paid admission"),
                Arguments.of(
                        "bad language tag",
                        DOCUMENT_11.replace("[\"fr\"]", "[\"French!\"]"),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/0/practical/languages/0",
                        8,
                        "is not a BCP 47 language tag"),
                Arguments.of(
                        "next session with neither id nor schedule",
                        DOCUMENT_11.replace(
                                "\"schedule\": {\"type\": \"undated\"},",
                                "\"schedule\": {\"type\": \"undated\"}, \"nextSession\": {},"),
                        JsonProblem.Kind.FORMAT,
                        "/sessions/0/nextSession",
                        5,
                        "A next session has \"session\""));
    }

    @Test
    void theTownhall11BaseDocumentReads() {
        Archive archive = JSON.readArchive(DOCUMENT_11);
        assertEquals(Schedule.undated(), archive.sessions().get(0).schedule());
        assertEquals(
                Party.named("le groupe"),
                archive.sessions().get(0).actionItems().get(0).owner());
        assertEquals(
                new BigDecimal("0.5"), ((Quorum.Share) archive.organisation().quorum()).share());
    }

    @Test
    void anOwnerStringIsRefusedInTownhall11WhereverTheFormatStands() {
        String formatLast = DOCUMENT_11
                .replace("\"format\": \"townhall/1.1\",", "")
                .replace("\"people\": [", "\"format\": \"townhall/1.1\", \"people\": [")
                .replace("{\"name\": \"le groupe\"}", "\"le groupe\"");
        JsonException e = fails(formatLast);
        assertEquals("/sessions/0/actionItems/0/owner", e.pointer(), e.getMessage());
        assertEquals(6, e.line(), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void everyErrorSaysWhereAndWhy(
            String name, String json, JsonProblem.Kind kind, String pointer, int line, String reason) {
        JsonException e = fails(json);
        assertEquals(kind, e.problem().kind(), e.getMessage());
        assertEquals(pointer, e.pointer(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.column() > 0, e.getMessage());
        assertTrue(e.reason().contains(reason), e.getMessage());
        assertTrue(e.getMessage().contains(pointer.isEmpty() ? "the document root" : pointer), e.getMessage());
    }

    @Test
    void unknownPropertyColumnPointsAtItsValue() {
        JsonException e = fails(DOCUMENT.replace("\"status\": \"held\"", "\"colour\": \"red\""));
        assertEquals(DOCUMENT.lines().toList().get(5).indexOf("\"held\"") + 1, e.column());
    }

    @Test
    void lenientReadingSkipsUnknownPropertiesAndNulls() {
        TownhallJson lenient = TownhallJson.builder().lenient(true).build();
        String json = DOCUMENT.replace("\"status\": \"held\"", "\"colour\": {\"deep\": [1, 2]}, \"title\": null");
        Archive archive = lenient.readArchive(json);
        assertEquals(
                JSON.readArchive(DOCUMENT).sessions().get(0), archive.sessions().get(0));
    }

    @Test
    void nestingDepthIsLimited() {
        TownhallJson shallow = TownhallJson.builder().maxNestingDepth(3).build();
        JsonException e = assertThrows(JsonException.class, () -> shallow.readArchive(DOCUMENT));
        assertEquals(JsonProblem.Kind.SYNTAX, e.problem().kind());
        assertTrue(e.reason().contains("size limit"), e.getMessage());
    }

    @Test
    void stringLengthIsLimited() {
        TownhallJson small = TownhallJson.builder().maxStringLength(10).build();
        JsonException e = assertThrows(
                JsonException.class,
                () -> small.readArchive(DOCUMENT.replace("\"name\": \"O\"", "\"name\": \"" + "O".repeat(50) + "\"")));
        assertTrue(e.reason().contains("size limit"), e.getMessage());
    }

    @Test
    void documentLengthIsLimited() {
        TownhallJson small = TownhallJson.builder().maxDocumentLength(100).build();
        assertTrue(assertThrows(JsonException.class, () -> small.readArchive(DOCUMENT))
                .reason()
                .contains("size limit"));
        assertTrue(assertThrows(JsonException.class, () -> small.readArchive(new StringReader(DOCUMENT)))
                .reason()
                .contains("size limit"));
    }

    @Test
    void emptyAndNonObjectDocumentsFailClearly() {
        assertTrue(fails("").reason().contains("empty"));
        assertTrue(fails("[]").reason().contains("Expected an object (a townhall document) but found an array"));
    }

    @Test
    void aFailingReaderGivesOurException() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {}
        };
        JsonException e = assertThrows(JsonException.class, () -> JSON.readArchive(broken));
        assertTrue(e.getMessage().contains("disk gone"), e.getMessage());
    }

    @Test
    void aSessionFragmentHasNoFormatAndReadsAlone() {
        String session = JSON.write(JSON.readArchive(DOCUMENT).sessions().get(1));
        assertEquals(JSON.readArchive(DOCUMENT).sessions().get(1), JSON.read(session, Session.class));
        assertTrue(!session.contains("townhall/1"));
        assertTrue(!session.contains("redacted"));
    }

    @Test
    void unsupportedTypesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> JSON.write("a string"));
        assertThrows(IllegalArgumentException.class, () -> JSON.read("{}", String.class));
    }
}
