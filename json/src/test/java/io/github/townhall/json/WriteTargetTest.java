package io.github.townhall.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.townhall.archive.Archive;
import io.github.townhall.testing.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What {@link TownhallJson#write} does to the caller's writer or stream: flushed, never closed. */
class WriteTargetTest {
    private static final TownhallJson JSON = TownhallJson.defaults();

    @Test
    void aStreamIsLeftOpenForWhatTheCallerWritesNext() {
        Archive archive = Seeds.toulouse();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        FilterOutputStream stream = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        JSON.write(archive, stream);
        JSON.write(archive, stream);
        assertFalse(closed[0], "the stream was closed");
        String one = JSON.write(archive);
        assertEquals(one + one, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWriterIsLeftOpenForWhatTheCallerWritesNext() {
        Archive archive = Seeds.toulouse();
        boolean[] closed = {false};
        StringWriter text = new StringWriter() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        JSON.write(archive, text);
        text.write("\n");
        JSON.write(archive, text);
        assertFalse(closed[0], "the writer was closed");
        String one = JSON.write(archive);
        assertEquals(one + "\n" + one, text.toString());
    }
}
