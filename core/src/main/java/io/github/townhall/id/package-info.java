/**
 * What townhall's identifiers share: the {@link io.github.townhall.id.Id} supertype of every id
 * record ({@code SessionId}, {@code OrganisationId}, {@code CycleId}...) and the
 * {@link io.github.townhall.id.Identifier} constraint that checks them.
 */
@NullMarked
package io.github.townhall.id;

import org.jspecify.annotations.NullMarked;
