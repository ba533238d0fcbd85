package io.github.townhall.session;

import io.github.townhall.constraint.PositiveDuration;
import io.github.townhall.internal.Checks;
import io.github.townhall.internal.ModelRecord;
import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One item of a session's agenda (ordre du jour), with an optional duration, a note of what was
 * said and nested sub-items.
 *
 * <pre>{@code
 * AgendaItem item = AgendaItem.of(Text.fr("Les soirées-débat"))
 *         .withDuration(Duration.ofMinutes(30))
 *         .withItems(List.of(AgendaItem.of(Text.fr("Choix de la thématique"))));
 * }</pre>
 *
 * @param title what the item is about, not null
 * @param duration the time planned or spent, or null
 * @param notes what was said, or null
 * @param items the sub-items, in order, not null
 * @since 0.1
 */
@AgendaWithinSession
@ModelRecord
public record AgendaItem(
        @NotBlankText @SingleLine Text title,
        @PositiveDuration @Nullable Duration duration,
        @Nullable Text notes,
        List<@Valid AgendaItem> items)
        implements AgendaItemBuilder.With {
    /**
     * Creates an agenda item; the sub-items are copied.
     *
     * @param title the title, not null
     * @param duration the duration, or null
     * @param notes the notes, or null
     * @param items the sub-items, not null, no null element
     */
    public AgendaItem {
        Objects.requireNonNull(title, "title");
        items = Checks.copy(items, "items");
    }

    /**
     * Obtains an item with a title only.
     *
     * @param title the title, not null
     * @return the item, not null
     */
    public static AgendaItem of(Text title) {
        return new AgendaItem(title, null, null, List.of());
    }
}
