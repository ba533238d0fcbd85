package io.github.townhall.organisation;

import io.github.townhall.id.Identifier;
import io.github.townhall.internal.Checks;
import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A project group attached to an organisation (groupe projet), with its referents.
 *
 * @param id the group's id, not null
 * @param name the group's name, not null
 * @param description what the group is, or null
 * @param referents the group's referents (référents), not null
 * @param editorial the names of the components whose values the editor gave, not the source
 * @since 0.1
 */
public record ProjectGroup(
        @Identifier ProjectGroupId id,
        @NotBlankText @SingleLine Text name,
        @Nullable Text description,
        List<@Valid RoleAssignment> referents,
        List<@NotBlank String> editorial) {
    /**
     * Creates a project group; the referents are copied.
     *
     * @param id the id, not null
     * @param name the name, not null
     * @param description a description, or null
     * @param referents the referents, not null, no null element
     * @param editorial see the record
     */
    public ProjectGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        referents = Checks.copy(referents, "referents");
        editorial = Checks.copy(editorial, "editorial");
    }
}
