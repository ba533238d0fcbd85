/**
 * Venues: places split into their parts, online links, hybrid venues.
 *
 * <pre>{@code
 * Venue ferme = Venue.builder().name("Ferme des 50").city("Ramonville-Saint-Agne").country("FR").build();
 * }</pre>
 */
@NullMarked
package io.github.townhall.place;

import org.jspecify.annotations.NullMarked;
