/**
 * The machinery behind {@code io.github.townhall.ical}: the content-line writer with its escaping
 * and folding, the VTIMEZONE generator, one scribe per VEVENT property, and the streaming import
 * handler. Not exported; nothing here is API.
 */
@NullMarked
package io.github.townhall.ical.internal;

import org.jspecify.annotations.NullMarked;
