package io.github.townhall.session;

import io.github.townhall.constraint.HttpUrl;
import io.github.townhall.text.Text;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Minutes announced but not yet available ("le compte-rendu sera bientôt disponible sur le site
 * de l'Institut").
 *
 * @param note what was said about them, or null
 * @param expectedAt where they will appear, or null
 * @since 0.1
 */
public record PendingMinutes(
        @Nullable Text note, @HttpUrl @Nullable URI expectedAt) implements Minutes {}
