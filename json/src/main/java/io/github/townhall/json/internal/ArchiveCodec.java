package io.github.townhall.json.internal;

import io.github.townhall.announcement.Announcement;
import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.json.JsonProblem;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.session.Session;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/**
 * A townhall document: {@code "format": "townhall/1"}, then the organisation, its cycles, sessions
 * and announcements.
 */
public final class ArchiveCodec {
    /** The format this version writes. */
    public static final String FORMAT = "townhall/1";

    private static final Pattern VERSION = Pattern.compile("townhall/([0-9]+)(?:\\.[0-9]+)?");
    private static final String WHAT = "a townhall document";
    private static final String PROPERTIES = "format, organisation, cycles, sessions, announcements";

    private ArchiveCodec() {}

    /**
     * Writes a document.
     *
     * @param g the generator
     * @param archive the archive
     */
    public static void write(JsonGenerator g, Archive archive) {
        g.writeStartObject();
        g.writeStringProperty("format", FORMAT);
        g.writeName("organisation");
        OrganisationCodec.write(g, archive.organisation());
        Out.list(g, "cycles", archive.cycles(), CycleCodec::write);
        Out.list(g, "sessions", archive.sessions(), SessionCodec::write);
        Out.list(g, "announcements", archive.announcements(), AnnouncementCodec::write);
        g.writeEndObject();
    }

    /**
     * Reads a document.
     *
     * @param in the cursor
     * @return the archive
     */
    public static Archive read(In in) {
        TokenStreamLocation start = in.beginObject(WHAT);
        String format = null;
        Organisation organisation = null;
        List<Cycle> cycles = List.of();
        List<Session> sessions = List.of();
        List<Announcement> announcements = List.of();
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "format" -> {
                    format = in.string();
                    checkVersion(in, format);
                }
                case "organisation" -> organisation = OrganisationCodec.read(in);
                case "cycles" -> cycles = in.list(CycleCodec::read);
                case "sessions" -> sessions = in.list(SessionCodec::read);
                case "announcements" -> announcements = in.list(AnnouncementCodec::read);
                default -> in.unknown(property, WHAT, PROPERTIES);
            }
        }
        if (format == null) {
            throw in.invalidObject(
                    start,
                    "Missing required property \"format\": a townhall document says its version, as in"
                            + " \"format\": \"" + FORMAT + "\".");
        }
        return Archive.builder(in.required(organisation, "organisation", WHAT, start))
                .cycles(cycles)
                .sessions(sessions)
                .announcements(announcements)
                .build();
    }

    private static void checkVersion(In in, String format) {
        Matcher matcher = VERSION.matcher(format);
        if (!matcher.matches()) {
            throw in.fail(
                    JsonProblem.Kind.FORMAT,
                    "\"" + format + "\" is not a townhall format version; this reader reads \"" + FORMAT + "\".");
        }
        if (!matcher.group(1).equals("1")) {
            throw in.fail(
                    JsonProblem.Kind.FORMAT,
                    "This document is in format \"" + format + "\", major version " + matcher.group(1)
                            + "; this reader only understands major version 1 (\"" + FORMAT
                            + "\"). Use a townhall release that reads it.");
        }
    }
}
