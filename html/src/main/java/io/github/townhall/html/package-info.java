/**
 * Accessible static HTML pages from a townhall {@link io.github.townhall.archive.Archive}: the
 * organisation's agenda, a page per cycle, a page per public session, a minutes page (compte-rendu)
 * per session whose minutes are approved or published, a stylesheet and a {@code sitemap.xml}.
 *
 * <p>Pages are HTML5 with landmarks, one {@code h1}, ordered headings, tables with captions, no
 * JavaScript and a stylesheet that reads at 320 px; every address comes from the site's {@link
 * io.github.townhall.site.SiteUrls}. Members-only sessions and the attendance list stay out unless
 * an option says otherwise ({@link io.github.townhall.html.HtmlOptions.Builder#showAttendees(boolean)}).
 *
 * <pre>{@code
 * HtmlSite site = HtmlSite.of(HtmlOptions.builder(SiteUrls.of(URI.create("https://idc.example.org/rencontres/")))
 *         .language(Locale.FRENCH)
 *         .asOf(LocalDate.of(2017, 12, 6))                 // upcoming and past: the caller says when "now" is
 *         .icsPath("sessions/{id}.ics")
 *         .build());
 * String page = site.session(archive, archive.sessions().get(0));
 * List<Path> written = site.writeSite(archive, Path.of("public"));   // pages, style.css, sitemap.xml
 * }</pre>
 *
 * <p>The agenda shows the organisation's board (its offices, holders' names and terms: a public
 * office, which {@link io.github.townhall.archive.Archive#withoutPersonalData()} keeps too).
 *
 * <p>To publish in French and English, write one site per language, each naming the other with
 * {@link io.github.townhall.html.HtmlOptions.Builder#alternate(java.util.Locale,
 * io.github.townhall.site.SiteUrls)}: a page whose record exists in both languages then links to
 * its counterpart with {@code hreflang} (and {@code x-default}), in the page and in the sitemap;
 * {@link io.github.townhall.html.HtmlSite} says when a record exists in a language.
 */
@NullMarked
package io.github.townhall.html;

import org.jspecify.annotations.NullMarked;
