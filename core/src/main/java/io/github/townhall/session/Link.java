package io.github.townhall.session;

import io.github.townhall.constraint.HttpUrl;
import io.github.townhall.id.Identifier;
import io.github.townhall.internal.ModelRecord;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A related resource or a partner event: "en résonance à la rencontre-débat organisée par le
 * Codev du Sicoval".
 *
 * <p>A link has a title, an address, or both: minutes sometimes name a page without giving its
 * address. Validation checks that an address is an absolute http or https URL.
 *
 * @param kind what the link points to, not null
 * @param title what people read, or null
 * @param uri the address, or null when the source does not give it
 * @param description a longer note, or null
 * @param organiser the organisation that runs the linked event, an entry of the archive's directory, or null
 * @since 0.1
 */
@ModelRecord
public record Link(
        LinkKind kind,
        @NotBlankText @SingleLine @Nullable Text title,
        @HttpUrl @Nullable URI uri,
        @Nullable Text description,
        @Identifier @Nullable OrganisationId organiser)
        implements LinkBuilder.With {
    /**
     * Creates a link.
     *
     * @param kind the kind, not null
     * @param title the title, or null
     * @param uri the address, or null
     * @param description a note, or null
     * @param organiser see the record
     */
    public Link {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Obtains a related link with a title.
     *
     * @param title the title, not null
     * @param uri the address, not null
     * @return the link, not null
     */
    public static Link related(Text title, URI uri) {
        return new Link(
                LinkKind.RELATED,
                Objects.requireNonNull(title, "title"),
                Objects.requireNonNull(uri, "uri"),
                null,
                null);
    }
}
