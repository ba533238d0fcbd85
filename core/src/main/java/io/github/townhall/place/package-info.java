/**
 * Venues: places split into their parts, online links, hybrid venues, and their accessibility.
 *
 * <pre>{@code
 * Venue ferme = Venue.builder()
 *         .name("Ferme des 50")
 *         .city("Ramonville-Saint-Agne")
 *         .country("FR")
 *         .addAccessibility(AccessFeature.STEP_FREE)
 *         .build();
 * }</pre>
 */
@NullMarked
package io.github.townhall.place;

import org.jspecify.annotations.NullMarked;
