package io.github.townhall.json.internal;

import io.github.townhall.cycle.CycleId;
import io.github.townhall.json.JsonProblem;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.Party;
import io.github.townhall.people.PersonId;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.session.AgendaItem;
import io.github.townhall.session.ApproximateCount;
import io.github.townhall.session.Attendance;
import io.github.townhall.session.Attendee;
import io.github.townhall.session.AttendeeStatus;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.ExactCount;
import io.github.townhall.session.HeadCount;
import io.github.townhall.session.Link;
import io.github.townhall.session.LinkKind;
import io.github.townhall.session.MeetingRole;
import io.github.townhall.session.Minutes;
import io.github.townhall.session.NextSession;
import io.github.townhall.session.ProfileCount;
import io.github.townhall.session.Registration;
import io.github.townhall.session.Revision;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionBuilder;
import io.github.townhall.session.SessionFormat;
import io.github.townhall.session.SessionId;
import io.github.townhall.session.SessionRole;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.session.Speaker;
import io.github.townhall.session.SpeakerRole;
import io.github.townhall.session.Visibility;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/** Sessions and their parts. */
public final class SessionCodec {
    static final EnumNames<SessionFormat> FORMATS = EnumNames.of(SessionFormat.class);
    static final EnumNames<SessionStatus> STATUSES = EnumNames.of(SessionStatus.class);
    static final EnumNames<Visibility> VISIBILITIES = EnumNames.of(Visibility.class);
    static final EnumNames<SpeakerRole> SPEAKER_ROLES = EnumNames.of(SpeakerRole.class);
    static final EnumNames<LinkKind> LINK_KINDS = EnumNames.of(LinkKind.class);
    static final EnumNames<MeetingRole> MEETING_ROLES = EnumNames.of(MeetingRole.class);
    static final EnumNames<AttendeeStatus> ATTENDEE_STATUSES = EnumNames.of(AttendeeStatus.class);

    private static final String SESSION = "a session";
    private static final String SESSION_PROPERTIES = "id, organisation, cycle, format, status, visibility,"
            + " schedule, title, questions, description, venue, registration, speakers, attendance, agenda,"
            + " proposals, decisions, appointments, commitments, actionItems, minutes, links, nextSession,"
            + " revision, partners, topics, objectives, roles, practical, earlierSchedules, editorial";
    private static final String POSITION = "a cycle position";
    private static final String POSITION_PROPERTIES = "cycle, ordinal";
    private static final String SPEAKER = "a speaker";
    private static final String SPEAKER_PROPERTIES = "person, role, organisation";
    private static final String ATTENDANCE = "an attendance";
    private static final String ATTENDANCE_PROPERTIES = "count, profiles, note, attendees";
    private static final String COUNT = "a head count";
    private static final String COUNT_PROPERTIES = "exact, approximately";
    private static final String PROFILE = "a profile count";
    private static final String PROFILE_PROPERTIES = "profile, count";
    private static final String ITEM = "an agenda item";
    private static final String ITEM_PROPERTIES = "title, duration, notes, items";
    private static final String LINK = "a link";
    private static final String LINK_PROPERTIES = "kind, title, uri, description, organiser";
    private static final String NEXT = "a next session";
    private static final String NEXT_PROPERTIES = "session, schedule, venue, topic";
    private static final String REGISTRATION = "a registration";
    private static final String REGISTRATION_PROPERTIES = "required, capacity, link";
    private static final String REVISION = "a revision";
    private static final String REVISION_PROPERTIES = "number, created, modified";
    private static final String ROLE = "a meeting role";
    private static final String ROLE_PROPERTIES = "role, holder";
    private static final String ATTENDEE = "an attendee";
    private static final String ATTENDEE_PROPERTIES = "person, status";

    private SessionCodec() {}

    /**
     * Writes a session; the defaults (format other, status scheduled, visibility public, no
     * minutes, revision 0) are left out.
     *
     * @param g the generator
     * @param session the session
     */
    public static void write(JsonGenerator g, Session session) {
        g.writeStartObject();
        g.writeStringProperty("id", session.id().value());
        g.writeStringProperty("organisation", session.organisation().value());
        Out.object(g, "cycle", session.cycle(), SessionCodec::writePosition);
        if (session.format() != SessionFormat.OTHER) {
            g.writeStringProperty("format", FORMATS.name(session.format()));
        }
        if (session.status() != SessionStatus.SCHEDULED) {
            g.writeStringProperty("status", STATUSES.name(session.status()));
        }
        if (session.visibility() != Visibility.PUBLIC) {
            g.writeStringProperty("visibility", VISIBILITIES.name(session.visibility()));
        }
        g.writeName("schedule");
        ScheduleCodec.write(g, session.schedule());
        Out.text(g, "title", session.title());
        Out.texts(g, "questions", session.questions());
        Out.text(g, "description", session.description());
        Out.object(g, "venue", session.venue(), PlaceCodec::writeVenue);
        Out.object(g, "registration", session.registration(), SessionCodec::writeRegistration);
        Out.list(g, "speakers", session.speakers(), SessionCodec::writeSpeaker);
        Out.object(g, "attendance", session.attendance(), SessionCodec::writeAttendance);
        Out.list(g, "agenda", session.agenda(), SessionCodec::writeItem);
        Out.list(g, "proposals", session.proposals(), DeliberationCodec::writeProposal);
        Out.list(g, "decisions", session.decisions(), DeliberationCodec::writeDecision);
        Out.list(g, "appointments", session.appointments(), DeliberationCodec::writeAppointment);
        Out.list(g, "commitments", session.commitments(), DeliberationCodec::writeCommitment);
        Out.list(g, "actionItems", session.actionItems(), DeliberationCodec::writeAction);
        if (!session.minutes().equals(Minutes.none())) {
            g.writeName("minutes");
            MinutesCodec.write(g, session.minutes());
        }
        Out.list(g, "links", session.links(), SessionCodec::writeLink);
        Out.object(g, "nextSession", session.nextSession(), SessionCodec::writeNext);
        if (!session.revision().equals(Revision.initial())) {
            g.writeName("revision");
            writeRevision(g, session.revision());
        }
        Out.list(g, "partners", session.partners(), PartyCodec::writePartnership);
        Out.texts(g, "topics", session.topics());
        Out.texts(g, "objectives", session.objectives());
        Out.list(g, "roles", session.roles(), SessionCodec::writeRole);
        Out.object(g, "practical", session.practical(), PracticalCodec::write);
        Out.list(g, "earlierSchedules", session.earlierSchedules(), ScheduleCodec::write);
        Out.strings(g, "editorial", session.editorial());
        g.writeEndObject();
    }

    /**
     * Reads a session.
     *
     * @param in the cursor
     * @return the session
     */
    public static Session read(In in) {
        TokenStreamLocation start = in.beginObject(SESSION);
        String id = null;
        String organisation = null;
        Schedule schedule = null;
        SessionBuilder session = Session.builder(); // the model's defaults, which write leaves out
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "id" -> id = in.string();
                case "organisation" -> organisation = in.string();
                case "cycle" -> session.cycle(readPosition(in));
                case "format" -> session.format(in.enumeration(FORMATS));
                case "status" -> session.status(in.enumeration(STATUSES));
                case "visibility" -> session.visibility(in.enumeration(VISIBILITIES));
                case "schedule" -> schedule = ScheduleCodec.read(in);
                case "title" -> session.title(TextCodec.read(in));
                case "questions" -> session.questions(in.list(TextCodec::read));
                case "description" -> session.description(TextCodec.read(in));
                case "venue" -> session.venue(PlaceCodec.readVenue(in));
                case "registration" -> session.registration(readRegistration(in));
                case "speakers" -> session.speakers(in.list(SessionCodec::readSpeaker));
                case "attendance" -> session.attendance(readAttendance(in));
                case "agenda" -> session.agenda(in.list(SessionCodec::readItem));
                case "proposals" -> session.proposals(in.list(DeliberationCodec::readProposal));
                case "decisions" -> session.decisions(in.list(DeliberationCodec::readDecision));
                case "appointments" -> session.appointments(in.list(DeliberationCodec::readAppointment));
                case "commitments" -> session.commitments(in.list(DeliberationCodec::readCommitment));
                case "actionItems" -> session.actionItems(in.list(DeliberationCodec::readAction));
                case "minutes" -> session.minutes(MinutesCodec.read(in));
                case "links" -> session.links(in.list(SessionCodec::readLink));
                case "nextSession" -> session.nextSession(readNext(in));
                case "revision" -> session.revision(readRevision(in));
                case "partners" -> session.partners(in.list(PartyCodec::readPartnership));
                case "topics" -> session.topics(in.list(TextCodec::read));
                case "objectives" -> session.objectives(in.list(TextCodec::read));
                case "roles" -> session.roles(in.list(SessionCodec::readRole));
                case "practical" -> session.practical(PracticalCodec.read(in));
                case "earlierSchedules" -> session.earlierSchedules(in.list(ScheduleCodec::read));
                case "editorial" -> session.editorial(in.list(In::string));
                default -> in.unknown(property, SESSION, SESSION_PROPERTIES);
            }
        }
        return session.id(SessionId.of(in.required(id, "id", SESSION, start)))
                .organisation(OrganisationId.of(in.required(organisation, "organisation", SESSION, start)))
                .schedule(in.required(schedule, "schedule", SESSION, start))
                .build();
    }

    /**
     * Writes one part of a session.
     *
     * @param g the generator
     * @param position the value
     */
    public static void writePosition(JsonGenerator g, CyclePosition position) {
        g.writeStartObject();
        g.writeStringProperty("cycle", position.cycle().value());
        g.writeNumberProperty("ordinal", position.ordinal());
        g.writeEndObject();
    }

    /**
     * Reads one part of a session.
     *
     * @param in the cursor
     * @return the value
     */
    public static CyclePosition readPosition(In in) {
        TokenStreamLocation start = in.beginObject(POSITION);
        String cycle = null;
        Integer ordinal = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "cycle" -> cycle = in.string();
                case "ordinal" -> ordinal = in.integer();
                default -> in.unknown(property, POSITION, POSITION_PROPERTIES);
            }
        }
        return new CyclePosition(
                CycleId.of(in.required(cycle, "cycle", POSITION, start)),
                in.required(ordinal, "ordinal", POSITION, start));
    }

    /**
     * Writes one part of a session.
     *
     * @param g the generator
     * @param speaker the value
     */
    public static void writeSpeaker(JsonGenerator g, Speaker speaker) {
        g.writeStartObject();
        g.writeName("person");
        PeopleCodec.writePerson(g, speaker.person());
        g.writeStringProperty("role", SPEAKER_ROLES.name(speaker.role()));
        Out.string(g, "organisation", speaker.organisation());
        g.writeEndObject();
    }

    /**
     * Reads one part of a session.
     *
     * @param in the cursor
     * @return the value
     */
    public static Speaker readSpeaker(In in) {
        TokenStreamLocation start = in.beginObject(SPEAKER);
        io.github.townhall.people.Person person = null;
        SpeakerRole role = null;
        OrganisationId organisation = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "person" -> person = PeopleCodec.readPerson(in);
                case "role" -> role = in.enumeration(SPEAKER_ROLES);
                case "organisation" -> organisation = OrganisationId.of(in.string());
                default -> in.unknown(property, SPEAKER, SPEAKER_PROPERTIES);
            }
        }
        return new Speaker(
                in.required(person, "person", SPEAKER, start), in.required(role, "role", SPEAKER, start), organisation);
    }

    /**
     * Writes one part of a session.
     *
     * @param g the generator
     * @param attendance the value
     */
    public static void writeAttendance(JsonGenerator g, Attendance attendance) {
        g.writeStartObject();
        Out.object(g, "count", attendance.count(), SessionCodec::writeCount);
        Out.list(g, "profiles", attendance.profiles(), SessionCodec::writeProfile);
        Out.text(g, "note", attendance.note());
        Out.list(g, "attendees", attendance.attendees(), SessionCodec::writeAttendee);
        g.writeEndObject();
    }

    /**
     * Reads one part of a session.
     *
     * @param in the cursor
     * @return the value
     */
    public static Attendance readAttendance(In in) {
        in.beginObject(ATTENDANCE);
        HeadCount count = null;
        List<ProfileCount> profiles = List.of();
        Text note = null;
        List<Attendee> attendees = List.of();
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "count" -> count = readCount(in);
                case "attendees" -> attendees = in.list(SessionCodec::readAttendee);
                case "profiles" -> profiles = in.list(SessionCodec::readProfile);
                case "note" -> note = TextCodec.read(in);
                default -> in.unknown(property, ATTENDANCE, ATTENDANCE_PROPERTIES);
            }
        }
        return new Attendance(count, profiles, note, attendees);
    }

    /**
     * Writes one part of a session.
     *
     * @param g the generator
     * @param count the value
     */
    public static void writeCount(JsonGenerator g, HeadCount count) {
        g.writeStartObject();
        // Java 17 has no pattern matching for switch: the sealed interface has exactly these two.
        g.writeNumberProperty(count instanceof ExactCount ? "exact" : "approximately", count.value());
        g.writeEndObject();
    }

    /**
     * Reads one part of a session.
     *
     * @param in the cursor
     * @return the value
     */
    public static HeadCount readCount(In in) {
        TokenStreamLocation start = in.beginObject(COUNT);
        HeadCount count = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "exact", "approximately" -> {
                    if (count != null) {
                        throw in.fail(
                                JsonProblem.Kind.FORMAT,
                                "A head count is either \"exact\" or \"approximately\", not both.");
                    }
                    int value = in.integer();
                    count = property.equals("exact") ? new ExactCount(value) : new ApproximateCount(value);
                }
                default -> in.unknown(property, COUNT, COUNT_PROPERTIES);
            }
        }
        if (count == null) {
            throw in.invalidObject(start, "A head count has \"exact\" or \"approximately\".");
        }
        return count;
    }

    /**
     * Writes one part of a session.
     *
     * @param g the generator
     * @param profile the value
     */
    public static void writeProfile(JsonGenerator g, ProfileCount profile) {
        g.writeStartObject();
        Out.text(g, "profile", profile.profile());
        Out.integer(g, "count", profile.count());
        g.writeEndObject();
    }

    /**
     * Reads one part of a session.
     *
     * @param in the cursor
     * @return the value
     */
    public static ProfileCount readProfile(In in) {
        TokenStreamLocation start = in.beginObject(PROFILE);
        Text profile = null;
        Integer count = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "profile" -> profile = TextCodec.read(in);
                case "count" -> count = in.integer();
                default -> in.unknown(property, PROFILE, PROFILE_PROPERTIES);
            }
        }
        return new ProfileCount(in.required(profile, "profile", PROFILE, start), count);
    }

    /**
     * Writes one part of a session.
     *
     * @param g the generator
     * @param item the value
     */
    public static void writeItem(JsonGenerator g, AgendaItem item) {
        g.writeStartObject();
        Out.text(g, "title", item.title());
        Out.string(g, "duration", item.duration());
        Out.text(g, "notes", item.notes());
        Out.list(g, "items", item.items(), SessionCodec::writeItem);
        g.writeEndObject();
    }

    /**
     * Reads one part of a session.
     *
     * @param in the cursor
     * @return the value
     */
    public static AgendaItem readItem(In in) {
        TokenStreamLocation start = in.beginObject(ITEM);
        Text title = null;
        Duration duration = null;
        Text notes = null;
        List<AgendaItem> items = List.of();
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "title" -> title = TextCodec.read(in);
                case "duration" -> duration = in.duration();
                case "notes" -> notes = TextCodec.read(in);
                case "items" -> items = in.list(SessionCodec::readItem);
                default -> in.unknown(property, ITEM, ITEM_PROPERTIES);
            }
        }
        return new AgendaItem(in.required(title, "title", ITEM, start), duration, notes, items);
    }

    /**
     * Writes one part of a session.
     *
     * @param g the generator
     * @param link the value
     */
    public static void writeLink(JsonGenerator g, Link link) {
        g.writeStartObject();
        g.writeStringProperty("kind", LINK_KINDS.name(link.kind()));
        Out.text(g, "title", link.title());
        Out.string(g, "uri", link.uri());
        Out.text(g, "description", link.description());
        Out.string(g, "organiser", link.organiser());
        g.writeEndObject();
    }

    /**
     * Reads one part of a session.
     *
     * @param in the cursor
     * @return the value
     */
    public static Link readLink(In in) {
        TokenStreamLocation start = in.beginObject(LINK);
        LinkKind kind = null;
        Text title = null;
        URI uri = null;
        Text description = null;
        OrganisationId organiser = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "kind" -> kind = in.enumeration(LINK_KINDS);
                case "organiser" -> organiser = OrganisationId.of(in.string());
                case "title" -> title = TextCodec.read(in);
                case "uri" -> uri = in.uri();
                case "description" -> description = TextCodec.read(in);
                default -> in.unknown(property, LINK, LINK_PROPERTIES);
            }
        }
        return new Link(in.required(kind, "kind", LINK, start), title, uri, description, organiser);
    }

    /**
     * Writes one part of a session.
     *
     * @param g the generator
     * @param next the value
     */
    public static void writeNext(JsonGenerator g, NextSession next) {
        g.writeStartObject();
        Out.string(g, "session", next.session());
        Out.object(g, "schedule", next.schedule(), ScheduleCodec::write);
        Out.object(g, "venue", next.venue(), PlaceCodec::writeVenue);
        Out.text(g, "topic", next.topic());
        g.writeEndObject();
    }

    /**
     * Reads one part of a session.
     *
     * @param in the cursor
     * @return the value
     */
    public static NextSession readNext(In in) {
        TokenStreamLocation start = in.beginObject(NEXT);
        String session = null;
        Schedule schedule = null;
        Venue venue = null;
        Text topic = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "session" -> session = in.string();
                case "schedule" -> schedule = ScheduleCodec.read(in);
                case "venue" -> venue = PlaceCodec.readVenue(in);
                case "topic" -> topic = TextCodec.read(in);
                default -> in.unknown(property, NEXT, NEXT_PROPERTIES);
            }
        }
        if (session == null && schedule == null) {
            throw in.invalidObject(
                    start, "A next session has \"session\" (the id of its record), \"schedule\", or both.");
        }
        return new NextSession(session == null ? null : SessionId.of(session), schedule, venue, topic);
    }

    /**
     * Writes one part of a session.
     *
     * @param g the generator
     * @param registration the value
     */
    public static void writeRegistration(JsonGenerator g, Registration registration) {
        g.writeStartObject();
        g.writeBooleanProperty("required", registration.required());
        Out.integer(g, "capacity", registration.capacity());
        Out.string(g, "link", registration.link());
        g.writeEndObject();
    }

    /**
     * Reads one part of a session.
     *
     * @param in the cursor
     * @return the value
     */
    public static Registration readRegistration(In in) {
        TokenStreamLocation start = in.beginObject(REGISTRATION);
        Boolean required = null;
        Integer capacity = null;
        URI link = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "required" -> required = in.bool();
                case "capacity" -> capacity = in.integer();
                case "link" -> link = in.uri();
                default -> in.unknown(property, REGISTRATION, REGISTRATION_PROPERTIES);
            }
        }
        return new Registration(in.required(required, "required", REGISTRATION, start), capacity, link);
    }

    /**
     * Writes one part of a session.
     *
     * @param g the generator
     * @param revision the value
     */
    public static void writeRevision(JsonGenerator g, Revision revision) {
        g.writeStartObject();
        g.writeNumberProperty("number", revision.number());
        Out.string(g, "created", revision.created());
        Out.string(g, "modified", revision.modified());
        g.writeEndObject();
    }

    /**
     * Reads one part of a session.
     *
     * @param in the cursor
     * @return the value
     */
    public static Revision readRevision(In in) {
        TokenStreamLocation start = in.beginObject(REVISION);
        Integer number = null;
        Instant created = null;
        Instant modified = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "number" -> number = in.integer();
                case "created" -> created = in.instant();
                case "modified" -> modified = in.instant();
                default -> in.unknown(property, REVISION, REVISION_PROPERTIES);
            }
        }
        return new Revision(in.required(number, "number", REVISION, start), created, modified);
    }

    /**
     * Writes one part of a session.
     *
     * @param g the generator
     * @param role the value
     */
    public static void writeRole(JsonGenerator g, SessionRole role) {
        g.writeStartObject();
        g.writeStringProperty("role", MEETING_ROLES.name(role.role()));
        g.writeName("holder");
        PartyCodec.writeParty(g, role.holder());
        g.writeEndObject();
    }

    /**
     * Reads one part of a session.
     *
     * @param in the cursor
     * @return the value
     */
    public static SessionRole readRole(In in) {
        TokenStreamLocation start = in.beginObject(ROLE);
        MeetingRole role = null;
        Party holder = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "role" -> role = in.enumeration(MEETING_ROLES);
                case "holder" -> holder = PartyCodec.readParty(in);
                default -> in.unknown(property, ROLE, ROLE_PROPERTIES);
            }
        }
        return new SessionRole(in.required(role, "role", ROLE, start), in.required(holder, "holder", ROLE, start));
    }

    /**
     * Writes one part of a session.
     *
     * @param g the generator
     * @param attendee the value
     */
    public static void writeAttendee(JsonGenerator g, Attendee attendee) {
        g.writeStartObject();
        g.writeStringProperty("person", attendee.person().value());
        g.writeStringProperty("status", ATTENDEE_STATUSES.name(attendee.status()));
        g.writeEndObject();
    }

    /**
     * Reads one part of a session.
     *
     * @param in the cursor
     * @return the value
     */
    public static Attendee readAttendee(In in) {
        TokenStreamLocation start = in.beginObject(ATTENDEE);
        String person = null;
        AttendeeStatus status = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "person" -> person = in.string();
                case "status" -> status = in.enumeration(ATTENDEE_STATUSES);
                default -> in.unknown(property, ATTENDEE, ATTENDEE_PROPERTIES);
            }
        }
        return new Attendee(
                PersonId.of(in.required(person, "person", ATTENDEE, start)),
                in.required(status, "status", ATTENDEE, start));
    }
}
