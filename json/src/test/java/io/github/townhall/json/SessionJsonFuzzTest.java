package io.github.townhall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.townhall.session.Session;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the reading of session fragments, strict and lenient, from text: a session or a
 * {@link JsonException}, nothing else; a session read is written and read again to the same
 * session.
 */
class SessionJsonFuzzTest {
    private static final TownhallJson STRICT = TownhallJson.defaults();
    private static final TownhallJson LENIENT =
            TownhallJson.builder().lenient(true).indent(false).build();

    @FuzzTest(maxDuration = "2m")
    void readSession(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (TownhallJson json : new TownhallJson[] {STRICT, LENIENT}) {
            Session session;
            try {
                session = json.read(text, Session.class);
            } catch (JsonException e) {
                assertNotNull(e.reason());
                continue;
            }
            assertEquals(session, json.read(json.write(session), Session.class));
        }
    }
}
