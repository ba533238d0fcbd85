package io.github.townhall.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.cycle.CycleId;
import io.github.townhall.session.SessionId;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SiteUrlsTest {
    private static final SiteUrls URLS = SiteUrls.of(URI.create("https://idc.example.org/rencontres/"));

    @Test
    void defaultAddresses() {
        assertEquals(
                URI.create("https://idc.example.org/rencontres/sessions/rencontres-toulouse-2.html"),
                URLS.session(SessionId.of("rencontres-toulouse-2")));
        assertEquals(
                URI.create("https://idc.example.org/rencontres/sessions/imp-acte-2017-12-05-minutes.html"),
                URLS.minutes(SessionId.of("imp-acte-2017-12-05")));
        assertEquals(
                URI.create("https://idc.example.org/rencontres/cycles/rencontres-toulouse.html"),
                URLS.cycle(CycleId.of("rencontres-toulouse")));
        assertEquals(URI.create("https://idc.example.org/rencontres/index.html"), URLS.agenda());
        assertEquals(URI.create("https://idc.example.org/rencontres/agenda.ics"), URLS.feed());
        assertEquals("sessions/s1.html", URLS.relativeSession(SessionId.of("s1")));
    }

    @Test
    void anIdIsOneEncodedSegment() {
        assertEquals(
                URI.create("https://idc.example.org/rencontres/sessions/a%2F..%2Fb%3Fq%3D1%20%C3%A9.html"),
                URLS.session(SessionId.of("a/../b?q=1 é")));
        assertEquals(
                URI.create("https://idc.example.org/rencontres/seances/%2E%2E/"),
                URLS.withSessionPath("seances/{id}/").session(SessionId.of("..")));
        assertTrue(URLS.session(SessionId.of("https://evil.example/x"))
                .toString()
                .startsWith("https://idc.example.org/rencontres/sessions/https%3A%2F%2Fevil"));
    }

    @Test
    void customPaths() {
        SiteUrls custom = URLS.withSessionPath("seances/{id}/")
                .withMinutesPath("comptes-rendus/{id}/")
                .withCyclePath("cycles/{id}/");
        assertEquals(URI.create("https://idc.example.org/rencontres/seances/s1/"), custom.session(SessionId.of("s1")));
        assertEquals(
                URI.create("https://idc.example.org/rencontres/comptes-rendus/s1/"),
                custom.minutes(SessionId.of("s1")));
        assertEquals(URI.create("https://idc.example.org/rencontres/cycles/c/"), custom.cycle(CycleId.of("c")));
    }

    @Test
    void badBasesAndPathsAreRefusedWithTheRule() {
        for (String base : new String[] {
            "https://idc.example.org/rencontres", "/rencontres/", "ftp://idc.example.org/", "https://x.org/?q=1"
        }) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> SiteUrls.of(URI.create(base)), base);
            assertTrue(e.getMessage().contains("absolute http or https address ending with /"), e.getMessage());
        }
        IllegalArgumentException noId =
                assertThrows(IllegalArgumentException.class, () -> URLS.withSessionPath("sessions/page.html"));
        assertEquals("sessionPath must hold {id}, where the record's id goes: sessions/page.html", noId.getMessage());
        assertThrows(IllegalArgumentException.class, () -> URLS.withCyclePath("/cycles/{id}.html"));
        assertThrows(IllegalArgumentException.class, () -> URLS.withCyclePath("https://evil.example/{id}"));
    }
}
