package io.github.townhall.organisation;

import io.github.townhall.internal.Checks;
import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A change of an organisation's board and its declaration to the authority that must know of it:
 * "les démarches à suivre auprès de la Préfecture pour modifier le bureau de l'association".
 *
 * @param description what changes, not null
 * @param assignments the new role assignments, when known, not null
 * @param authority who it must be declared to ("Préfecture"), or null
 * @param declaration whether it has been declared, not null
 * @param declaredOn when it was declared, or null
 * @since 0.1
 */
public record BoardChange(
        @NotBlankText Text description,
        List<@Valid RoleAssignment> assignments,
        @SingleLine @Nullable String authority,
        DeclarationStatus declaration,
        @Nullable LocalDate declaredOn) {
    /**
     * Creates a board change; the assignments are copied.
     *
     * @param description what changes, not null
     * @param assignments the new assignments, not null, no null element
     * @param authority to whom it is declared, or null
     * @param declaration the declaration status, not null
     * @param declaredOn when declared, or null
     */
    public BoardChange {
        Objects.requireNonNull(description, "description");
        assignments = Checks.copy(assignments, "assignments");
        Objects.requireNonNull(declaration, "declaration");
    }

    /**
     * Obtains a change still to be declared to an authority.
     *
     * @param description what changes, not null
     * @param authority to whom, not null
     * @return the change, {@link DeclarationStatus#PENDING}, not null
     */
    public static BoardChange pending(Text description, String authority) {
        return new BoardChange(
                description,
                List.of(),
                Objects.requireNonNull(authority, "authority"),
                DeclarationStatus.PENDING,
                null);
    }
}
