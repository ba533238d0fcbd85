package io.github.townhall.deliberation;

import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A commitment made in a session: "une présence continue aux réunions sur la base d'un roulement
 * (une personne par projet)".
 *
 * @param description what was committed to, not null
 * @param committedBy who committed ("les étudiants du Master DPDIMP"), or null
 * @since 0.1
 */
public record Commitment(
        @NotBlankText Text description,
        @SingleLine @Nullable Text committedBy) {
    /**
     * Creates a commitment.
     *
     * @param description what, not null
     * @param committedBy who, or null
     */
    public Commitment {
        Objects.requireNonNull(description, "description");
    }
}
