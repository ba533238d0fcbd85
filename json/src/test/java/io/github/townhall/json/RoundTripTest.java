package io.github.townhall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.session.Session;
import io.github.townhall.testing.Samples;
import io.github.townhall.testing.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RoundTripTest {
    private static final TownhallJson JSON = TownhallJson.defaults();

    static String golden(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                RoundTripTest.class.getResourceAsStream("/golden/" + name), "golden file " + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void toulouseSeedIsWrittenAsItsGoldenFile() throws IOException {
        assertEquals(golden("toulouse-cycle.json"), JSON.write(Seeds.toulouse()));
    }

    @Test
    void impActeSeedIsWrittenAsItsGoldenFile() throws IOException {
        assertEquals(golden("imp-acte.json"), JSON.write(Seeds.impActe()));
    }

    @Test
    void goldenFilesReadBackAsTheSeeds() throws IOException {
        assertEquals(Seeds.toulouse(), JSON.readArchive(golden("toulouse-cycle.json")));
        assertEquals(Seeds.impActe(), JSON.readArchive(golden("imp-acte.json")));
    }

    @Test
    void goldenFilesAreValidRecords() throws IOException {
        for (String name : List.of("toulouse-cycle.json", "imp-acte.json")) {
            JsonReadResult<Archive> result = JSON.readAndValidate(golden(name), Archive.class);
            assertEquals(List.of(), result.problems(), name);
        }
    }

    @Test
    void writingToAStreamGivesTheSameUtf8Bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(Seeds.impActe(), out);
        assertEquals(JSON.write(Seeds.impActe()), out.toString(StandardCharsets.UTF_8));
        assertEquals(Seeds.impActe(), JSON.readArchive(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(Seeds.impActe(), JSON.readArchive(new StringReader(out.toString(StandardCharsets.UTF_8))));
    }

    @Test
    void generatedArchivesReadBackEqual() {
        long seed = Samples.seed();
        for (Archive archive : Samples.archives(seed, 300)) {
            String text = JSON.write(archive);
            assertEquals(archive, JSON.readArchive(text), () -> "seed " + seed + ": " + text);
            assertEquals(text, JSON.write(JSON.readArchive(text)), () -> "seed " + seed + ": not deterministic");
        }
    }

    /**
     * The generated archives above go through every property of townhall/1.1 and every variant of
     * its "one of" objects, so that reading back equal covers them all.
     */
    @Test
    void generatedArchivesUseEveryPropertyAndVariant() {
        Set<String> seen = new HashSet<>();
        JsonMapper mapper = JsonMapper.builder().build();
        long seed = Samples.seed();
        for (Archive archive : Samples.archives(seed, 300)) {
            collect(mapper.readTree(JSON.write(archive)), seen);
        }
        Set<String> expected = new TreeSet<>(List.of(
                // townhall/1.1 properties
                "directory",
                "people",
                "quorum",
                "people=",
                "share=",
                "members",
                "asOf",
                "editorial",
                "partners",
                "topics",
                "objectives",
                "roles",
                "holder",
                "practical",
                "accessibility",
                "admission",
                "contact",
                "languages",
                "earlierSchedules",
                "attendees",
                "proposedBy",
                "appointedBy",
                "statusChangedIn",
                "organiser",
                "mission",
                // parties, schedules and admissions of every kind
                "person=",
                "group=",
                "organisation=",
                "meeting=true",
                "name=",
                "type=undated",
                "type=free",
                "type=paid",
                "amount=",
                "currency=",
                "status=done",
                "status=dropped",
                "status=remote",
                "role=co_organiser",
                "role=minutes_approver",
                "accessibility"));
        expected.removeAll(seen);
        assertEquals(Set.of(), expected, () -> "seed " + seed + ": never written");
    }

    /** Collects property names, and "name=value" for scalar values ("name=" for any string or number). */
    private static void collect(JsonNode node, Set<String> seen) {
        for (String name : node.propertyNames()) {
            JsonNode value = node.get(name);
            seen.add(name);
            if (value.isValueNode()) {
                seen.add(name + "=");
                seen.add(name + "=" + value.asString());
            }
            collect(value, seen);
        }
        for (JsonNode element : node.isArray() ? node.values() : List.<JsonNode>of()) {
            collect(element, seen);
        }
    }

    @Test
    void generatedSessionsReadBackEqualAsFragments() {
        long seed = Samples.seed();
        for (Session session : Samples.sessions(seed, 300)) {
            String text = JSON.write(session);
            assertEquals(session, JSON.read(text, Session.class), () -> "seed " + seed + ": " + text);
        }
    }

    @Test
    void compactOutputReadsBackEqual() {
        TownhallJson compact = TownhallJson.builder().indent(false).build();
        long seed = Samples.seed();
        for (Archive archive : Samples.archives(seed, 50)) {
            String text = compact.write(archive);
            assertEquals(1, text.lines().count(), "one line");
            assertEquals(archive, compact.readArchive(text), () -> "seed " + seed);
        }
    }

    @Test
    void singleRecordsReadBackEqual() {
        Archive toulouse = Seeds.toulouse();
        Organisation organisation = toulouse.organisation();
        assertEquals(organisation, JSON.read(JSON.write(organisation), Organisation.class));
        List<Cycle> cycles = toulouse.cycles();
        for (Cycle cycle : cycles) {
            assertEquals(cycle, JSON.read(JSON.write(cycle), Cycle.class));
        }
        for (Session session : toulouse.sessions()) {
            assertEquals(session, JSON.read(JSON.write(session), Session.class));
        }
    }
}
