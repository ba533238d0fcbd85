package io.github.townhall.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.session.PublishedMinutes;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.site.SiteUrls;
import io.github.townhall.testing.Seeds;
import io.github.townhall.text.Text;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A site written in French and English: each page links to its counterpart with {@code hreflang}
 * when its record exists in both languages, never to a page that is no translation; the sitemaps
 * list the same alternates.
 */
class AlternatesTest {
    static final String BASE = "https://idc.example.org/rencontres/";
    static final SiteUrls FR = SiteUrls.of(URI.create(BASE + "fr/"));
    static final SiteUrls EN = SiteUrls.of(URI.create(BASE + "en/"));

    private final Archive archive = bilingual();
    private final HtmlSite french = site(FR, Locale.FRENCH, EN, Locale.ENGLISH);
    private final HtmlSite english = site(EN, Locale.ENGLISH, FR, Locale.FRENCH);

    /**
     * The Toulouse seed with translations: the cycle and the first session in French and English,
     * the third written in English and translated into French, the fourth with an English title but
     * a French description only, the second in French only.
     */
    static Archive bilingual() {
        Archive seed = Seeds.toulouse();
        Cycle cycle = seed.cycles().get(0);
        cycle = cycle.withTitle(cycle.title().withTranslation(Locale.ENGLISH, "Meetings in Toulouse"))
                .withDescription(
                        Text.fr("Des rencontres à Toulouse.").withTranslation(Locale.ENGLISH, "Meetings in Toulouse."));
        List<Session> sessions = new ArrayList<>();
        for (Session session : seed.sessions()) {
            Text title = session.title();
            switch (session.id().value()) {
                case "rencontres-toulouse-1" ->
                    session = session.with()
                            .title(title.withTranslation(Locale.ENGLISH, "A first meeting in Toulouse"))
                            .description(Text.fr("Un premier rendez-vous.")
                                    .withTranslation(Locale.ENGLISH, "A first meeting."))
                            .build();
                case "rencontres-toulouse-3" ->
                    session = session.with()
                            .title(Text.en("Digital tools and participation")
                                    .withTranslation(Locale.FRENCH, "Outils numériques et participation"))
                            .description(Text.en("What digital tools change.")
                                    .withTranslation(Locale.FRENCH, "Ce que changent les outils numériques."))
                            .build();
                case "rencontres-toulouse-4" ->
                    session = session.with()
                            .title(title.withTranslation(Locale.ENGLISH, "Social work"))
                            .build();
                default -> {}
            }
            sessions.add(session);
        }
        return seed.with().cycles(List.of(cycle)).sessions(sessions).build();
    }

    static HtmlSite site(SiteUrls urls, Locale language, SiteUrls other, Locale otherLanguage) {
        return HtmlSite.of(HtmlOptions.builder(urls)
                .language(language)
                .asOf(LocalDate.of(2016, 3, 1))
                .icsPath("sessions/{id}.ics")
                .alternate(otherLanguage, other)
                .build());
    }

    private Session session(String id) {
        Session session = archive.session(SessionId.of(id));
        assertTrue(session != null, id);
        return session;
    }

    private static String link(String hreflang, String href) {
        return "<link rel=\"alternate\" hreflang=\"" + hreflang + "\" href=\"" + href + "\">\n";
    }

    @Test
    void aTranslatedSessionLinksToItsCounterpartAndToItsOriginalAsDefault() {
        String fr = BASE + "fr/sessions/rencontres-toulouse-1.html";
        String en = BASE + "en/sessions/rencontres-toulouse-1.html";
        String frenchPage = french.session(archive, session("rencontres-toulouse-1"));
        assertTrue(
                frenchPage.contains(link("fr", fr) + link("en", en) + link("x-default", fr)),
                "the page itself, its counterpart, and the French original as default: " + frenchPage);
        String englishPage = english.session(archive, session("rencontres-toulouse-1"));
        assertTrue(englishPage.contains(link("en", en) + link("fr", fr) + link("x-default", fr)), englishPage);
        assertEquals(3, SeedPagesTest.count(englishPage, "hreflang="), englishPage);
    }

    @Test
    void aRecordWrittenInEnglishHasItsEnglishPageAsDefault() {
        String fr = BASE + "fr/sessions/rencontres-toulouse-3.html";
        String en = BASE + "en/sessions/rencontres-toulouse-3.html";
        for (String page : List.of(
                french.session(archive, session("rencontres-toulouse-3")),
                english.session(archive, session("rencontres-toulouse-3")))) {
            assertTrue(page.contains(link("x-default", en)), page);
            assertTrue(page.contains(link("fr", fr)), page);
            assertTrue(page.contains(link("en", en)), page);
        }
    }

    @Test
    void aRecordInOneLanguageLinksToNoOtherPage() {
        // the second in French only; the fourth's description is not translated
        for (String id : List.of("rencontres-toulouse-2", "rencontres-toulouse-4")) {
            for (HtmlSite site : List.of(french, english)) {
                String page = site.session(archive, session(id));
                assertFalse(
                        page.contains("hreflang"), id + " in " + site.options().language() + ": " + page);
            }
        }
    }

    @Test
    void theAgendaAndATranslatedCycleLinkToTheirCounterparts() {
        String agenda = english.agenda(archive);
        assertTrue(
                agenda.contains(link("en", BASE + "en/index.html")
                        + link("fr", BASE + "fr/index.html")
                        + link("x-default", BASE + "fr/index.html")),
                "an agenda with no description of its own is made of labels, in both languages: " + agenda);
        String cycle = french.cycle(archive, Seeds.TOULOUSE_CYCLE);
        assertTrue(cycle.contains(link("en", BASE + "en/cycles/rencontres-toulouse.html")), cycle);
        Archive frenchOnly = Seeds.toulouse();
        assertFalse(french.cycle(frenchOnly, Seeds.TOULOUSE_CYCLE).contains("hreflang"));
        Archive describedInFrench = frenchOnly
                .with()
                .organisation(frenchOnly.organisation().withDescription(Text.fr("Une association.")))
                .build();
        assertFalse(english.agenda(describedInFrench).contains("hreflang"));
    }

    @Test
    void theSitemapListsTheSameAlternatesAsThePages() {
        String sitemap = french.sitemap(archive);
        assertTrue(
                sitemap.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                        + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"),
                sitemap);
        String first = entry(sitemap, BASE + "fr/sessions/rencontres-toulouse-1.html");
        assertEquals(
                "\n    <xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"" + BASE
                        + "fr/sessions/rencontres-toulouse-1.html\"/>"
                        + "\n    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + BASE
                        + "en/sessions/rencontres-toulouse-1.html\"/>"
                        + "\n    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"" + BASE
                        + "fr/sessions/rencontres-toulouse-1.html\"/>\n  ",
                first.replaceFirst("^<lastmod>[0-9-]+</lastmod>", ""));
        assertEquals(3, SeedPagesTest.count(entry(sitemap, BASE + "fr/index.html"), "<xhtml:link"));
        assertEquals(
                3, SeedPagesTest.count(entry(sitemap, BASE + "fr/cycles/rencontres-toulouse.html"), "<xhtml:link"));
        assertEquals(0, SeedPagesTest.count(entry(sitemap, BASE + "fr/sessions/rencontres-toulouse-2.html"), "xhtml"));
        assertEquals(0, SeedPagesTest.count(entry(sitemap, BASE + "fr/sessions/rencontres-toulouse-4.html"), "xhtml"));
        // every session page and its alternates, the same in the English sitemap
        String englishSitemap = english.sitemap(archive);
        assertEquals(SeedPagesTest.count(sitemap, "<xhtml:link"), SeedPagesTest.count(englishSitemap, "<xhtml:link"));
        assertEquals(3 * 4, SeedPagesTest.count(sitemap, "<xhtml:link"), "agenda, cycle, sessions 1 and 3");
        String single = SiteFixtures.site(SiteFixtures.TOULOUSE_URLS, LocalDate.of(2016, 3, 1))
                .sitemap(archive);
        assertFalse(single.contains("xhtml"), "a site in one language: " + single);
    }

    /** The part of a sitemap's {@code <url>} after its {@code <loc>}. */
    private static String entry(String sitemap, String loc) {
        Matcher m = Pattern.compile("<url><loc>" + Pattern.quote(loc) + "</loc>(.*?)</url>", Pattern.DOTALL)
                .matcher(sitemap);
        assertTrue(m.find(), "no " + loc + " in " + sitemap);
        return m.group(1);
    }

    @Test
    void aMinutesPageLinksToItsCounterpartOnlyWhenTheMinutesAreTranslated() {
        Archive impActe = Seeds.impActe();
        Session meeting = impActe.session(Seeds.IMP_ACTE_MEETING);
        assertTrue(meeting != null && meeting.minutes() instanceof PublishedMinutes);
        PublishedMinutes minutes = (PublishedMinutes) meeting.minutes();
        SiteUrls fr = SiteUrls.of(URI.create("https://imp-acte.example.org/fr/"));
        SiteUrls en = SiteUrls.of(URI.create("https://imp-acte.example.org/en/"));
        HtmlSite site = site(en, Locale.ENGLISH, fr, Locale.FRENCH);
        assertFalse(site.minutes(impActe, meeting).contains("hreflang"), "minutes in French only");
        Session translated = meeting.with()
                .title(Text.fr("Réunion du 5 décembre 2017")
                        .withTranslation(Locale.ENGLISH, "Meeting of 5 December 2017"))
                .minutes(new PublishedMinutes(
                        minutes.title() == null ? null : minutes.title().withTranslation(Locale.ENGLISH, "Minutes"),
                        minutes.link(),
                        minutes.publishedOn(),
                        Text.fr("Le texte.").withTranslation(Locale.ENGLISH, "The text.")))
                .build();
        String page = site.minutes(impActe, translated);
        assertTrue(
                page.contains(link("en", "https://imp-acte.example.org/en/sessions/imp-acte-2017-12-05-minutes.html")
                        + link("fr", "https://imp-acte.example.org/fr/sessions/imp-acte-2017-12-05-minutes.html")
                        + link(
                                "x-default",
                                "https://imp-acte.example.org/fr/sessions/imp-acte-2017-12-05-minutes.html")),
                page);
    }

    @Test
    void languageChooserLeadsToEachAgendaInItsOwnLanguage() {
        String page = french.languageChooser(archive, URI.create(BASE));
        assertTrue(page.contains("<html lang=\"fr\">"), page);
        assertTrue(page.contains("<title>" + archive.organisation().name() + "</title>"), page);
        assertTrue(
                page.contains(link("fr", BASE + "fr/index.html")
                        + link("en", BASE + "en/index.html")
                        + link("x-default", BASE)),
                page);
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"fr/style.css\">"), page);
        assertTrue(page.contains("<nav aria-label=\"Langues du site\">"), page);
        assertTrue(
                page.contains("<li lang=\"fr\"><a href=\"fr/index.html\" hreflang=\"fr\">Français</a></li>\n"
                        + "<li lang=\"en\"><a href=\"en/index.html\" hreflang=\"en\">English</a></li>"),
                page);
        String inEnglish = english.languageChooser(archive, URI.create(BASE));
        assertTrue(inEnglish.contains("<html lang=\"en\">"), inEnglish);
        assertTrue(
                inEnglish.indexOf(">English</a>") < inEnglish.indexOf(">Français</a>"),
                "this site's language first: " + inEnglish);
    }

    @Test
    void languageChooserEscapesTheSiteNameAndWantsAnAbsoluteAddress() {
        Archive hostile =
                archive.withOrganisation(archive.organisation().withName("<script>alert(1)</script> & \"Co\""));
        String page = french.languageChooser(hostile, URI.create(BASE));
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Co\"</title>"), page);
        IllegalArgumentException relative = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> french.languageChooser(archive, URI.create("rencontres/")));
        assertTrue(relative.getMessage().contains("rencontres/"), relative.getMessage());
    }

    @Test
    void writesBothLanguagesForTheBrowserCheck() throws IOException {
        Path dir = SiteFixtures.target("pages", "bilingual");
        List<Path> fr = french.writeSite(archive, dir.resolve("fr"));
        List<Path> en = english.writeSite(archive, dir.resolve("en"));
        assertEquals(fr.size(), en.size());
        assertTrue(Files.isRegularFile(dir.resolve("en/sessions/rencontres-toulouse-1.html")));
        Files.writeString(dir.resolve("index.html"), french.languageChooser(archive, URI.create(BASE)));
    }
}
