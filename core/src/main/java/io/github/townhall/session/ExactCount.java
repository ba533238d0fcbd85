package io.github.townhall.session;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * An exact number of people ("7 personnes").
 *
 * @param value the number of people; not negative is a validation rule
 * @since 0.1
 */
public record ExactCount(@PositiveOrZero int value) implements HeadCount {}
