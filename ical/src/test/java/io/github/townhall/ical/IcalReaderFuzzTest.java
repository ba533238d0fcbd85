package io.github.townhall.ical;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.townhall.organisation.OrganisationId;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * Fuzzes the {@code .ics} import: whatever the bytes, the reader returns sessions and issues or
 * throws an {@link IcalException} with a message; never another exception, never a hang.
 *
 * <p>In a plain build this replays the inputs under
 * {@code src/test/resources/io/github/townhall/ical/IcalReaderFuzzTestInputs/read/}: calendars
 * in the styles of Google, Outlook, Thunderbird, Decidim, Mobilizon and this library, broken
 * variants, and every input fuzzing has found to fail. {@code ./mvnw -Pfuzz verify} fuzzes it
 * (see docs/hardening.md).
 */
class IcalReaderFuzzTest {
    /** Small limits, so the fuzzer reaches them with small inputs too. */
    private static final IcalReader READER = IcalReader.of(OrganisationId.of("fuzz"), Locale.FRENCH)
            .withMaxLineLength(2_000)
            .withMaxEvents(64)
            .withMaxTimezones(8)
            .withMaxIssues(50);

    @FuzzTest(maxDuration = "2m")
    void read(byte[] data) {
        IcalImport result;
        try {
            result = READER.read(new ByteArrayInputStream(data));
        } catch (IcalException e) {
            assertNotNull(e.getMessage());
            return;
        }
        assertTrue(result.issues().size() <= 51, "issues are capped");
        for (ImportIssue issue : result.issues()) {
            assertTrue(issue.line() >= 1, issue::toString);
        }
        result.sessions().forEach(session -> assertNotNull(session.schedule()));
    }
}
