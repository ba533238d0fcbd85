package io.github.townhall.deliberation;

import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A next step agreed in a session (action à mener), with its owner and due date where known.
 *
 * @param description what is to be done, not null
 * @param owner who will do it (a person or a group), or null
 * @param due when it is due, or null
 * @since 0.1
 */
public record ActionItem(
        @NotBlankText Text description,
        @SingleLine @Nullable String owner,
        @Nullable LocalDate due) {
    /**
     * Creates an action item.
     *
     * @param description what, not null
     * @param owner who, or null
     * @param due by when, or null
     */
    public ActionItem {
        Objects.requireNonNull(description, "description");
    }

    /**
     * Obtains an action item with no owner or due date.
     *
     * @param description what, not null
     * @return the item, not null
     */
    public static ActionItem of(Text description) {
        return new ActionItem(description, null, null);
    }
}
