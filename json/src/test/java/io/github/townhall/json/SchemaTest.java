package io.github.townhall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.townhall.archive.Archive;
import io.github.townhall.testing.Samples;
import io.github.townhall.testing.Seeds;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaTest {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(TownhallJson.schema(), InputFormat.JSON);
    private static final Schema SCHEMA_1 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(TownhallJson.schema(TownhallJson.FORMAT_1), InputFormat.JSON);

    /** Checks a document against the schema of the format written, townhall/1.1. */
    private static List<Error> validate(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    @Test
    void schemaIsDraft2020AndNamesTheFormat() {
        String schema = TownhallJson.schema();
        assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
        assertTrue(schema.contains("\"title\": \"townhall document, format townhall/1.1\""));
        assertEquals(schema, TownhallJson.schema(TownhallJson.FORMAT));
        String first = TownhallJson.schema(TownhallJson.FORMAT_1);
        assertTrue(first.contains("\"title\": \"townhall document, format townhall/1\""));
        assertThrows(IllegalArgumentException.class, () -> TownhallJson.schema("townhall/2"));
    }

    @Test
    void goldenFilesObeyTheSchema() throws IOException {
        assertEquals(List.of(), validate(RoundTripTest.golden("toulouse-cycle.json")));
        assertEquals(List.of(), validate(RoundTripTest.golden("imp-acte.json")));
        assertEquals(List.of(), validate(TownhallJson.defaults().write(Seeds.toulouse())));
        assertEquals(
                List.of(),
                validate(TownhallJson.builder().forPublication(true).build().write(Seeds.impActe())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"imp-acte.json", "toulouse-cycle.json"})
    void townhall1DocumentsObeyTheirSchemaAndNotTheNewOne(String name) throws IOException {
        String old = Townhall1CompatibilityTest.fixture(name);
        assertEquals(List.of(), SCHEMA_1.validate(old, InputFormat.JSON));
        assertFalse(validate(old).isEmpty(), "a townhall/1 document says so, which the townhall/1.1 schema refuses");
        assertEquals(
                List.of(),
                validate(TownhallJson.defaults().write(TownhallJson.defaults().readArchive(old))));
    }

    @Test
    void generatedDocumentsObeyTheSchema() {
        long seed = Samples.seed();
        for (Archive archive : Samples.archives(seed, 300)) {
            String json = TownhallJson.defaults().write(archive);
            assertEquals(List.of(), validate(json), () -> "seed " + seed + ": " + json);
        }
    }

    @Test
    void generatedDocumentsForPublicationObeyTheSchema() {
        TownhallJson publication = TownhallJson.builder().forPublication(true).build();
        long seed = Samples.seed();
        for (Archive archive : Samples.archives(seed, 100)) {
            String json = publication.write(archive);
            assertEquals(List.of(), validate(json), () -> "seed " + seed + ": " + json);
        }
    }

    static Stream<Arguments> brokenDocuments() {
        String org = "\"organisation\": {\"id\": \"o\", \"name\": \"O\"}";
        String session = "{\"id\": \"s\", \"organisation\": \"o\", \"schedule\": {\"type\": \"tentative\","
                + " \"from\": \"2016-02-01\", \"to\": \"2016-02-29\"}";
        return Stream.of(
                Arguments.of("missing format", "{" + org + "}"),
                Arguments.of("other major version", "{\"format\": \"townhall/2\", " + org + "}"),
                Arguments.of("missing organisation", "{\"format\": \"townhall/1.1\"}"),
                Arguments.of("unknown top-level field", "{\"format\": \"townhall/1.1\", " + org + ", \"extra\": 1}"),
                Arguments.of(
                        "unknown organisation field",
                        "{\"format\": \"townhall/1.1\", \"organisation\": {\"id\": \"o\", \"name\": \"O\", \"x\": 1}}"),
                Arguments.of(
                        "wrong type of name",
                        "{\"format\": \"townhall/1.1\", \"organisation\": {\"id\": \"o\", \"name\": 3}}"),
                Arguments.of(
                        "missing session schedule",
                        "{\"format\": \"townhall/1.1\", " + org
                                + ", \"sessions\": [{\"id\": \"s\", \"organisation\": \"o\"}]}"),
                Arguments.of(
                        "unknown enum value",
                        "{\"format\": \"townhall/1.1\", " + org + ", \"sessions\": [" + session
                                + ", \"status\": \"maybe\"}]}"),
                Arguments.of(
                        "exact schedule with a date range",
                        "{\"format\": \"townhall/1.1\", " + org + ", \"sessions\": [{\"id\": \"s\", \"organisation\":"
                                + " \"o\", \"schedule\": {\"type\": \"exact\", \"from\": \"2016-02-01\", \"to\":"
                                + " \"2016-02-29\"}}]}"),
                Arguments.of(
                        "text without original",
                        "{\"format\": \"townhall/1.1\", " + org + ", \"sessions\": [" + session
                                + ", \"title\": {\"fr\": \"Titre\"}}]}"),
                Arguments.of(
                        "head count both exact and approximate",
                        "{\"format\": \"townhall/1.1\", " + org + ", \"sessions\": [" + session
                                + ", \"attendance\": {\"count\": {\"exact\": 7, \"approximately\": 7}}}]}"),
                Arguments.of(
                        "local time with an offset",
                        "{\"format\": \"townhall/1.1\", " + org + ", \"sessions\": [{\"id\": \"s\", \"organisation\":"
                                + " \"o\", \"schedule\": {\"type\": \"open_ended\", \"start\":"
                                + " \"2017-12-05T18:00+01:00\", \"zone\": \"Europe/Paris\"}}]}"),
                Arguments.of(
                        "undated schedule with a date",
                        "{\"format\": \"townhall/1.1\", " + org + ", \"sessions\": [{\"id\": \"s\", \"organisation\":"
                                + " \"o\", \"schedule\": {\"type\": \"undated\", \"from\": \"2016-02-01\"}}]}"),
                Arguments.of(
                        "party with two properties",
                        "{\"format\": \"townhall/1.1\", " + org + ", \"sessions\": [" + session
                                + ", \"roles\": [{\"role\": \"chair\", \"holder\": {\"meeting\": true, \"name\": \"A\"}}]}]}"),
                Arguments.of(
                        "party that is not the meeting",
                        "{\"format\": \"townhall/1.1\", " + org + ", \"sessions\": [" + session
                                + ", \"roles\": [{\"role\": \"chair\", \"holder\": {\"meeting\": false}}]}]}"),
                Arguments.of(
                        "action item owner as a string",
                        "{\"format\": \"townhall/1.1\", " + org + ", \"sessions\": [" + session
                                + ", \"actionItems\": [{\"description\": {\"original\": \"fr\", \"fr\": \"A\"},"
                                + " \"owner\": \"le groupe\"}]}]}"),
                Arguments.of(
                        "quorum of both kinds",
                        "{\"format\": \"townhall/1.1\", \"organisation\": {\"id\": \"o\", \"name\": \"O\","
                                + " \"quorum\": {\"people\": 3, \"share\": 0.5}}}"),
                Arguments.of(
                        "free admission with a price",
                        "{\"format\": \"townhall/1.1\", " + org + ", \"sessions\": [" + session
                                + ", \"practical\": {\"admission\": {\"type\": \"free\", \"amount\": 3}}}]}"),
                Arguments.of(
                        "redacted that is not a boolean",
                        "{\"format\": \"townhall/1.1\", \"redacted\": \"yes\", " + org + "}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void brokenDocumentsFailTheSchemaAndTheReader(String name, String json) {
        assertFalse(validate(json).isEmpty(), "the schema accepts: " + json);
        JsonReadResult<Archive> read = TownhallJson.defaults().readAndValidate(json, Archive.class);
        assertFalse(read.isValid(), "the reader accepts: " + json);
    }

    @Test
    void aMinimalDocumentObeysTheSchemaAndReads() {
        String json = "{\"format\": \"townhall/1.1\", \"organisation\": {\"id\": \"o\", \"name\": \"O\"}}";
        assertEquals(List.of(), validate(json));
        assertEquals(
                "O", TownhallJson.defaults().readArchive(json).organisation().name());
    }
}
