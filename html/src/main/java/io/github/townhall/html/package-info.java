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
 */
@NullMarked
package io.github.townhall.html;

import org.jspecify.annotations.NullMarked;
