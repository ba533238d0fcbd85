/**
 * How pages are made: a view per page prepared from the records ({@link
 * io.github.townhall.html.internal.Views}), the labels in French and English, addresses and safe
 * links, and the calls to the templates compiled at build time (package {@code
 * io.github.townhall.html.internal.templates}, generated from {@code src/main/jte}). Not part of the
 * API; not exported.
 *
 * <pre>{@code
 * Pages pages = new Pages(options);
 * String html = Render.session(pages.session(archive, session));
 * }</pre>
 */
@NullMarked
package io.github.townhall.html.internal;

import org.jspecify.annotations.NullMarked;
