/**
 * Cycles of sessions (cycles de rencontres).
 *
 * <pre>{@code
 * Cycle cycle = Cycle.builder(CycleId.of("toulouse"), OrganisationId.of("idc"), Text.fr("Cycle de rencontres à Toulouse"))
 *         .place("Toulouse")
 *         .build();
 * }</pre>
 */
@NullMarked
package io.github.townhall.cycle;

import org.jspecify.annotations.NullMarked;
