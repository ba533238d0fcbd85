package io.github.townhall.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The baseline of JSON: the same data as plain Java records, mapped by Jackson's defaults, the
 * way a user without townhall's codecs would write them. A text is a map from language tag to
 * value (with {@code original}); a schedule, a head count and the minutes are one record each
 * with every variant's properties. The shape matches townhall's JSON so that the same document
 * is read by both.
 */
public final class PlainRecords {
    private PlainRecords() {}

    /**
     * A document.
     *
     * @param format the format
     * @param organisation the organisation
     * @param cycles the cycles
     * @param sessions the sessions
     * @param announcements the announcements
     */
    public record Archive(
            String format,
            Organisation organisation,
            @Nullable List<Cycle> cycles,
            @Nullable List<Session> sessions,
            @Nullable List<Announcement> announcements) {}

    /**
     * An organisation.
     *
     * @param id the id
     * @param name the name
     * @param shortName the short name
     * @param city the city
     * @param country the country
     * @param website the website
     * @param email the e-mail
     * @param description the description
     * @param purposes the purposes
     * @param board the board
     * @param boardChanges the board changes
     * @param projectGroups the project groups
     */
    public record Organisation(
            String id,
            String name,
            @Nullable String shortName,
            @Nullable String city,
            @Nullable String country,
            @Nullable URI website,
            @Nullable String email,
            @Nullable Map<String, String> description,
            @Nullable List<Map<String, String>> purposes,
            @Nullable List<RoleAssignment> board,
            @Nullable List<BoardChange> boardChanges,
            @Nullable List<ProjectGroup> projectGroups) {}

    /**
     * A role.
     *
     * @param role the role
     * @param title the title
     * @param holder the holder
     * @param from from
     * @param until until
     */
    public record RoleAssignment(
            String role,
            @Nullable Map<String, String> title,
            @Nullable Person holder,
            @Nullable LocalDate from,
            @Nullable LocalDate until) {}

    /**
     * A board change.
     *
     * @param description the description
     * @param assignments the assignments
     * @param authority the authority
     * @param declaration the declaration
     * @param declaredOn when declared
     */
    public record BoardChange(
            Map<String, String> description,
            @Nullable List<RoleAssignment> assignments,
            @Nullable String authority,
            String declaration,
            @Nullable LocalDate declaredOn) {}

    /**
     * A project group.
     *
     * @param id the id
     * @param name the name
     * @param description the description
     * @param referents the referents
     * @param editorial the texts written by the archive's editors
     */
    public record ProjectGroup(
            String id,
            Map<String, String> name,
            @Nullable Map<String, String> description,
            @Nullable List<RoleAssignment> referents,
            @Nullable List<String> editorial) {}

    /**
     * A cycle.
     *
     * @param id the id
     * @param organiser the organiser
     * @param title the title
     * @param place the place
     * @param description the description
     * @param website the website
     */
    public record Cycle(
            String id,
            String organiser,
            Map<String, String> title,
            @Nullable String place,
            @Nullable Map<String, String> description,
            @Nullable URI website) {}

    /**
     * A session.
     *
     * @param id the id
     * @param organisation the organisation
     * @param cycle the cycle position
     * @param format the format
     * @param status the status
     * @param visibility the visibility
     * @param schedule the schedule
     * @param title the title
     * @param questions the questions
     * @param description the description
     * @param venue the venue
     * @param registration the registration
     * @param speakers the speakers
     * @param attendance the attendance
     * @param agenda the agenda
     * @param proposals the proposals
     * @param decisions the decisions
     * @param appointments the appointments
     * @param commitments the commitments
     * @param actionItems the action items
     * @param minutes the minutes
     * @param links the links
     * @param nextSession the next session
     * @param revision the revision
     */
    public record Session(
            String id,
            String organisation,
            @Nullable CyclePosition cycle,
            @Nullable String format,
            @Nullable String status,
            @Nullable String visibility,
            Schedule schedule,
            @Nullable Map<String, String> title,
            @Nullable List<Map<String, String>> questions,
            @Nullable Map<String, String> description,
            @Nullable Venue venue,
            @Nullable Registration registration,
            @Nullable List<Speaker> speakers,
            @Nullable Attendance attendance,
            @Nullable List<AgendaItem> agenda,
            @Nullable List<Proposal> proposals,
            @Nullable List<Decision> decisions,
            @Nullable List<Appointment> appointments,
            @Nullable List<Commitment> commitments,
            @Nullable List<ActionItem> actionItems,
            @Nullable Minutes minutes,
            @Nullable List<Link> links,
            @Nullable NextSession nextSession,
            @Nullable Revision revision) {}

    /**
     * A place in a cycle.
     *
     * @param cycle the cycle
     * @param ordinal the ordinal
     */
    public record CyclePosition(String cycle, int ordinal) {}

    /**
     * A schedule, any variant.
     *
     * @param type the variant
     * @param start start
     * @param end end
     * @param zone zone
     * @param from from
     * @param to to
     */
    public record Schedule(
            String type,
            @Nullable LocalDateTime start,
            @Nullable LocalDateTime end,
            @Nullable String zone,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    /**
     * A venue.
     *
     * @param name name
     * @param room room
     * @param building building
     * @param street street
     * @param postalCode postal code
     * @param city city
     * @param country country
     * @param coordinates coordinates
     * @param onlineLink online link
     * @param accessibility accessibility features
     */
    public record Venue(
            @Nullable String name,
            @Nullable String room,
            @Nullable String building,
            @Nullable String street,
            @Nullable String postalCode,
            @Nullable String city,
            @Nullable String country,
            @Nullable GeoPoint coordinates,
            @Nullable URI onlineLink,
            @Nullable List<String> accessibility) {}

    /**
     * Coordinates.
     *
     * @param latitude latitude
     * @param longitude longitude
     */
    public record GeoPoint(double latitude, double longitude) {}

    /**
     * Registration.
     *
     * @param required required
     * @param capacity capacity
     * @param link link
     */
    public record Registration(
            boolean required,
            @Nullable Integer capacity,
            @Nullable URI link) {}

    /**
     * A speaker.
     *
     * @param person the person
     * @param role the role
     */
    public record Speaker(Person person, String role) {}

    /**
     * A person.
     *
     * @param name name
     * @param city city
     * @param title title
     * @param affiliation affiliation
     * @param background background
     */
    public record Person(
            String name,
            @Nullable String city,
            @Nullable Map<String, String> title,
            @Nullable Affiliation affiliation,
            @Nullable Map<String, String> background) {}

    /**
     * An affiliation.
     *
     * @param name name
     * @param mission mission
     */
    public record Affiliation(String name, @Nullable Map<String, String> mission) {}

    /**
     * Attendance.
     *
     * @param count count
     * @param profiles profiles
     * @param note note
     */
    public record Attendance(
            @Nullable HeadCount count,
            @Nullable List<ProfileCount> profiles,
            @Nullable Map<String, String> note) {}

    /**
     * A head count.
     *
     * @param exact exact
     * @param approximately approximately
     */
    public record HeadCount(
            @Nullable Integer exact, @Nullable Integer approximately) {}

    /**
     * A profile count.
     *
     * @param profile profile
     * @param count count
     */
    public record ProfileCount(
            Map<String, String> profile, @Nullable Integer count) {}

    /**
     * An agenda item.
     *
     * @param title title
     * @param duration duration
     * @param notes notes
     * @param items items
     */
    public record AgendaItem(
            Map<String, String> title,
            @Nullable Duration duration,
            @Nullable Map<String, String> notes,
            @Nullable List<AgendaItem> items) {}

    /**
     * A proposal.
     *
     * @param id id
     * @param kind kind
     * @param title title
     * @param questions questions
     * @param description description
     * @param status status
     */
    public record Proposal(
            String id,
            String kind,
            Map<String, String> title,
            @Nullable List<Map<String, String>> questions,
            @Nullable Map<String, String> description,
            String status) {}

    /**
     * A decision.
     *
     * @param id id
     * @param settles settles
     * @param outcome outcome
     * @param statement statement
     * @param method method
     * @param tally tally
     * @param reason reason
     * @param revisit revisit
     * @param angle angle
     */
    public record Decision(
            String id,
            @Nullable List<String> settles,
            String outcome,
            Map<String, String> statement,
            @Nullable String method,
            @Nullable VoteTally tally,
            @Nullable Map<String, String> reason,
            @Nullable Map<String, String> revisit,
            @Nullable Map<String, String> angle) {}

    /**
     * A tally.
     *
     * @param inFavour in favour
     * @param against against
     * @param abstentions abstentions
     */
    public record VoteTally(int inFavour, int against, int abstentions) {}

    /**
     * An appointment.
     *
     * @param role role
     * @param appointee appointee
     * @param projectGroup project group
     * @param note note
     */
    public record Appointment(
            Map<String, String> role,
            @Nullable Person appointee,
            @Nullable String projectGroup,
            @Nullable Map<String, String> note) {}

    /**
     * A commitment.
     *
     * @param description description
     * @param committedBy committed by
     */
    public record Commitment(
            Map<String, String> description, @Nullable Map<String, String> committedBy) {}

    /**
     * An action item.
     *
     * @param description description
     * @param owner owner
     * @param due due
     */
    public record ActionItem(
            Map<String, String> description,
            @Nullable Party owner,
            @Nullable LocalDate due) {}

    /**
     * Who acts or owns something: one of its properties is set.
     *
     * @param person a person's id
     * @param group a group's id
     * @param organisation an organisation's id
     * @param meeting the meeting itself
     * @param name a name alone
     */
    public record Party(
            @Nullable String person,
            @Nullable String group,
            @Nullable String organisation,
            @Nullable Boolean meeting,
            @Nullable String name) {}

    /**
     * Minutes, any variant.
     *
     * @param status status
     * @param note note
     * @param expectedAt expected at
     * @param text text
     * @param draftedOn drafted on
     * @param approvedOn approved on
     * @param approvedBySession approved by session
     * @param approvedByDecision approved by decision
     * @param title title
     * @param link link
     * @param publishedOn published on
     */
    public record Minutes(
            String status,
            @Nullable Map<String, String> note,
            @Nullable URI expectedAt,
            @Nullable Map<String, String> text,
            @Nullable LocalDate draftedOn,
            @Nullable LocalDate approvedOn,
            @Nullable String approvedBySession,
            @Nullable String approvedByDecision,
            @Nullable Map<String, String> title,
            @Nullable URI link,
            @Nullable LocalDate publishedOn) {}

    /**
     * A link.
     *
     * @param kind kind
     * @param title title
     * @param uri uri
     * @param description description
     */
    public record Link(
            String kind,
            @Nullable Map<String, String> title,
            @Nullable URI uri,
            @Nullable Map<String, String> description) {}

    /**
     * The next session.
     *
     * @param session session
     * @param schedule schedule
     * @param venue venue
     * @param topic topic
     */
    public record NextSession(
            @Nullable String session,
            Schedule schedule,
            @Nullable Venue venue,
            @Nullable Map<String, String> topic) {}

    /**
     * A revision.
     *
     * @param number number
     * @param created created
     * @param modified modified
     */
    public record Revision(
            int number, @Nullable Instant created, @Nullable Instant modified) {}

    /**
     * An announcement.
     *
     * @param id id
     * @param organisation organisation
     * @param date date
     * @param text text
     * @param link link
     * @param session session
     * @param channel channel
     */
    public record Announcement(
            String id,
            String organisation,
            LocalDate date,
            Map<String, String> text,
            @Nullable URI link,
            @Nullable String session,
            @Nullable String channel) {}
}
