package io.github.townhall.session;

import io.github.townhall.organisation.Party;
import jakarta.validation.Valid;
import java.util.Objects;

/**
 * Who held a role in a session: chair, facilitator, secretary, timekeeper, the minutes' author or
 * approver. Distinct from the speakers (intervenants). A person is a reference to the archive's
 * register, left out of published output.
 *
 * @param role the role
 * @param holder who held it
 * @since 0.1
 */
public record SessionRole(MeetingRole role, @Valid Party holder) {
    /**
     * Creates a role.
     *
     * @param role the role
     * @param holder who held it
     * @throws NullPointerException if an argument is null
     */
    public SessionRole {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(holder, "holder");
    }

    /**
     * Obtains a role.
     *
     * @param role the role, not null
     * @param holder who held it, not null
     * @return the role, not null
     */
    public static SessionRole of(MeetingRole role, Party holder) {
        return new SessionRole(role, holder);
    }
}
