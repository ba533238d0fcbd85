package io.github.townhall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.townhall.archive.Archive;
import io.github.townhall.testing.Concurrently;
import io.github.townhall.testing.Samples;
import io.github.townhall.validation.RecordValidator;
import io.github.townhall.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One {@link TownhallJson} and one {@link RecordValidator} shared by 8 threads give, for every
 * archive, the text, the record read back, the read-and-validate result and the validation
 * report that one thread alone gives.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 5;

    @Test
    void sharedInstancesGiveTheSingleThreadedResults() throws Exception {
        long seed = Samples.seed();
        List<Archive> archives = new ArrayList<>(Samples.archives(seed, 12));
        // records that break rules too, so that the validator reports something
        archives.add(io.github.townhall.testing.Seeds.toulouse().withSessions(List.of()));
        TownhallJson json = TownhallJson.builder().build();
        RecordValidator validator = RecordValidator.create(Locale.FRENCH);

        List<String> texts = new ArrayList<>();
        List<Archive> readBack = new ArrayList<>();
        List<JsonReadResult<Archive>> checked = new ArrayList<>();
        List<ValidationReport> reports = new ArrayList<>();
        for (Archive archive : archives) {
            String text = json.write(archive);
            texts.add(text);
            readBack.add(json.readArchive(text));
            checked.add(json.readAndValidate(text, Archive.class));
            reports.add(validator.validate(archive));
        }

        Concurrently.check(THREADS, ROUNDS, archives.size(), k -> {
            String text = json.write(archives.get(k));
            String where = "archive " + k + ", seed " + seed;
            assertEquals(texts.get(k), text, where);
            assertEquals(readBack.get(k), json.readArchive(text), where);
            assertEquals(checked.get(k), json.readAndValidate(text, Archive.class), where);
            assertEquals(reports.get(k), validator.validate(archives.get(k)), where);
        });
    }
}
