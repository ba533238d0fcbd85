package io.github.townhall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class SchemaTest {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(TownhallJson.schema(), InputFormat.JSON);

    private static List<Error> validate(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    @Test
    void schemaIsDraft2020AndNamesTheFormat() {
        String schema = TownhallJson.schema();
        assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
        assertTrue(schema.contains("townhall/1"));
    }

    @Test
    void goldenFilesObeyTheSchema() throws IOException {
        assertEquals(List.of(), validate(RoundTripTest.golden("toulouse-cycle.json")));
        assertEquals(List.of(), validate(RoundTripTest.golden("imp-acte.json")));
        assertEquals(List.of(), validate(TownhallJson.defaults().write(Seeds.toulouse())));
    }

    @Test
    void generatedDocumentsObeyTheSchema() {
        long seed = Samples.seed();
        for (Archive archive : Samples.archives(seed, 300)) {
            String json = TownhallJson.defaults().write(archive);
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
                Arguments.of("missing organisation", "{\"format\": \"townhall/1\"}"),
                Arguments.of("unknown top-level field", "{\"format\": \"townhall/1\", " + org + ", \"extra\": 1}"),
                Arguments.of(
                        "unknown organisation field",
                        "{\"format\": \"townhall/1\", \"organisation\": {\"id\": \"o\", \"name\": \"O\", \"x\": 1}}"),
                Arguments.of(
                        "wrong type of name",
                        "{\"format\": \"townhall/1\", \"organisation\": {\"id\": \"o\", \"name\": 3}}"),
                Arguments.of(
                        "missing session schedule",
                        "{\"format\": \"townhall/1\", " + org
                                + ", \"sessions\": [{\"id\": \"s\", \"organisation\": \"o\"}]}"),
                Arguments.of(
                        "unknown enum value",
                        "{\"format\": \"townhall/1\", " + org + ", \"sessions\": [" + session
                                + ", \"status\": \"maybe\"}]}"),
                Arguments.of(
                        "exact schedule with a date range",
                        "{\"format\": \"townhall/1\", " + org + ", \"sessions\": [{\"id\": \"s\", \"organisation\":"
                                + " \"o\", \"schedule\": {\"type\": \"exact\", \"from\": \"2016-02-01\", \"to\":"
                                + " \"2016-02-29\"}}]}"),
                Arguments.of(
                        "text without original",
                        "{\"format\": \"townhall/1\", " + org + ", \"sessions\": [" + session
                                + ", \"title\": {\"fr\": \"Titre\"}}]}"),
                Arguments.of(
                        "head count both exact and approximate",
                        "{\"format\": \"townhall/1\", " + org + ", \"sessions\": [" + session
                                + ", \"attendance\": {\"count\": {\"exact\": 7, \"approximately\": 7}}}]}"),
                Arguments.of(
                        "local time with an offset",
                        "{\"format\": \"townhall/1\", " + org + ", \"sessions\": [{\"id\": \"s\", \"organisation\":"
                                + " \"o\", \"schedule\": {\"type\": \"open_ended\", \"start\":"
                                + " \"2017-12-05T18:00+01:00\", \"zone\": \"Europe/Paris\"}}]}"));
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
        String json = "{\"format\": \"townhall/1\", \"organisation\": {\"id\": \"o\", \"name\": \"O\"}}";
        assertEquals(List.of(), validate(json));
        assertEquals(
                "O", TownhallJson.defaults().readArchive(json).organisation().name());
    }
}
