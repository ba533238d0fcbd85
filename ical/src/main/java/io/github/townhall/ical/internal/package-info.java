/**
 * The machinery behind {@code io.github.townhall.ical}: the content-line writer with its escaping
 * and folding, the VTIMEZONE generator, one scribe per VEVENT property and, beside each, the reader
 * of that property ({@code TimeScribe} and {@code TimeReader}, ...), as in biweekly; and the
 * streaming import: {@code ImportHandler} (the parser's events, the nesting of components),
 * {@code ImportLimits} (every limit and its error), {@code ZoneResolver} (what a TZID names),
 * {@code EventReader} (one VEVENT into a session through the property readers),
 * {@code SeriesExpander} (recurring events and their overrides) and {@code ImportAbort}, the one
 * exception that carries a broken limit or the consumer's own exception out of the parser. Not
 * exported; nothing here is API.
 */
@NullMarked
package io.github.townhall.ical.internal;

import org.jspecify.annotations.NullMarked;
