package io.github.townhall.jsonld;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.jsonld.internal.LdWriter;
import io.github.townhall.jsonld.internal.Readiness;
import io.github.townhall.jsonld.internal.TextWriter;
import io.github.townhall.session.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes schema.org JSON-LD for a site's pages: a session's {@code Event}, a cycle's {@code
 * EventSeries}, an organisation's agenda as an {@code ItemList} of {@code Event}s. Each document is
 * compact JSON (one line, no final newline), starts with {@code "@context": "https://schema.org"},
 * and is safe to paste inside {@code <script type="application/ld+json">}: {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 are written as escapes (<code>&#92;u003C</code>), so no text of a record
 * can close the element. The same records and options always give the same characters.
 *
 * <pre>{@code
 * SchemaOrg schema = SchemaOrg.of(JsonLdOptions.of(SiteUrls.of(URI.create("https://idc.example.org/")), Locale.FRENCH));
 * String event = schema.session(archive, session);   // {"@context":"https://schema.org","@type":"Event",...}
 * String series = schema.cycle(archive, cycle.id());
 * String agenda = schema.agenda(archive);
 * SchemaOrg.readiness(archive, session).forEach(System.err::println);
 * }</pre>
 *
 * <p>What is written, and what is not, is described in the {@linkplain io.github.townhall.jsonld
 * package documentation}. Only public, dated sessions are listed in a cycle's {@code subEvent}
 * and in the agenda; an undated session is not an {@code Event} at all.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SchemaOrg {
    private final JsonLdOptions options;

    private SchemaOrg(JsonLdOptions options) {
        this.options = options;
    }

    /**
     * Obtains a writer.
     *
     * @param options the site's addresses and the language wanted, not null
     * @return the writer, not null
     * @throws NullPointerException if {@code options} is null
     */
    public static SchemaOrg of(JsonLdOptions options) {
        return new SchemaOrg(Objects.requireNonNull(options, "options"));
    }

    /** {@return the options, not null} */
    public JsonLdOptions options() {
        return options;
    }

    /**
     * Writes a session's {@code Event} document. A members-only session is written too (for its
     * own page) but without its online link; it is left out of cycles and agendas.
     *
     * @param archive the archive the session belongs to: its organisation organises it, its
     *     directory names partners and speakers' organisations, not null
     * @param session the session, dated, not null
     * @return the JSON-LD, not null
     * @throws IllegalArgumentException if the session is undated: it is not an {@code Event}
     * @throws NullPointerException if an argument is null
     */
    public String session(Archive archive, Session session) {
        TextWriter out = new TextWriter(2048);
        session(archive, session, out);
        return out.toString();
    }

    /**
     * Writes a session's {@code Event} document to a writer, which is flushed and not closed.
     *
     * @param archive the archive the session belongs to, not null
     * @param session the session, dated, not null
     * @param out where to write, not null
     * @throws IllegalArgumentException if the session is undated: it is not an {@code Event}
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if the writer fails
     */
    public void session(Archive archive, Session session, Writer out) {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(out, "out");
        if (!LdWriter.isEvent(session)) {
            throw new IllegalArgumentException("Session " + session.id().value()
                    + " has no date yet (Schedule.undated()), so it is not an Event: set its date before writing"
                    + " its JSON-LD");
        }
        write(archive, out, writer -> writer.sessionDocument(session));
    }

    /**
     * Writes a cycle's {@code EventSeries} document, with the {@code Event} of each of its public,
     * dated sessions as a {@code subEvent}, in the cycle's order.
     *
     * @param archive the archive holding the cycle and its sessions, not null
     * @param cycle the cycle's id, not null
     * @return the JSON-LD, not null
     * @throws IllegalArgumentException if the archive has no cycle with that id
     * @throws NullPointerException if an argument is null
     */
    public String cycle(Archive archive, CycleId cycle) {
        TextWriter out = new TextWriter(8192);
        cycle(archive, cycle, out);
        return out.toString();
    }

    /**
     * Writes a cycle's {@code EventSeries} document to a writer, which is flushed and not closed.
     *
     * @param archive the archive holding the cycle and its sessions, not null
     * @param cycle the cycle's id, not null
     * @param out where to write, not null
     * @throws IllegalArgumentException if the archive has no cycle with that id
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if the writer fails
     */
    public void cycle(Archive archive, CycleId cycle, Writer out) {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(out, "out");
        Cycle found = archive.cycle(cycle);
        if (found == null) {
            StringJoiner known = new StringJoiner(", ");
            archive.cycles().forEach(each -> known.add(each.id().value()));
            throw new IllegalArgumentException("No cycle " + cycle.value() + " in the archive of "
                    + archive.organisation().id().value() + "; its cycles are: "
                    + (known.length() == 0 ? "none" : known));
        }
        write(archive, out, writer -> writer.cycleDocument(found));
    }

    /**
     * Writes the organisation's agenda: an {@code ItemList} whose {@code ListItem}s hold the {@code
     * Event} of each public, dated session of the archive (past ones included), by date.
     *
     * @param archive the archive, not null
     * @return the JSON-LD, not null
     * @throws NullPointerException if {@code archive} is null
     */
    public String agenda(Archive archive) {
        TextWriter out = new TextWriter(1024
                + 1100
                        * Math.min(
                                Objects.requireNonNull(archive, "archive")
                                        .sessions()
                                        .size(),
                                4096));
        agenda(archive, out);
        return out.toString();
    }

    /**
     * Writes the organisation's agenda to a writer, which is flushed and not closed.
     *
     * @param archive the archive, not null
     * @param out where to write, not null
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if the writer fails
     */
    public void agenda(Archive archive, Writer out) {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(out, "out");
        write(archive, out, LdWriter::agendaDocument);
    }

    /**
     * Lists the reasons a session's {@code Event} would not qualify for Google's event results
     * (a missing name, date, start time, location or address), or would not show as an event
     * people can come to (members only, cancelled, postponed), each with a sentence for editors.
     *
     * @param archive the archive the session belongs to, not null
     * @param session the session, not null
     * @return the problems, in the order of {@link ReadinessReason}; empty when the session is
     *     ready
     * @throws NullPointerException if an argument is null
     */
    public static List<ReadinessProblem> readiness(Archive archive, Session session) {
        Objects.requireNonNull(archive, "archive");
        return Readiness.of(Objects.requireNonNull(session, "session"));
    }

    private void write(Archive archive, Writer out, Consumer<LdWriter> document) {
        try (JsonGenerator generator = LdWriter.generator(out)) {
            document.accept(new LdWriter(generator, archive, options.urls(), options.language()));
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("Could not write the JSON-LD: " + io.getMessage(), io);
            }
            throw new IllegalStateException("Could not write the JSON-LD: " + e.getOriginalMessage(), e);
        }
    }

    /** {@return {@code SchemaOrg[options]}, not null} */
    @Override
    public String toString() {
        return "SchemaOrg[" + options + "]";
    }
}
