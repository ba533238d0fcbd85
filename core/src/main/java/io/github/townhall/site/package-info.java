/**
 * Where a site publishes its pages: {@link io.github.townhall.site.SiteUrls} builds the addresses
 * of session, minutes and cycle pages, the agenda and the feed from ids, one definition shared by
 * feeds, JSON-LD and HTML pages.
 *
 * <pre>{@code
 * SiteUrls urls = SiteUrls.of(URI.create("https://idc.example.org/rencontres/"));
 * URI page = urls.session(SessionId.of("rencontres-toulouse-2"));
 * }</pre>
 */
@NullMarked
package io.github.townhall.site;

import org.jspecify.annotations.NullMarked;
