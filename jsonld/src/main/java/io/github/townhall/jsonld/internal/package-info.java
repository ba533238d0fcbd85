/**
 * The JSON-LD writer: schema.org objects written with Jackson's streaming generator, and the
 * character escapes that keep the output safe inside an HTML {@code script} element. Not part of
 * the API; not exported.
 *
 * <pre>{@code
 * try (JsonGenerator g = LdWriter.generator(out)) {
 *     new LdWriter(g, archive, urls, Locale.FRENCH).sessionDocument(session);
 * }
 * }</pre>
 */
@NullMarked
package io.github.townhall.jsonld.internal;

import org.jspecify.annotations.NullMarked;
