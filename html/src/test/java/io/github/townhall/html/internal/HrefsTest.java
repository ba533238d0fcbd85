package io.github.townhall.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class HrefsTest {
    private static URI u(String path) {
        return URI.create("https://x.example.org" + path);
    }

    @Test
    void relativeLinksBetweenPages() {
        assertEquals("sessions/a.html", Hrefs.relative(u("/site/index.html"), u("/site/sessions/a.html")));
        assertEquals("../index.html", Hrefs.relative(u("/site/sessions/a.html"), u("/site/index.html")));
        assertEquals("b.html", Hrefs.relative(u("/site/sessions/a.html"), u("/site/sessions/b.html")));
        assertEquals("../cycles/c.html", Hrefs.relative(u("/site/sessions/a.html"), u("/site/cycles/c.html")));
        assertEquals("../../s/", Hrefs.relative(u("/site/a/b/x.html"), u("/site/s/")));
        assertEquals("./", Hrefs.relative(u("/site/a/x.html"), u("/site/a/")));
        assertEquals("x%20y.html", Hrefs.relative(u("/index.html"), u("/x%20y.html")));
    }

    @Test
    void onlyHttpAndHttpsAreLinks() {
        assertEquals("https://e.org/a", Hrefs.safe(URI.create("https://e.org/a")));
        assertEquals("HTTP://e.org/", Hrefs.safe(URI.create("HTTP://e.org/")));
        assertNull(Hrefs.safe(URI.create("javascript:alert(1)")));
        assertNull(Hrefs.safe(URI.create("data:text/html,x")));
        assertNull(Hrefs.safe(URI.create("/relative")));
        assertNull(Hrefs.safe(null));
        assertEquals("mailto:a@example.org", Hrefs.mailto("a@example.org"));
        assertNull(Hrefs.mailto("\"><script>@x.org"));
    }

    @Test
    void filesFollowTheAddresses() {
        Path dir = Path.of("site");
        URI base = u("/r/");
        assertEquals(dir.resolve("index.html"), Hrefs.file(dir, base, u("/r/")));
        assertEquals(dir.resolve("s/é.html"), Hrefs.file(dir, base, u("/r/s/%C3%A9.html")));
        assertEquals(dir.resolve("s/x/index.html"), Hrefs.file(dir, base, u("/r/s/x/")));
    }

    @Test
    void datetimesCarryTheOffsetToTheMinute() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        assertEquals("2015-12-01T18:30+01:00", Pages.datetime(ZonedDateTime.of(2015, 12, 1, 18, 30, 0, 0, paris)));
        assertEquals("2016-05-12T18:00:05+02:00", Pages.datetime(ZonedDateTime.of(2016, 5, 12, 18, 0, 5, 0, paris)));
        assertEquals("2016-05-12T18:00Z", Pages.datetime(ZonedDateTime.of(2016, 5, 12, 18, 0, 0, 0, ZoneId.of("UTC"))));
        assertEquals("1900-01-01T12:00+00:09", Pages.datetime(ZonedDateTime.of(1900, 1, 1, 12, 0, 0, 0, paris)));
    }

    @Test
    void titlesAreOneLineWithoutDirectionControls() {
        assertEquals("a b c", Pages.plain("a\u202E b\n\tc", 100));
        assertEquals("one two…", Pages.plain("one two three four", 10));
    }

    @Test
    void everyLabelExistsInBothLanguages() {
        Labels french = Labels.of(java.util.Locale.FRENCH);
        Labels english = Labels.of(java.util.Locale.ENGLISH);
        assertEquals("À venir", french.t("upcoming"));
        assertEquals("Upcoming", english.t("upcoming"));
        assertEquals("Date to be set", english.t("toBeSet"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> french.t("nope"));
    }
}
