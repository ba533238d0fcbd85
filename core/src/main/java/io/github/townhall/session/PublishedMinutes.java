package io.github.townhall.session;

import io.github.townhall.constraint.HttpUrl;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Minutes made public (publié); validation requires a link or a text.
 *
 * @param title the minutes' title ("Compte-rendu de la rencontre du 5 décembre 2017"), or null
 * @param link where they are published, or null
 * @param publishedOn when, or null
 * @param text the minutes themselves, or null
 * @since 0.1
 */
@PublishedMinutesContent
public record PublishedMinutes(
        @SingleLine @Nullable Text title,
        @HttpUrl @Nullable URI link,
        @Nullable LocalDate publishedOn,
        @Nullable Text text)
        implements Minutes {}
