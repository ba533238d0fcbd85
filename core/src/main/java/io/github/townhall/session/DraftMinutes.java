package io.github.townhall.session;

import io.github.townhall.text.Text;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Minutes written but not yet approved.
 *
 * @param text the draft, or null when kept elsewhere
 * @param draftedOn when the draft was written, or null
 * @since 0.1
 */
public record DraftMinutes(@Nullable Text text, @Nullable LocalDate draftedOn) implements Minutes {}
