package io.github.townhall.json.internal;

import io.github.townhall.announcement.Announcement;
import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.json.JsonException;
import io.github.townhall.json.JsonProblem;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.people.Person;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.session.NextSession;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/**
 * A townhall document: {@code "format": "townhall/1.1"}, {@code "redacted": true} when written for
 * publication, then the organisation, its cycles, sessions and announcements, the directory of
 * other organisations and the register of people. Reads {@code townhall/1} and
 * {@code townhall/1.1}.
 */
public final class ArchiveCodec {
    /** The format this version writes. */
    public static final String FORMAT = "townhall/1.1";

    /** The first version of the format, still read. */
    public static final String FORMAT_1 = "townhall/1";

    private static final Pattern VERSION = Pattern.compile("townhall/([0-9]+)(?:\\.([0-9]{1,9}))?");
    private static final String WHAT = "a townhall document";
    private static final String PROPERTIES =
            "format, redacted, organisation, cycles, sessions, announcements, directory, people";

    private ArchiveCodec() {}

    /**
     * Writes a document.
     *
     * @param g the generator
     * @param archive the archive
     */
    public static void write(JsonGenerator g, Archive archive) {
        write(g, archive, false);
    }

    /**
     * Writes a document, saying whether personal data was left out of it.
     *
     * @param g the generator
     * @param archive the archive, already without personal data when {@code redacted}
     * @param redacted true to write {@code "redacted": true}
     */
    public static void write(JsonGenerator g, Archive archive, boolean redacted) {
        g.writeStartObject();
        g.writeStringProperty("format", FORMAT);
        if (redacted) {
            g.writeBooleanProperty("redacted", true);
        }
        g.writeName("organisation");
        OrganisationCodec.write(g, archive.organisation());
        Out.list(g, "cycles", archive.cycles(), CycleCodec::write);
        Out.list(g, "sessions", archive.sessions(), SessionCodec::write);
        Out.list(g, "announcements", archive.announcements(), AnnouncementCodec::write);
        Out.list(g, "directory", archive.directory(), OrganisationCodec::writeListed);
        Out.list(g, "people", archive.people(), PeopleCodec::writePerson);
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
        List<ListedOrganisation> directory = List.of();
        List<Person> people = List.of();
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "format" -> {
                    format = in.string();
                    in.version(checkVersion(in, format));
                }
                case "redacted" -> in.bool();
                case "organisation" -> organisation = OrganisationCodec.read(in);
                case "cycles" -> cycles = in.list(CycleCodec::read);
                case "sessions" -> sessions = in.list(SessionCodec::read);
                case "announcements" -> announcements = in.list(AnnouncementCodec::read);
                case "directory" -> directory = in.list(OrganisationCodec::readListed);
                case "people" -> people = in.list(PeopleCodec::readPerson);
                default -> in.unknown(property, WHAT, PROPERTIES);
            }
        }
        if (format == null) {
            throw in.invalidObject(
                    start,
                    "Missing required property \"format\": a townhall document says its version, as in"
                            + " \"format\": \"" + FORMAT + "\".");
        }
        JsonException earlierForm = in.earlierForm();
        if (in.minor() >= 1 && earlierForm != null) {
            throw earlierForm;
        }
        if (in.minor() == 0) {
            sessions = withoutCopiedNextSessions(sessions);
        }
        return Archive.builder(in.required(organisation, "organisation", WHAT, start))
                .cycles(cycles)
                .sessions(sessions)
                .announcements(announcements)
                .directory(directory)
                .people(people)
                .build();
    }

    /**
     * In {@code townhall/1}, a next session that names a session of the archive repeats its
     * schedule (required then) and often its venue. The copy is dropped so that the fact is in one
     * place: where the announced schedule differs from the record's (announced "in February", held
     * on 18 February), the session moved since, and the announced schedule joins the record's
     * earlier schedules, oldest first. A venue that differs from the record's is kept (validation
     * reports it: the document said two things).
     */
    private static List<Session> withoutCopiedNextSessions(List<Session> sessions) {
        Map<SessionId, Session> byId = new HashMap<>();
        for (Session session : sessions) {
            byId.putIfAbsent(session.id(), session);
        }
        Map<SessionId, List<Schedule>> announced = new HashMap<>();
        List<Session> out = new ArrayList<>(sessions.size());
        for (Session session : sessions) {
            NextSession next = session.nextSession();
            SessionId id = next == null ? null : next.session();
            Session named = id == null ? null : byId.get(id);
            if (next != null
                    && named != null
                    && (next.venue() == null || next.venue().equals(named.venue()))) {
                Schedule schedule = next.schedule();
                if (schedule != null && !schedule.equals(named.schedule())) {
                    announced.computeIfAbsent(id, key -> new ArrayList<>()).add(schedule);
                }
                session = session.withNextSession(new NextSession(id, null, null, next.topic()));
            }
            out.add(session);
        }
        out.replaceAll(session -> {
            List<Schedule> earlier = announced.get(session.id());
            if (earlier == null) {
                return session;
            }
            List<Schedule> all = new ArrayList<>(earlier);
            session.earlierSchedules().stream().filter(s -> !all.contains(s)).forEach(all::add);
            return session.withEarlierSchedules(all);
        });
        return out;
    }

    /**
     * Checks the format version and returns its minor version: 0 for {@code townhall/1}, 1 for
     * {@code townhall/1.1}; a later {@code townhall/1.x} is read as {@code townhall/1.1} (a strict
     * reader then refuses the properties it does not know).
     */
    private static int checkVersion(In in, String format) {
        Matcher matcher = VERSION.matcher(format);
        if (!matcher.matches()) {
            throw in.fail(
                    JsonProblem.Kind.FORMAT,
                    "\"" + format + "\" is not a townhall format version; this reader reads \"" + FORMAT_1 + "\" and \""
                            + FORMAT + "\".");
        }
        if (!matcher.group(1).equals("1")) {
            throw in.fail(
                    JsonProblem.Kind.FORMAT,
                    "This document is in format \"" + format + "\", major version " + matcher.group(1)
                            + "; this reader only understands major version 1 (\"" + FORMAT_1 + "\" and \""
                            + FORMAT + "\"). Use a townhall release that reads it.");
        }
        String minor = matcher.group(2);
        return minor == null || Integer.parseInt(minor) == 0 ? 0 : 1;
    }
}
