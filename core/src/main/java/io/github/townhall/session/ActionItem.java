package io.github.townhall.session;

import io.github.townhall.id.Identifier;
import io.github.townhall.internal.ModelRecord;
import io.github.townhall.organisation.Party;
import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.Text;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A next step agreed in a session (action à mener), with its owner and due date where known, and
 * where it stands. It stays in the session that agreed it; when a later session closes or drops
 * it, the item's status changes and {@code statusChangedIn} names that later session, so that
 * {@link io.github.townhall.archive.Archive#openActionItems()} can list what is still open.
 *
 * @param description what is to be done
 * @param owner who will do it (a person, a project group, an organisation, the meeting), or null
 * @param due when it is due (not before the session), or null
 * @param status where it stands ({@link ActionStatus#OPEN} from {@link #of(Text)})
 * @param statusChangedIn the session in which the status last changed, or null when it has not
 *     changed since the item was agreed
 * @since 0.1
 */
@ModelRecord
public record ActionItem(
        @NotBlankText Text description,
        @Valid @Nullable Party owner,
        @Nullable LocalDate due,
        ActionStatus status,
        @Identifier @Nullable SessionId statusChangedIn)
        implements ActionItemBuilder.With {
    /**
     * Creates an action item.
     *
     * @param description what is to be done
     * @param owner who will do it (a person, a project group, an organisation, the meeting), or null
     * @param due when it is due (not before the session), or null
     * @param status where it stands ({@link ActionStatus#OPEN} from {@link #of(Text)})
     * @param statusChangedIn the session in which the status last changed, or null when it has not
     *     changed since the item was agreed
     * @throws NullPointerException if {@code description} or {@code status} is null
     */
    public ActionItem {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Obtains an open action item with no owner or due date.
     *
     * @param description what, not null
     * @return the item, not null
     */
    public static ActionItem of(Text description) {
        return new ActionItem(description, null, null, ActionStatus.OPEN, null);
    }

    /**
     * Returns a copy with a new status, changed in the given session.
     *
     * @param status the new status, not null
     * @param in the session in which it changed, not null
     * @return the changed copy, not null
     * @since 0.1
     */
    public ActionItem changedIn(SessionId in, ActionStatus status) {
        return new ActionItem(description, owner, due, status, Objects.requireNonNull(in, "in"));
    }
}
