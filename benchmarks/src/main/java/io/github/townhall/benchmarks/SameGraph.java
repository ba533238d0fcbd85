package io.github.townhall.benchmarks;

import io.github.townhall.benchmarks.SameGraphConstraints.AgendaWithinSession;
import io.github.townhall.benchmarks.SameGraphConstraints.AttendeesMatchCount;
import io.github.townhall.benchmarks.SameGraphConstraints.CancelledWithoutAttendance;
import io.github.townhall.benchmarks.SameGraphConstraints.DateSetWhenScheduled;
import io.github.townhall.benchmarks.SameGraphConstraints.DecisionsSettleOwnProposals;
import io.github.townhall.benchmarks.SameGraphConstraints.DueNotBeforeSession;
import io.github.townhall.benchmarks.SameGraphConstraints.EndAfterStart;
import io.github.townhall.benchmarks.SameGraphConstraints.ExistingLocalTime;
import io.github.townhall.benchmarks.SameGraphConstraints.HeldOnKnownDate;
import io.github.townhall.benchmarks.SameGraphConstraints.HttpUrl;
import io.github.townhall.benchmarks.SameGraphConstraints.Identifier;
import io.github.townhall.benchmarks.SameGraphConstraints.NextSessionLater;
import io.github.townhall.benchmarks.SameGraphConstraints.NotBlankText;
import io.github.townhall.benchmarks.SameGraphConstraints.PositiveDuration;
import io.github.townhall.benchmarks.SameGraphConstraints.ProfilesWithinTotal;
import io.github.townhall.benchmarks.SameGraphConstraints.PublishedMinutesContent;
import io.github.townhall.benchmarks.SameGraphConstraints.SelectedProposalsSettled;
import io.github.townhall.benchmarks.SameGraphConstraints.ShorterThanADay;
import io.github.townhall.benchmarks.SameGraphConstraints.SingleLine;
import io.github.townhall.benchmarks.SameGraphConstraints.TallyWithinAttendance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The baseline of validation on the same object graph: plain Java classes with fields, shaped
 * like townhall's session as townhall validates it today, for bare Hibernate Validator. The same
 * objects (a session, its schedule, venue, speakers and their people and affiliations,
 * attendance and head count, nested agenda items, proposals, decisions and tallies, appointments,
 * commitments, action items, minutes, links, next session, registration, revision, cycle
 * position), the same cascade ({@code @Valid} on the same fields and container elements), and
 * the same constraints: Jakarta's own where townhall uses them, the small equivalents of
 * {@link SameGraphConstraints} where townhall has its own, class-level ones included. Texts are
 * values checked in place (not cascaded), ids plain strings, as in townhall.
 *
 * <p>Filled from a townhall session by {@link SameGraphMapping}; never built by hand.
 */
public final class SameGraph {
    private SameGraph() {}

    /** A session: townhall's {@code Session}, with its seven class-level rules. */
    @HeldOnKnownDate
    @CancelledWithoutAttendance
    @DecisionsSettleOwnProposals
    @SelectedProposalsSettled
    @TallyWithinAttendance
    @NextSessionLater
    @AgendaWithinSession
    @DateSetWhenScheduled
    @DueNotBeforeSession
    public static final class Session {
        @Identifier
        String id;

        @Identifier
        String organisation;

        @Valid
        Schedule schedule;

        @Valid
        @Nullable
        CyclePosition cycle;

        SessionFormat format;
        SessionStatus status;
        Visibility visibility;

        @NotBlankText
        @SingleLine
        @Nullable
        Text title;

        List<@NotBlankText @SingleLine Text> questions;

        @Nullable
        Text description;

        @Valid
        @Nullable
        Venue venue;

        List<@Valid Speaker> speakers;

        @Valid
        @Nullable
        Attendance attendance;

        List<@Valid AgendaItem> agenda;
        List<@Valid Proposal> proposals;
        List<@Valid Decision> decisions;
        List<@Valid Appointment> appointments;
        List<@Valid Commitment> commitments;
        List<@Valid ActionItem> actionItems;

        @Valid
        Minutes minutes;

        List<@Valid Link> links;

        @Valid
        @Nullable
        NextSession nextSession;

        @Valid
        @Nullable
        Registration registration;

        @Valid
        Revision revision;

        List<@Identifier String> partners = List.of();
        List<@NotBlankText @SingleLine Text> topics = List.of();
        List<@NotBlankText Text> objectives = List.of();
        List<@Valid NamedParty> roles = List.of();

        @Valid
        @Nullable
        Practical practical;

        List<@Valid Schedule> earlierSchedules = List.of();
        List<@NotBlank String> editorial = List.of();

        Session(String id, String organisation, Schedule schedule) {
            this.id = id;
            this.organisation = organisation;
            this.schedule = schedule;
        }
    }

    /** A text people read: its original language and every language's value, in order. */
    public static final class Text {
        final Locale originalLanguage;
        final Map<Locale, String> values;

        Text(Locale originalLanguage, Map<Locale, String> values) {
            this.originalLanguage = originalLanguage;
            this.values = values;
        }

        @Override
        public String toString() {
            return values.get(originalLanguage);
        }
    }

    /** When a session takes place: exact, open-ended or tentative. */
    public interface Schedule {
        /**
         * Returns the first day the session may take place.
         *
         * @return the day, not null
         */
        LocalDate firstDay();

        /**
         * Returns the exact start, when known.
         *
         * @return the start, or null for a tentative schedule
         */
        @Nullable
        ZonedDateTime exactStart();
    }

    /** An exact schedule: start and end in a zone. */
    @EndAfterStart
    @ShorterThanADay
    @ExistingLocalTime
    public static final class ExactSchedule implements Schedule {
        final LocalDateTime start;
        final LocalDateTime end;
        final ZoneId zone;

        ExactSchedule(LocalDateTime start, LocalDateTime end, ZoneId zone) {
            this.start = start;
            this.end = end;
            this.zone = zone;
        }

        ZonedDateTime zonedStart() {
            return ZonedDateTime.of(start, zone);
        }

        ZonedDateTime zonedEnd() {
            return ZonedDateTime.of(end, zone);
        }

        Duration duration() {
            return Duration.between(zonedStart(), zonedEnd());
        }

        @Override
        public LocalDate firstDay() {
            return start.toLocalDate();
        }

        @Override
        public ZonedDateTime exactStart() {
            return zonedStart();
        }
    }

    /** An open-ended schedule: a start in a zone, no end. */
    @ExistingLocalTime
    public static final class OpenEndedSchedule implements Schedule {
        final LocalDateTime start;
        final ZoneId zone;

        OpenEndedSchedule(LocalDateTime start, ZoneId zone) {
            this.start = start;
            this.zone = zone;
        }

        @Override
        public LocalDate firstDay() {
            return start.toLocalDate();
        }

        @Override
        public ZonedDateTime exactStart() {
            return ZonedDateTime.of(start, zone);
        }
    }

    /** A tentative schedule: a range of days. */
    @EndAfterStart
    public static final class TentativeSchedule implements Schedule {
        final LocalDate from;
        final LocalDate to;

        TentativeSchedule(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public LocalDate firstDay() {
            return from;
        }

        @Override
        public @Nullable ZonedDateTime exactStart() {
            return null;
        }
    }

    /** A session's place in a cycle. */
    public static final class CyclePosition {
        final @Identifier String cycle;
        final @Positive int ordinal;

        CyclePosition(String cycle, int ordinal) {
            this.cycle = cycle;
            this.ordinal = ordinal;
        }
    }

    /** A venue: address lines, coordinates, online link. */
    public static final class Venue {
        @SingleLine
        @Nullable
        String name;

        @SingleLine
        @Nullable
        String room;

        @SingleLine
        @Nullable
        String building;

        @SingleLine
        @Nullable
        String street;

        @SingleLine
        @Nullable
        String postalCode;

        @SingleLine
        @Nullable
        String city;

        @SingleLine
        @Nullable
        String country;

        @Nullable
        GeoPoint coordinates;

        @HttpUrl
        @Nullable
        URI onlineLink;

        @Identifier
        @Nullable
        String organisation;
    }

    /** Coordinates (not validated, as in townhall). */
    public static final class GeoPoint {
        final double latitude;
        final double longitude;

        GeoPoint(double latitude, double longitude) {
            this.latitude = latitude;
            this.longitude = longitude;
        }
    }

    /** A speaker: a person and a role. */
    public static final class Speaker {
        final @Valid Person person;
        final SpeakerRole role;
        final @Identifier @Nullable String organisation;

        Speaker(Person person, SpeakerRole role, @Nullable String organisation) {
            this.person = person;
            this.role = role;
            this.organisation = organisation;
        }
    }

    /** A person. */
    public static final class Person {
        @NotBlank
        @SingleLine
        String name;

        @SingleLine
        @Nullable
        String city;

        @NotBlankText
        @SingleLine
        @Nullable
        Text title;

        @Valid
        @Nullable
        Affiliation affiliation;

        @Nullable
        Text background;

        @Identifier
        @Nullable
        String id;

        Person(String name) {
            this.name = name;
        }
    }

    /** A person's affiliation. */
    public static final class Affiliation {
        final @NotBlank @SingleLine String name;
        final @SingleLine @Nullable Text mission;

        Affiliation(String name, @Nullable Text mission) {
            this.name = name;
            this.mission = mission;
        }
    }

    /** Who came, with a profile-count rule. */
    @ProfilesWithinTotal
    @AttendeesMatchCount
    public static final class Attendance {
        final @Valid @Nullable HeadCount count;
        final List<@Valid ProfileCount> profiles;
        final @Nullable Text note;
        final List<@Identifier String> attendees = List.of();

        Attendance(@Nullable HeadCount count, List<ProfileCount> profiles, @Nullable Text note) {
            this.count = count;
            this.profiles = profiles;
            this.note = note;
        }
    }

    /** A head count, exact or approximate. */
    public interface HeadCount {
        /**
         * Returns how many people.
         *
         * @return the count
         */
        int value();
    }

    /** An exact head count. */
    public static final class ExactCount implements HeadCount {
        final @PositiveOrZero int value;

        ExactCount(int value) {
            this.value = value;
        }

        @Override
        public int value() {
            return value;
        }
    }

    /** An approximate head count. */
    public static final class ApproximateCount implements HeadCount {
        final @PositiveOrZero int value;

        ApproximateCount(int value) {
            this.value = value;
        }

        @Override
        public int value() {
            return value;
        }
    }

    /** How many people of a profile came. */
    public static final class ProfileCount {
        final @NotBlankText @SingleLine Text profile;
        final @PositiveOrZero @Nullable Integer count;

        ProfileCount(Text profile, @Nullable Integer count) {
            this.profile = profile;
            this.count = count;
        }
    }

    /** An agenda item, with nested items. */
    @AgendaWithinSession
    public static final class AgendaItem {
        final @NotBlankText @SingleLine Text title;
        final @PositiveDuration @Nullable Duration duration;
        final @Nullable Text notes;
        final List<@Valid AgendaItem> items;

        AgendaItem(Text title, @Nullable Duration duration, @Nullable Text notes, List<AgendaItem> items) {
            this.title = title;
            this.duration = duration;
            this.notes = notes;
            this.items = items;
        }
    }

    /** A proposal. */
    public static final class Proposal {
        final @Identifier String id;
        final ProposalKind kind;
        final @NotBlankText @SingleLine Text title;
        final List<@NotBlankText @SingleLine Text> questions;
        final @Nullable Text description;
        final ProposalStatus status;
        final @Valid @Nullable NamedParty proposedBy = null;

        Proposal(
                String id,
                ProposalKind kind,
                Text title,
                List<Text> questions,
                @Nullable Text description,
                ProposalStatus status) {
            this.id = id;
            this.kind = kind;
            this.title = title;
            this.questions = questions;
            this.description = description;
            this.status = status;
        }
    }

    /** A decision. */
    public static final class Decision {
        @Identifier
        String id;

        DecisionOutcome outcome;

        @NotBlankText
        Text statement;

        List<@Identifier String> settles;

        @Nullable
        DecisionMethod method;

        @Valid
        @Nullable
        VoteTally tally;

        @Nullable
        Text reason;

        @Nullable
        Text revisit;

        @Nullable
        Text angle;

        Decision(String id, DecisionOutcome outcome, Text statement) {
            this.id = id;
            this.outcome = outcome;
            this.statement = statement;
            this.settles = List.of();
        }
    }

    /** A vote tally. */
    public static final class VoteTally {
        final @PositiveOrZero int inFavour;
        final @PositiveOrZero int against;
        final @PositiveOrZero int abstentions;

        VoteTally(int inFavour, int against, int abstentions) {
            this.inFavour = inFavour;
            this.against = against;
            this.abstentions = abstentions;
        }

        long total() {
            return (long) inFavour + against + abstentions;
        }
    }

    /** An appointment. */
    public static final class Appointment {
        final @NotBlankText @SingleLine Text role;
        final @Valid @Nullable Person appointee;
        final @Identifier @Nullable String projectGroup;
        final @Nullable Text note;
        final @Valid @Nullable NamedParty appointedBy = null;

        Appointment(Text role, @Nullable Person appointee, @Nullable String projectGroup, @Nullable Text note) {
            this.role = role;
            this.appointee = appointee;
            this.projectGroup = projectGroup;
            this.note = note;
        }
    }

    /** A commitment. */
    public static final class Commitment {
        final @NotBlankText Text description;
        final @SingleLine @Nullable Text committedBy;

        Commitment(Text description, @Nullable Text committedBy) {
            this.description = description;
            this.committedBy = committedBy;
        }
    }

    /** An action item. */
    public static final class ActionItem {
        final @NotBlankText Text description;
        final @Valid @Nullable NamedParty owner;
        final @Nullable LocalDate due;
        final @Identifier @Nullable String statusChangedIn = null;

        ActionItem(Text description, @Nullable NamedParty owner, @Nullable LocalDate due) {
            this.description = description;
            this.owner = owner;
            this.due = due;
        }
    }

    /** Practical details: no constraint of their own on the benchmark's sessions, which have none. */
    public static final class Practical {
        Practical() {}
    }

    /** Who did something, known by name. */
    public static final class NamedParty {
        final @NotBlank @SingleLine String name;

        NamedParty(String name) {
            this.name = name;
        }
    }

    /** The minutes and where they stand. */
    public interface Minutes {}

    /** No minutes. */
    public static final class NoMinutes implements Minutes {
        NoMinutes() {}
    }

    /** Minutes expected. */
    public static final class PendingMinutes implements Minutes {
        final @Nullable Text note;
        final @HttpUrl @Nullable URI expectedAt;

        PendingMinutes(@Nullable Text note, @Nullable URI expectedAt) {
            this.note = note;
            this.expectedAt = expectedAt;
        }
    }

    /** Draft minutes. */
    public static final class DraftMinutes implements Minutes {
        final @Nullable Text text;
        final @Nullable LocalDate draftedOn;

        DraftMinutes(@Nullable Text text, @Nullable LocalDate draftedOn) {
            this.text = text;
            this.draftedOn = draftedOn;
        }
    }

    /** Approved minutes. */
    public static final class ApprovedMinutes implements Minutes {
        final @Nullable Text text;
        final @Nullable LocalDate approvedOn;
        final @Identifier @Nullable String approvedBySession;
        final @Identifier @Nullable String approvedByDecision;

        ApprovedMinutes(
                @Nullable Text text,
                @Nullable LocalDate approvedOn,
                @Nullable String approvedBySession,
                @Nullable String approvedByDecision) {
            this.text = text;
            this.approvedOn = approvedOn;
            this.approvedBySession = approvedBySession;
            this.approvedByDecision = approvedByDecision;
        }
    }

    /** Published minutes, with a link or a text. */
    @PublishedMinutesContent
    public static final class PublishedMinutes implements Minutes {
        final @SingleLine @Nullable Text title;
        final @HttpUrl @Nullable URI link;
        final @Nullable LocalDate publishedOn;
        final @Nullable Text text;

        PublishedMinutes(
                @Nullable Text title, @Nullable URI link, @Nullable LocalDate publishedOn, @Nullable Text text) {
            this.title = title;
            this.link = link;
            this.publishedOn = publishedOn;
            this.text = text;
        }
    }

    /** A related resource or partner event. */
    public static final class Link {
        final LinkKind kind;
        final @NotBlankText @SingleLine @Nullable Text title;
        final @HttpUrl @Nullable URI uri;
        final @Nullable Text description;
        final @Identifier @Nullable String organiser = null;

        Link(LinkKind kind, @Nullable Text title, @Nullable URI uri, @Nullable Text description) {
            this.kind = kind;
            this.title = title;
            this.uri = uri;
            this.description = description;
        }
    }

    /** The next session as announced. */
    public static final class NextSession {
        final @Identifier @Nullable String session;
        final @Valid Schedule schedule;
        final @Valid @Nullable Venue venue;
        final @SingleLine @Nullable Text topic;

        NextSession(@Nullable String session, Schedule schedule, @Nullable Venue venue, @Nullable Text topic) {
            this.session = session;
            this.schedule = schedule;
            this.venue = venue;
            this.topic = topic;
        }
    }

    /** How to register. */
    public static final class Registration {
        final boolean required;
        final @Positive @Nullable Integer capacity;
        final @HttpUrl @Nullable URI link;

        Registration(boolean required, @Nullable Integer capacity, @Nullable URI link) {
            this.required = required;
            this.capacity = capacity;
            this.link = link;
        }
    }

    /** A revision. */
    public static final class Revision {
        final @PositiveOrZero int number;
        final @Nullable Instant created;
        final @Nullable Instant modified;

        Revision(int number, @Nullable Instant created, @Nullable Instant modified) {
            this.number = number;
            this.created = created;
            this.modified = modified;
        }
    }

    /** The kind of gathering. */
    public enum SessionFormat {
        /** A working meeting. */
        WORKING_MEETING,
        /** A debate evening. */
        DEBATE_EVENING,
        /** A thematic workshop. */
        THEMATIC_WORKSHOP,
        /** A network meeting. */
        NETWORK_MEETING,
        /** A founding meeting. */
        FOUNDING_MEETING,
        /** Anything else. */
        OTHER
    }

    /** Where a session stands. */
    public enum SessionStatus {
        /** Planned. */
        PLANNED,
        /** Scheduled. */
        SCHEDULED,
        /** Held. */
        HELD,
        /** Postponed. */
        POSTPONED,
        /** Cancelled. */
        CANCELLED
    }

    /** Who may see a session. */
    public enum Visibility {
        /** Everyone. */
        PUBLIC,
        /** Members only. */
        MEMBERS_ONLY
    }

    /** A speaker's role. */
    public enum SpeakerRole {
        /** Speaker. */
        SPEAKER,
        /** Moderator. */
        MODERATOR,
        /** Witness. */
        WITNESS,
        /** Facilitator. */
        FACILITATOR
    }

    /** The kind of a link. */
    public enum LinkKind {
        /** Related. */
        RELATED,
        /** Partner event. */
        PARTNER_EVENT,
        /** Document. */
        DOCUMENT,
        /** Media. */
        MEDIA
    }

    /** How a decision was taken. */
    public enum DecisionMethod {
        /** Consensus. */
        CONSENSUS,
        /** Show of hands. */
        SHOW_OF_HANDS,
        /** Majority vote. */
        MAJORITY_VOTE,
        /** Unanimity. */
        UNANIMITY,
        /** Ballot. */
        BALLOT
    }

    /** What a decision did. */
    public enum DecisionOutcome {
        /** Adopted. */
        ADOPTED,
        /** Chosen. */
        CHOSEN,
        /** Set aside. */
        SET_ASIDE,
        /** Rejected. */
        REJECTED
    }

    /** The kind of a proposal. */
    public enum ProposalKind {
        /** A theme. */
        THEME,
        /** An action. */
        ACTION
    }

    /** Where a proposal stands. */
    public enum ProposalStatus {
        /** Proposed. */
        PROPOSED,
        /** Selected. */
        SELECTED,
        /** Set aside. */
        SET_ASIDE,
        /** Rejected. */
        REJECTED,
        /** Withdrawn. */
        WITHDRAWN
    }
}
