package io.github.townhall.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.session.Session;
import io.github.townhall.testing.Seeds;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the pages of the two seed records say. */
class SeedPagesTest {
    private static final LocalDate DAY_AFTER_MEETING = LocalDate.of(2017, 12, 6);

    private final Archive toulouse = Seeds.toulouse();
    private final Archive impActe = Seeds.impActe();
    private final HtmlSite toulouseSite = SiteFixtures.site(SiteFixtures.TOULOUSE_URLS, DAY_AFTER_MEETING);
    private final HtmlSite impActeSite = SiteFixtures.site(SiteFixtures.IMP_ACTE_URLS, DAY_AFTER_MEETING);

    private static Session session(Archive archive, String id) {
        return Objects.requireNonNull(archive.session(io.github.townhall.session.SessionId.of(id)), id);
    }

    @Test
    void aTimeCarriesTheOffsetOfItsZoneAtThatInstant() {
        String first = toulouseSite.session(toulouse, session(toulouse, "rencontres-toulouse-1"));
        String third = toulouseSite.session(toulouse, session(toulouse, "rencontres-toulouse-3"));
        assertTrue(first.contains("<time datetime=\"2015-12-01T18:30+01:00\">"), first);
        assertTrue(first.contains("<time datetime=\"2015-12-01T20:00+01:00\">"), first);
        assertTrue(first.contains("Europe/Paris, UTC+01:00"), first);
        assertTrue(third.contains("<time datetime=\"2016-05-12T18:00+02:00\">"), third);
        assertTrue(third.contains("Europe/Paris, UTC+02:00"), third);
    }

    @Test
    void aSessionPageSaysWhereWhoAndWhatFollows() {
        String second = toulouseSite.session(toulouse, session(toulouse, "rencontres-toulouse-2"));
        assertTrue(second.contains("<bdi>Centre social Partage Faourette</bdi>"), second);
        assertTrue(second.contains("<strong><bdi>Patrick Bodart</bdi></strong> (intervenant·e)"), second);
        assertTrue(second.contains("<bdi>Periferia</bdi>"), "the speaker's organisation, from the directory");
        assertTrue(second.contains("pour encourager la rencontre"), "its mission");
        assertTrue(second.contains("Cette rencontre a changé de date."), "moved from a tentative February");
        assertTrue(second.contains("<del><time datetime=\"2016-02\">février 2016"), second);
        assertTrue(second.contains("href=\"rencontres-toulouse-2.ics\""), "the session's own calendar file");
        assertTrue(
                second.contains(
                        "<link rel=\"canonical\" href=\"https://idc.example.org/rencontres/sessions/rencontres-toulouse-2.html\">"));
        assertTrue(
                second.contains(
                        "<meta property=\"og:url\" content=\"https://idc.example.org/rencontres/sessions/rencontres-toulouse-2.html\">"));
        assertTrue(second.contains(
                "<link rel=\"alternate\" type=\"text/calendar\" title=\"Calendrier\" href=\"../agenda.ics\">"));
        assertTrue(second.contains("<link rel=\"stylesheet\" href=\"../style.css\">"));

        String first = toulouseSite.session(toulouse, session(toulouse, "rencontres-toulouse-1"));
        assertTrue(first.contains("<a href=\"rencontres-toulouse-2.html\">"), "the next session, linked to its page");
        assertTrue(first.contains("environ 15 personnes"), first);
        assertTrue(first.contains("<caption>Profils présents</caption>"), first);
        assertTrue(first.contains("<th scope=\"col\">Profil</th>"), first);

        String third = toulouseSite.session(toulouse, session(toulouse, "rencontres-toulouse-3"));
        assertTrue(third.contains("<a href=\"https://web.archive.org/web/20210924150440/"), "an https link");
        assertTrue(third.contains("Page dédiée au Cycle Concertation &amp; Numérique"), third);
        assertTrue(third.contains("adresse non donnée"), "a link without address stays text");

        String fourth = toulouseSite.session(toulouse, session(toulouse, "rencontres-toulouse-4"));
        assertTrue(fourth.contains("Le compte-rendu est annoncé."), fourth);
        assertTrue(fourth.contains("<bdi>Foyer de Jeunes Travailleurs</bdi>"), "an affiliation outside the directory");
    }

    @Test
    void theMinutesPageListsWhatTheMeetingProposedDecidedAndAgreed() {
        Session meeting = session(impActe, "imp-acte-2017-12-05");
        assertTrue(HtmlSite.hasMinutesPage(meeting));
        String minutes = impActeSite.minutes(impActe, meeting);

        assertEquals(4, count(minutes, "<span class=\"tag\">Thématique, "), "the four theme proposals");
        assertEquals(
                1,
                count(
                        minutes,
                        "<span class=\"tag\">Thématique, retenue</span> <strong dir=\"auto\">Participation et place des habitants, des usagers</strong>"),
                "the chosen one");
        assertTrue(minutes.contains("<span class=\"tag\">Adoptée</span>"), minutes);
        assertTrue(minutes.contains("<span class=\"tag\">Mise de côté</span>"), minutes);
        assertTrue(minutes.contains("<span class=\"tag\">Choix</span>"), minutes);
        assertTrue(minutes.contains("Motif : <bdi>qui aujourd’hui pourrait être prématuré</bdi>"), minutes);
        String actions = section(minutes, "actions");
        assertEquals(2, count(actions, "<span class=\"tag\">à faire</span>"), actions);
        assertEquals(2, count(actions, "Qui : <bdi>le groupe</bdi>"), "the meeting owns both");
        assertTrue(minutes.contains("référent financier"), "the appointments");
        assertTrue(minutes.contains("Les étudiants du Master DPDIMP"), "the commitment's author");
        String next = section(minutes, "next");
        assertTrue(next.contains("<a href=\"imp-acte-2018-01-15.html\">"), next);
        assertTrue(
                next.contains("<time datetime=\"2018-01-15T18:00+01:00\">lundi 15 janvier 2018, 18h00</time>"), next);
        assertTrue(next.contains("<bdi>Salle 21</bdi>"), next);
        assertTrue(
                minutes.contains("<p>Cette troisième rencontre a réuni 7 personnes"),
                "the published text, in paragraphs");
        assertTrue(minutes.contains("Mettre en lien les acteurs du territoire"), "the organisation's purposes");
        assertTrue(minutes.contains("7 personnes"), minutes);

        String page = impActeSite.session(impActe, meeting);
        assertTrue(page.contains("<a href=\"imp-acte-2017-12-05-minutes.html\">Lire le compte-rendu</a>"), page);
    }

    @Test
    void aSessionPageListsTheAnnouncementsAboutIt() {
        String november = impActeSite.session(impActe, session(impActe, "imp-acte-2017-11-14"));
        String announcements = section(november, "announcements");
        assertEquals(2, count(announcements, "<li>"), announcements);
        assertTrue(announcements.indexOf("2017-10-27") < announcements.indexOf("2017-11-09"), "by date");
        assertTrue(announcements.contains("<a href=\"https://t.co/TGVVbmXKC8\">voir l’annonce</a>"), announcements);
    }

    @Test
    void aSessionWithoutPublishedMinutesHasNoMinutesPage() {
        Session fourth = session(toulouse, "rencontres-toulouse-4");
        assertFalse(HtmlSite.hasMinutesPage(fourth));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> toulouseSite.minutes(toulouse, fourth));
        assertEquals(
                "The session rencontres-toulouse-4 has no minutes page: its minutes are PendingMinutes, not approved nor published",
                e.getMessage());
    }

    @Test
    void theAgendaSplitsUpcomingAndPastAsOfTheDayGiven() {
        String agenda = impActeSite.agenda(impActe);
        String upcoming = section(agenda, "upcoming");
        assertTrue(
                upcoming.contains("<time datetime=\"2018-01-15T18:00+01:00\">lundi 15 janvier 2018, 18h00</time>"),
                upcoming);
        assertTrue(upcoming.contains("<a href=\"cycles/imp-acte-rencontres.html\">"), "grouped under its cycle");
        String past = section(agenda, "past");
        assertTrue(past.indexOf("2017-12-05T18:00") < past.indexOf("2017-11-14T18:00"), "latest first");
        assertTrue(past.contains("Autres rencontres"), "the November meeting has no cycle");
        String undated = section(agenda, "undated");
        assertTrue(undated.contains("Première soirée-débat") && undated.contains("Date à fixer"), undated);
        assertTrue(agenda.contains(
                "<a href=\"agenda.ics\" type=\"text/calendar\">S’abonner au calendrier (iCalendar)</a>"));
        assertTrue(agenda.contains("https://imp-acte.example.org/agenda.ics"), "the feed's address, to copy");
        assertTrue(agenda.contains("aria-current=\"page\""), agenda);
    }

    @Test
    void withoutAsOfTheAgendaListsEveryDatedSessionInDateOrder() {
        HtmlSite site =
                HtmlSite.of(SiteFixtures.options(SiteFixtures.TOULOUSE_URLS).build());
        String agenda = site.agenda(toulouse);
        assertFalse(agenda.contains("id=\"upcoming\""), agenda);
        int previous = -1;
        for (String day : new String[] {"2015-12-01", "2016-02-18", "2016-05-12", "2017-11-28"}) {
            int at = agenda.indexOf("datetime=\"" + day);
            assertTrue(at > previous, day + " after the one before");
            previous = at;
        }
    }

    @Test
    void aCyclePageListsItsSessionsInOrder() {
        String cycle = toulouseSite.cycle(toulouse, Seeds.TOULOUSE_CYCLE);
        assertTrue(cycle.contains("<h1 dir=\"auto\">Cycle de rencontres à Toulouse</h1>"), cycle);
        assertTrue(cycle.contains("<bdi>Toulouse ou à proximité</bdi>"), cycle);
        assertTrue(cycle.indexOf("rencontres-toulouse-1.html") < cycle.indexOf("rencontres-toulouse-4.html"));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> toulouseSite.cycle(toulouse, io.github.townhall.cycle.CycleId.of("nope")));
        assertEquals("The archive has no cycle nope; its cycles are [rencontres-toulouse]", e.getMessage());
    }

    @Test
    void englishPagesMarkFrenchTextsWithTheirLanguage() {
        HtmlSite english = HtmlSite.of(HtmlOptions.builder(SiteFixtures.TOULOUSE_URLS)
                .language(Locale.ENGLISH)
                .alternate(Locale.FRENCH, SiteFixtures.TOULOUSE_URLS.withSessionPath("seances/{id}.html"))
                .build());
        String page = english.session(toulouse, session(toulouse, "rencontres-toulouse-1"));
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), page);
        assertTrue(page.contains("<h1 lang=\"fr\" dir=\"auto\">Premier rendez-vous à Toulouse</h1>"), page);
        assertTrue(page.contains("Tuesday 1 December 2015, 18:30"), page);
        assertFalse(
                page.contains("hreflang"),
                "the record exists in French only: its English page is no translation, nor its French one's: " + page);
    }

    @Test
    void theSitemapListsEveryPageOnce() {
        String sitemap = impActeSite.sitemap(impActe);
        assertEquals(7, count(sitemap, "<url>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://imp-acte.example.org/index.html</loc>"), sitemap);
        assertTrue(
                sitemap.contains("<loc>https://imp-acte.example.org/sessions/imp-acte-2017-12-05-minutes.html</loc>"));
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    /** The section whose heading has the id, up to the next section. */
    static String section(String page, String id) {
        Matcher m = Pattern.compile("<h2 id=\"" + id + "\">(.*?)(?=<section|</main>)", Pattern.DOTALL)
                .matcher(page);
        assertTrue(m.find(), "no section " + id);
        return m.group(1);
    }
}
