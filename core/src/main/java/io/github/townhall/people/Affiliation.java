package io.github.townhall.people;

import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The organisation a person speaks for or works in, with its one-line mission where given
 * ("association Periferia – pour encourager la rencontre et l'action entre les différents acteurs").
 *
 * @param name the organisation's name, as people write it ("IRFSS Croix Rouge"), not null
 * @param mission the organisation's mission in one line, or null when not given
 * @since 0.1
 */
public record Affiliation(
        @NotBlank @SingleLine String name,
        @SingleLine @Nullable Text mission) {
    /**
     * Creates an affiliation.
     *
     * @param name the organisation's name, not null
     * @param mission its one-line mission, or null
     */
    public Affiliation {
        Objects.requireNonNull(name, "name");
    }

    /**
     * Obtains an affiliation with no mission line.
     *
     * @param name the organisation's name, not null
     * @return the affiliation, not null
     */
    public static Affiliation of(String name) {
        return new Affiliation(name, null);
    }

    /**
     * Obtains an affiliation with its mission line.
     *
     * @param name the organisation's name, not null
     * @param mission the organisation's one-line mission, not null
     * @return the affiliation, not null
     */
    public static Affiliation of(String name, Text mission) {
        return new Affiliation(name, Objects.requireNonNull(mission, "mission"));
    }
}
