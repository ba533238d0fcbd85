package io.github.townhall.html;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.session.Session;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where a page's JSON-LD comes from: the text of the one {@code <script type="application/ld+json">}
 * of the agenda, a cycle page or a session page, or null for none. Minutes pages carry none.
 *
 * <p>The text is written as given, so it must already be fit for a {@code <script>} element; a text
 * holding {@code </script} or {@code <!--} (in any case) is refused with an {@link
 * IllegalArgumentException} when the page is rendered.
 *
 * <pre>{@code
 * JsonLdSource source = JsonLdSource.of(schemaOrg::agenda, schemaOrg::cycle, schemaOrg::session);
 * }</pre>
 *
 * @since 0.1
 */
public interface JsonLdSource {
    /**
     * {@return the JSON-LD of the organisation's agenda, or null for none}
     *
     * @param archive the archive, not null
     */
    @Nullable
    String agenda(Archive archive);

    /**
     * {@return the JSON-LD of a cycle's page, or null for none}
     *
     * @param archive the archive, not null
     * @param cycle the cycle's id, not null
     */
    @Nullable
    String cycle(Archive archive, CycleId cycle);

    /**
     * {@return the JSON-LD of a session's page, or null for none} It is asked for every public
     * session's page, those with no date yet too: return null for a session the source cannot
     * describe.
     *
     * @param archive the archive, not null
     * @param session the session, not null
     */
    @Nullable
    String session(Archive archive, Session session);

    /** {@return a source that gives no JSON-LD: pages have no JSON-LD script} */
    static JsonLdSource none() {
        return of(archive -> null, (archive, cycle) -> null, (archive, session) -> null);
    }

    /**
     * Obtains a source from three functions, such as the methods of a JSON-LD writer.
     *
     * @param agenda the agenda's JSON-LD, not null
     * @param cycle a cycle's JSON-LD, not null
     * @param session a session's JSON-LD, not null
     * @return the source, not null
     * @throws NullPointerException if an argument is null
     */
    static JsonLdSource of(
            Function<Archive, @Nullable String> agenda,
            BiFunction<Archive, CycleId, @Nullable String> cycle,
            BiFunction<Archive, Session, @Nullable String> session) {
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(session, "session");
        return new JsonLdSource() {
            @Override
            public @Nullable String agenda(Archive archive) {
                return agenda.apply(archive);
            }

            @Override
            public @Nullable String cycle(Archive archive, CycleId id) {
                return cycle.apply(archive, id);
            }

            @Override
            public @Nullable String session(Archive archive, Session value) {
                return session.apply(archive, value);
            }
        };
    }
}
