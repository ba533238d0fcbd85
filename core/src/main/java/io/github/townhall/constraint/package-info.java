/**
 * Constraints on Java's own value types, used across townhall's model:
 * {@link io.github.townhall.constraint.HttpUrl} on a {@link java.net.URI} and
 * {@link io.github.townhall.constraint.PositiveDuration} on a {@link java.time.Duration}; and
 * {@link io.github.townhall.constraint.PropertyRule}, the base of the validators of class-level
 * rules reported at one property, townhall's own or an application's.
 */
@NullMarked
package io.github.townhall.constraint;

import org.jspecify.annotations.NullMarked;
