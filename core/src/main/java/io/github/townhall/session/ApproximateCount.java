package io.github.townhall.session;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * An approximate number of people ("une quinzaine" is about 15).
 *
 * @param value the approximate number of people; not negative is a validation rule
 * @since 0.1
 */
public record ApproximateCount(@PositiveOrZero int value) implements HeadCount {}
