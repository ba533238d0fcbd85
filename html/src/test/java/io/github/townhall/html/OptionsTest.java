package io.github.townhall.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.session.Session;
import io.github.townhall.session.Visibility;
import io.github.townhall.testing.Seeds;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the options accept, refuse and default to. */
class OptionsTest {
    @Test
    void defaults() {
        HtmlOptions options = HtmlOptions.builder(SiteFixtures.TOULOUSE_URLS).build();
        assertEquals(Locale.FRENCH, options.language());
        assertFalse(options.showAttendees());
        assertNull(options.asOf());
        assertNull(options.icsPath());
        assertNull(options.siteName());
        assertTrue(options.alternates().isEmpty());
        assertNull(options.jsonLd().agenda(Seeds.toulouse()));
    }

    @Test
    void refusesWhatItCannotRender() {
        assertEquals(
                "language must be French or English, the languages pages have labels in: de",
                assertThrows(IllegalArgumentException.class, () -> HtmlOptions.builder(SiteFixtures.TOULOUSE_URLS)
                                .language(Locale.GERMAN)
                                .build())
                        .getMessage());
        assertEquals(
                "icsPath must hold {id}, where the session's id goes, such as sessions/{id}.ics: agenda.ics",
                assertThrows(IllegalArgumentException.class, () -> HtmlOptions.builder(SiteFixtures.TOULOUSE_URLS)
                                .icsPath("agenda.ics")
                                .build())
                        .getMessage());
        assertEquals(
                "icsPath must be relative to the base: /ics/{id}.ics",
                assertThrows(IllegalArgumentException.class, () -> HtmlOptions.builder(SiteFixtures.TOULOUSE_URLS)
                                .icsPath("/ics/{id}.ics")
                                .build())
                        .getMessage());
        assertEquals(
                "alternates must not hold the pages' own language fr; it lists the site in other languages",
                assertThrows(IllegalArgumentException.class, () -> HtmlOptions.builder(SiteFixtures.TOULOUSE_URLS)
                                .alternate(Locale.CANADA_FRENCH, SiteFixtures.TOULOUSE_URLS)
                                .build())
                        .getMessage());
        assertEquals(
                "siteName must not be blank; pass null for the organisation's name",
                assertThrows(IllegalArgumentException.class, () -> HtmlOptions.builder(SiteFixtures.TOULOUSE_URLS)
                                .siteName(" ")
                                .build())
                        .getMessage());
    }

    @Test
    void membersOnlySessionsHaveNoPageAndAreListedNowhere() {
        var archive = Seeds.impActe();
        Session november = archive.sessions().get(0).withVisibility(Visibility.MEMBERS_ONLY);
        var hidden = archive.withSessions(
                java.util.List.of(november, archive.sessions().get(1)));
        HtmlSite site =
                HtmlSite.of(HtmlOptions.builder(SiteFixtures.IMP_ACTE_URLS).build());
        assertEquals(
                "The session imp-acte-2017-11-14 is members-only: it has no public page",
                assertThrows(IllegalArgumentException.class, () -> site.session(hidden, november))
                        .getMessage());
        assertFalse(site.agenda(hidden).contains("imp-acte-2017-11-14"));
        assertFalse(site.sitemap(hidden).contains("imp-acte-2017-11-14"));
        assertFalse(HtmlSite.hasMinutesPage(
                november.withMinutes(archive.sessions().get(1).minutes())));
    }

    @Test
    void theStylesheetWrapsLongWordsAndHasAPrintStyle() {
        String css = HtmlSite.stylesheet();
        assertTrue(css.contains("overflow-wrap: anywhere"), css);
        assertTrue(css.contains("@media print"), css);
    }

    @Test
    void theAgendaLinksEachSessionPageWhateverItsPath() {
        var archive = Seeds.toulouse();
        var base = SiteFixtures.TOULOUSE_URLS;
        for (String path :
                new String[] {"seances/{id}.html", "a/../seances/{id}/", "./s/{id}.html", "s/{id}.html?v=1", "{id}"}) {
            var urls = base.withSessionPath(path);
            String agenda = HtmlSite.of(HtmlOptions.builder(urls).build()).agenda(archive);
            for (Session session : archive.sessions()) {
                if (session.visibility() == Visibility.PUBLIC) {
                    String href = "href=\""
                            + base.base().relativize(urls.session(session.id())).getRawPath() + "\"";
                    assertTrue(agenda.contains(href), path + ": " + href);
                }
            }
        }
    }
}
