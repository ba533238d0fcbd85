package io.github.townhall.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * A rule a record breaks, as the validation facade reports it.
 *
 * @param path the property path in Bean Validation form ({@code sessions[2].schedule.end})
 * @param constraint the constraint's name, or null
 * @param message the message
 */
public record Found(String path, @Nullable String constraint, String message) {}
