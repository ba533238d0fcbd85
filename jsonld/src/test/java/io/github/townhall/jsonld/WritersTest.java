package io.github.townhall.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.session.Session;
import io.github.townhall.site.SiteUrls;
import io.github.townhall.testing.Seeds;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The API: writers, options, arguments, and the exact characters of a small document. */
class WritersTest {
    private static final Archive TOULOUSE = Seeds.toulouse();
    private static final Session FIRST = Objects.requireNonNull(TOULOUSE.session(Seeds.toulouseSession(1)));

    /** Records whether it was flushed or closed. */
    private static final class Recording extends StringWriter {
        boolean flushed;
        boolean closed;

        @Override
        public void flush() {
            flushed = true;
            super.flush();
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    @Test
    void writersGetTheSameCharactersFlushedAndNotClosed() {
        Recording session = new Recording();
        Ld.FRENCH.session(TOULOUSE, FIRST, session);
        assertEquals(Ld.FRENCH.session(TOULOUSE, FIRST), session.toString());
        Recording cycle = new Recording();
        Ld.FRENCH.cycle(TOULOUSE, Seeds.TOULOUSE_CYCLE, cycle);
        assertEquals(Ld.FRENCH.cycle(TOULOUSE, Seeds.TOULOUSE_CYCLE), cycle.toString());
        Recording agenda = new Recording();
        Ld.FRENCH.agenda(TOULOUSE, agenda);
        assertEquals(Ld.FRENCH.agenda(TOULOUSE), agenda.toString());
        for (Recording out : new Recording[] {session, cycle, agenda}) {
            assertTrue(out.flushed);
            assertFalse(out.closed);
        }
    }

    @Test
    void aFailingWriterIsAnUncheckedIoException() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {}
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Ld.FRENCH.agenda(TOULOUSE, broken));
        assertEquals("Could not write the JSON-LD: disk full", e.getMessage());
        assertEquals("disk full", e.getCause().getMessage());
    }

    @Test
    void aSmallEventHasExactlyTheseCharacters() {
        Session small = Session.builder(
                        FIRST.id(),
                        FIRST.organisation(),
                        ExactSchedule.of(
                                LocalDate.of(2024, 3, 31),
                                LocalTime.of(1, 30),
                                LocalTime.of(3, 30),
                                ZoneId.of("Europe/Paris")))
                .title(io.github.townhall.text.Text.fr("Nuit <du> changement d’heure & après"))
                .build();
        SchemaOrg other = SchemaOrg.of(JsonLdOptions.of(SiteUrls.of(URI.create("https://a.example/")), Locale.FRENCH));
        // 01:30 is before the change (+01:00), 03:30 after it (+02:00)
        assertEquals(
                "{\"@context\":\"https://schema.org\",\"@type\":\"Event\","
                        + "\"@id\":\"https://a.example/sessions/rencontres-toulouse-1.html#event\","
                        + "\"url\":\"https://a.example/sessions/rencontres-toulouse-1.html\","
                        + "\"name\":\"Nuit \\u003Cdu\\u003E changement d’heure \\u0026 après\",\"inLanguage\":\"fr\","
                        + "\"startDate\":\"2024-03-31T01:30:00+01:00\",\"endDate\":\"2024-03-31T03:30:00+02:00\","
                        + "\"eventStatus\":\"https://schema.org/EventScheduled\","
                        + "\"organizer\":{\"@type\":\"Organization\",\"@id\":\"https://a.example/#organization\","
                        + "\"name\":\"Institut de la concertation\"}}",
                other.session(TOULOUSE, small));
    }

    @Test
    void optionsAreValuesAndRefuseNulls() {
        JsonLdOptions options = JsonLdOptions.of(Ld.URLS, Locale.FRENCH);
        assertEquals(new JsonLdOptions(Ld.URLS, Locale.FRENCH), options);
        assertEquals(Locale.ENGLISH, options.withLanguage(Locale.ENGLISH).language());
        SiteUrls other = SiteUrls.of(URI.create("https://b.example/"));
        assertEquals(other, options.withUrls(other).urls());
        assertEquals(Ld.URLS, options.withUrls(other).withUrls(Ld.URLS).urls());
        assertEquals(
                "urls",
                assertThrows(NullPointerException.class, () -> JsonLdOptions.of(null, Locale.FRENCH))
                        .getMessage());
        assertEquals(
                "language",
                assertThrows(NullPointerException.class, () -> options.withLanguage(null))
                        .getMessage());
        assertEquals(
                "options",
                assertThrows(NullPointerException.class, () -> SchemaOrg.of(null))
                        .getMessage());
        assertEquals(options, SchemaOrg.of(options).options());
        assertTrue(SchemaOrg.of(options).toString().startsWith("SchemaOrg[JsonLdOptions[urls="));
    }

    @Test
    void argumentsAreRequired() {
        StringWriter out = new StringWriter();
        assertEquals(
                "archive",
                assertThrows(NullPointerException.class, () -> Ld.FRENCH.session(null, FIRST, out))
                        .getMessage());
        assertEquals(
                "session",
                assertThrows(NullPointerException.class, () -> Ld.FRENCH.session(TOULOUSE, null, out))
                        .getMessage());
        assertEquals(
                "out",
                assertThrows(NullPointerException.class, () -> Ld.FRENCH.session(TOULOUSE, FIRST, null))
                        .getMessage());
        assertEquals(
                "cycle",
                assertThrows(NullPointerException.class, () -> Ld.FRENCH.cycle(TOULOUSE, null))
                        .getMessage());
        assertEquals(
                "archive",
                assertThrows(NullPointerException.class, () -> Ld.FRENCH.agenda(null))
                        .getMessage());
        assertEquals("", out.toString(), "nothing written");
    }
}
