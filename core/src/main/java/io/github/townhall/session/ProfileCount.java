package io.github.townhall.session;

import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A kind of participant present ("travailleurs sociaux", "sociologues"), with its own count when
 * known.
 *
 * @param profile the kind of participant, not null
 * @param count how many of them, or null when not counted
 * @since 0.1
 */
public record ProfileCount(
        @NotBlankText @SingleLine Text profile,
        @PositiveOrZero @Nullable Integer count) {
    /**
     * Creates a profile count.
     *
     * @param profile the kind of participant, not null
     * @param count how many, or null
     */
    public ProfileCount {
        Objects.requireNonNull(profile, "profile");
    }

    /**
     * Obtains a profile with no count.
     *
     * @param profile the kind of participant, not null
     * @return the profile, not null
     */
    public static ProfileCount of(Text profile) {
        return new ProfileCount(profile, null);
    }

    /**
     * Obtains a profile with a count.
     *
     * @param profile the kind of participant, not null
     * @param count how many
     * @return the profile, not null
     */
    public static ProfileCount of(Text profile, int count) {
        return new ProfileCount(profile, count);
    }
}
