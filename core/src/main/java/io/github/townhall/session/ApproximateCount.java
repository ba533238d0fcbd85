package io.github.townhall.session;

/**
 * An approximate number of people ("une quinzaine" is about 15).
 *
 * @param value the approximate number of people; not negative is a validation rule
 */
public record ApproximateCount(int value) implements HeadCount {}
