/**
 * iCalendar feeds of townhall sessions (RFC 5545 with the RFC 7986 calendar properties).
 *
 * <p>This package is being built; see the project's CHANGELOG for what it offers today.
 */
@NullMarked
package io.github.townhall.ical;

import org.jspecify.annotations.NullMarked;
