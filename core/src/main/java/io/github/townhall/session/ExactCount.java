package io.github.townhall.session;

/**
 * An exact number of people ("7 personnes").
 *
 * @param value the number of people; not negative is a validation rule
 */
public record ExactCount(int value) implements HeadCount {}
