package io.github.townhall.session;

import io.github.townhall.deliberation.ActionItem;
import io.github.townhall.deliberation.Appointment;
import io.github.townhall.deliberation.Commitment;
import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.internal.Checks;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.text.Text;
import io.github.townhall.validation.AgendaWithinSession;
import io.github.townhall.validation.CancelledWithoutAttendance;
import io.github.townhall.validation.DecisionsSettleOwnProposals;
import io.github.townhall.validation.HeldOnKnownDate;
import io.github.townhall.validation.Identifier;
import io.github.townhall.validation.NextSessionLater;
import io.github.townhall.validation.NotBlankText;
import io.github.townhall.validation.SelectedProposalsSettled;
import io.github.townhall.validation.SingleLine;
import io.github.townhall.validation.TallyWithinAttendance;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A session (séance, rencontre, soirée-débat): one gathering of an organisation, with its
 * schedule, venue, speakers, attendance, agenda, proposals, decisions and minutes.
 *
 * <pre>{@code
 * ZoneId paris = ZoneId.of("Europe/Paris");
 * Session second = Session.builder(SessionId.of("toulouse-2"), OrganisationId.of("idc"),
 *                 ExactSchedule.of(LocalDate.of(2016, 2, 18), LocalTime.of(18, 0), LocalTime.of(20, 0), paris))
 *         .cycle(CyclePosition.of(CycleId.of("toulouse"), 2))
 *         .format(SessionFormat.NETWORK_MEETING)
 *         .status(SessionStatus.HELD)
 *         .addQuestion(Text.fr("Prendre part aux décisions sur un budget public, est-ce réellement possible ?"))
 *         .venue(Venue.builder().name("Centre social Partage Faourette").street("rue de l'Ukraine").build())
 *         .addSpeaker(Speaker.of(Person.of("Patrick Bodart")))
 *         .build();
 * }</pre>
 *
 * <p>Constructors check structure only (required parts present, lists copied). Business rules,
 * such as an end after the start or a held session with an exact date, are Bean Validation
 * constraints, so that a session with several mistakes can be built and then reported in full.
 *
 * <p>Defaults: format {@link SessionFormat#OTHER}, status {@link SessionStatus#SCHEDULED},
 * visibility {@link Visibility#PUBLIC}, {@linkplain Minutes#none() no minutes},
 * {@linkplain Revision#initial() revision 0}. This class is immutable and thread-safe.
 */
@HeldOnKnownDate
@CancelledWithoutAttendance
@DecisionsSettleOwnProposals
@SelectedProposalsSettled
@TallyWithinAttendance
@NextSessionLater
@AgendaWithinSession
public final class Session {
    private final @Identifier SessionId id;
    private final @Identifier OrganisationId organisation;
    private final @Valid Schedule schedule;
    private final @Valid @Nullable CyclePosition cycle;
    private final SessionFormat format;
    private final SessionStatus status;
    private final Visibility visibility;
    private final @NotBlankText @SingleLine @Nullable Text title;
    private final List<@NotBlankText @SingleLine Text> questions;
    private final @Nullable Text description;
    private final @Valid @Nullable Venue venue;
    private final List<@Valid Speaker> speakers;
    private final @Valid @Nullable Attendance attendance;
    private final List<@Valid AgendaItem> agenda;
    private final List<@Valid Proposal> proposals;
    private final List<@Valid Decision> decisions;
    private final List<@Valid Appointment> appointments;
    private final List<@Valid Commitment> commitments;
    private final List<@Valid ActionItem> actionItems;
    private final @Valid Minutes minutes;
    private final List<@Valid Link> links;
    private final @Valid @Nullable NextSession nextSession;
    private final @Valid @Nullable Registration registration;
    private final @Valid Revision revision;

    private Session(Builder builder) {
        this.id = Objects.requireNonNull(builder.id, "id");
        this.organisation = Objects.requireNonNull(builder.organisation, "organisation");
        this.schedule = Objects.requireNonNull(builder.schedule, "schedule");
        this.cycle = builder.cycle;
        this.format = Objects.requireNonNull(builder.format, "format");
        this.status = Objects.requireNonNull(builder.status, "status");
        this.visibility = Objects.requireNonNull(builder.visibility, "visibility");
        this.title = builder.title;
        this.questions = Checks.copy(builder.questions, "questions");
        this.description = builder.description;
        this.venue = builder.venue;
        this.speakers = Checks.copy(builder.speakers, "speakers");
        this.attendance = builder.attendance;
        this.agenda = Checks.copy(builder.agenda, "agenda");
        this.proposals = Checks.copy(builder.proposals, "proposals");
        this.decisions = Checks.copy(builder.decisions, "decisions");
        this.appointments = Checks.copy(builder.appointments, "appointments");
        this.commitments = Checks.copy(builder.commitments, "commitments");
        this.actionItems = Checks.copy(builder.actionItems, "actionItems");
        this.minutes = Objects.requireNonNull(builder.minutes, "minutes");
        this.links = Checks.copy(builder.links, "links");
        this.nextSession = builder.nextSession;
        this.registration = builder.registration;
        this.revision = Objects.requireNonNull(builder.revision, "revision");
    }

    /**
     * Starts building a {@link Session}.
     *
     * @param id the session's stable id, not null
     * @param organisation the organisation that holds the session, not null
     * @param schedule when the session takes place, not null
     * @return a new builder, not null
     */
    public static Builder builder(SessionId id, OrganisationId organisation, Schedule schedule) {
        return new Builder(id, organisation, schedule);
    }

    /**
     * Returns a builder holding every value of this session, to change some of them.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, organisation, schedule);
        builder.cycle = cycle;
        builder.format = format;
        builder.status = status;
        builder.visibility = visibility;
        builder.title = title;
        builder.questions = new ArrayList<>(questions);
        builder.description = description;
        builder.venue = venue;
        builder.speakers = new ArrayList<>(speakers);
        builder.attendance = attendance;
        builder.agenda = new ArrayList<>(agenda);
        builder.proposals = new ArrayList<>(proposals);
        builder.decisions = new ArrayList<>(decisions);
        builder.appointments = new ArrayList<>(appointments);
        builder.commitments = new ArrayList<>(commitments);
        builder.actionItems = new ArrayList<>(actionItems);
        builder.minutes = minutes;
        builder.links = new ArrayList<>(links);
        builder.nextSession = nextSession;
        builder.registration = registration;
        builder.revision = revision;
        return builder;
    }

    /**
     * Returns the session's stable id.
     *
     * @return the value, not null
     */
    public SessionId id() {
        return id;
    }

    /**
     * Returns the organisation that holds the session.
     *
     * @return the value, not null
     */
    public OrganisationId organisation() {
        return organisation;
    }

    /**
     * Returns when the session takes place.
     *
     * @return the value, not null
     */
    public Schedule schedule() {
        return schedule;
    }

    /**
     * Returns the session's place in a cycle.
     *
     * @return the value, or empty
     */
    public Optional<CyclePosition> cycle() {
        return Optional.ofNullable(cycle);
    }

    /**
     * Returns the kind of gathering.
     *
     * @return the value, not null
     */
    public SessionFormat format() {
        return format;
    }

    /**
     * Returns where the session stands.
     *
     * @return the value, not null
     */
    public SessionStatus status() {
        return status;
    }

    /**
     * Returns who may see the session.
     *
     * @return the value, not null
     */
    public Visibility visibility() {
        return visibility;
    }

    /**
     * Returns the title.
     *
     * @return the value, or empty
     */
    public Optional<Text> title() {
        return Optional.ofNullable(title);
    }

    /**
     * Returns the guiding questions, the main one first.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<Text> questions() {
        return questions;
    }

    /**
     * Returns the free description.
     *
     * @return the value, or empty
     */
    public Optional<Text> description() {
        return Optional.ofNullable(description);
    }

    /**
     * Returns where the session takes place.
     *
     * @return the value, or empty
     */
    public Optional<Venue> venue() {
        return Optional.ofNullable(venue);
    }

    /**
     * Returns the speakers (intervenants) and their roles.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<Speaker> speakers() {
        return speakers;
    }

    /**
     * Returns who came.
     *
     * @return the value, or empty
     */
    public Optional<Attendance> attendance() {
        return Optional.ofNullable(attendance);
    }

    /**
     * Returns the agenda (ordre du jour).
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<AgendaItem> agenda() {
        return agenda;
    }

    /**
     * Returns the proposals put forward.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<Proposal> proposals() {
        return proposals;
    }

    /**
     * Returns the decisions taken.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<Decision> decisions() {
        return decisions;
    }

    /**
     * Returns the appointments made.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<Appointment> appointments() {
        return appointments;
    }

    /**
     * Returns the commitments made.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<Commitment> commitments() {
        return commitments;
    }

    /**
     * Returns the next steps agreed.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<ActionItem> actionItems() {
        return actionItems;
    }

    /**
     * Returns the minutes (compte-rendu) and where they stand.
     *
     * @return the value, not null
     */
    public Minutes minutes() {
        return minutes;
    }

    /**
     * Returns the related resources and partner events.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<Link> links() {
        return links;
    }

    /**
     * Returns the next session as announced in this one.
     *
     * @return the value, or empty
     */
    public Optional<NextSession> nextSession() {
        return Optional.ofNullable(nextSession);
    }

    /**
     * Returns how to register, when people must.
     *
     * @return the value, or empty
     */
    public Optional<Registration> registration() {
        return Optional.ofNullable(registration);
    }

    /**
     * Returns the revision.
     *
     * @return the value, not null
     */
    public Revision revision() {
        return revision;
    }

    /**
     * Returns the main guiding question, the first of {@link #questions()}.
     *
     * @return the guiding question, or empty
     */
    public Optional<Text> guidingQuestion() {
        return questions.isEmpty() ? Optional.empty() : Optional.of(questions.get(0));
    }

    /**
     * Returns what people call the session: its title, else its guiding question.
     *
     * @return the title or the guiding question, or empty when it has neither
     */
    public Optional<Text> label() {
        return title != null ? Optional.of(title) : guidingQuestion();
    }

    /**
     * Returns a copy at the next revision, changed at the given instant: call it whenever a
     * published session changes, so that subscribed calendars take the change.
     *
     * @param at when the change was made, not null
     * @return a copy with the next revision, not null
     */
    public Session revised(Instant at) {
        return withRevision(revision.next(at));
    }

    /**
     * Returns a copy with another value for the session's stable id.
     *
     * @param id the new value, not null
     * @return a copy, not null
     */
    public Session withId(SessionId id) {
        Builder builder = toBuilder();
        builder.id = Objects.requireNonNull(id, "id");
        return builder.build();
    }

    /**
     * Returns a copy with another value for the organisation that holds the session.
     *
     * @param organisation the new value, not null
     * @return a copy, not null
     */
    public Session withOrganisation(OrganisationId organisation) {
        Builder builder = toBuilder();
        builder.organisation = Objects.requireNonNull(organisation, "organisation");
        return builder.build();
    }

    /**
     * Returns a copy with another value for when the session takes place.
     *
     * @param schedule the new value, not null
     * @return a copy, not null
     */
    public Session withSchedule(Schedule schedule) {
        Builder builder = toBuilder();
        builder.schedule = Objects.requireNonNull(schedule, "schedule");
        return builder.build();
    }

    /**
     * Returns a copy with another value for the session's place in a cycle.
     *
     * @param cycle the new value, or null for none
     * @return a copy, not null
     */
    public Session withCycle(@Nullable CyclePosition cycle) {
        return toBuilder().cycle(cycle).build();
    }

    /**
     * Returns a copy with another value for the kind of gathering.
     *
     * @param format the new value, not null
     * @return a copy, not null
     */
    public Session withFormat(SessionFormat format) {
        return toBuilder().format(format).build();
    }

    /**
     * Returns a copy with another value for where the session stands.
     *
     * @param status the new value, not null
     * @return a copy, not null
     */
    public Session withStatus(SessionStatus status) {
        return toBuilder().status(status).build();
    }

    /**
     * Returns a copy with another value for who may see the session.
     *
     * @param visibility the new value, not null
     * @return a copy, not null
     */
    public Session withVisibility(Visibility visibility) {
        return toBuilder().visibility(visibility).build();
    }

    /**
     * Returns a copy with another value for the title.
     *
     * @param title the new value, or null for none
     * @return a copy, not null
     */
    public Session withTitle(@Nullable Text title) {
        return toBuilder().title(title).build();
    }

    /**
     * Returns a copy with other guiding questions, the main one first.
     *
     * @param questions the new values, not null, no null element
     * @return a copy, not null
     */
    public Session withQuestions(Collection<? extends Text> questions) {
        return toBuilder().questions(questions).build();
    }

    /**
     * Returns a copy with another value for the free description.
     *
     * @param description the new value, or null for none
     * @return a copy, not null
     */
    public Session withDescription(@Nullable Text description) {
        return toBuilder().description(description).build();
    }

    /**
     * Returns a copy with another value for where the session takes place.
     *
     * @param venue the new value, or null for none
     * @return a copy, not null
     */
    public Session withVenue(@Nullable Venue venue) {
        return toBuilder().venue(venue).build();
    }

    /**
     * Returns a copy with other speakers (intervenants) and their roles.
     *
     * @param speakers the new values, not null, no null element
     * @return a copy, not null
     */
    public Session withSpeakers(Collection<? extends Speaker> speakers) {
        return toBuilder().speakers(speakers).build();
    }

    /**
     * Returns a copy with another value for who came.
     *
     * @param attendance the new value, or null for none
     * @return a copy, not null
     */
    public Session withAttendance(@Nullable Attendance attendance) {
        return toBuilder().attendance(attendance).build();
    }

    /**
     * Returns a copy with other agenda (ordre du jour).
     *
     * @param agenda the new values, not null, no null element
     * @return a copy, not null
     */
    public Session withAgenda(Collection<? extends AgendaItem> agenda) {
        return toBuilder().agenda(agenda).build();
    }

    /**
     * Returns a copy with other proposals put forward.
     *
     * @param proposals the new values, not null, no null element
     * @return a copy, not null
     */
    public Session withProposals(Collection<? extends Proposal> proposals) {
        return toBuilder().proposals(proposals).build();
    }

    /**
     * Returns a copy with other decisions taken.
     *
     * @param decisions the new values, not null, no null element
     * @return a copy, not null
     */
    public Session withDecisions(Collection<? extends Decision> decisions) {
        return toBuilder().decisions(decisions).build();
    }

    /**
     * Returns a copy with other appointments made.
     *
     * @param appointments the new values, not null, no null element
     * @return a copy, not null
     */
    public Session withAppointments(Collection<? extends Appointment> appointments) {
        return toBuilder().appointments(appointments).build();
    }

    /**
     * Returns a copy with other commitments made.
     *
     * @param commitments the new values, not null, no null element
     * @return a copy, not null
     */
    public Session withCommitments(Collection<? extends Commitment> commitments) {
        return toBuilder().commitments(commitments).build();
    }

    /**
     * Returns a copy with other next steps agreed.
     *
     * @param actionItems the new values, not null, no null element
     * @return a copy, not null
     */
    public Session withActionItems(Collection<? extends ActionItem> actionItems) {
        return toBuilder().actionItems(actionItems).build();
    }

    /**
     * Returns a copy with another value for the minutes (compte-rendu) and where they stand.
     *
     * @param minutes the new value, not null
     * @return a copy, not null
     */
    public Session withMinutes(Minutes minutes) {
        return toBuilder().minutes(minutes).build();
    }

    /**
     * Returns a copy with other related resources and partner events.
     *
     * @param links the new values, not null, no null element
     * @return a copy, not null
     */
    public Session withLinks(Collection<? extends Link> links) {
        return toBuilder().links(links).build();
    }

    /**
     * Returns a copy with another value for the next session as announced in this one.
     *
     * @param nextSession the new value, or null for none
     * @return a copy, not null
     */
    public Session withNextSession(@Nullable NextSession nextSession) {
        return toBuilder().nextSession(nextSession).build();
    }

    /**
     * Returns a copy with another value for how to register, when people must.
     *
     * @param registration the new value, or null for none
     * @return a copy, not null
     */
    public Session withRegistration(@Nullable Registration registration) {
        return toBuilder().registration(registration).build();
    }

    /**
     * Returns a copy with another value for the revision.
     *
     * @param revision the new value, not null
     * @return a copy, not null
     */
    public Session withRevision(Revision revision) {
        return toBuilder().revision(revision).build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other == this
                || (other instanceof Session that
                        && Objects.equals(id, that.id)
                        && Objects.equals(organisation, that.organisation)
                        && Objects.equals(schedule, that.schedule)
                        && Objects.equals(cycle, that.cycle)
                        && Objects.equals(format, that.format)
                        && Objects.equals(status, that.status)
                        && Objects.equals(visibility, that.visibility)
                        && Objects.equals(title, that.title)
                        && Objects.equals(questions, that.questions)
                        && Objects.equals(description, that.description)
                        && Objects.equals(venue, that.venue)
                        && Objects.equals(speakers, that.speakers)
                        && Objects.equals(attendance, that.attendance)
                        && Objects.equals(agenda, that.agenda)
                        && Objects.equals(proposals, that.proposals)
                        && Objects.equals(decisions, that.decisions)
                        && Objects.equals(appointments, that.appointments)
                        && Objects.equals(commitments, that.commitments)
                        && Objects.equals(actionItems, that.actionItems)
                        && Objects.equals(minutes, that.minutes)
                        && Objects.equals(links, that.links)
                        && Objects.equals(nextSession, that.nextSession)
                        && Objects.equals(registration, that.registration)
                        && Objects.equals(revision, that.revision));
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                organisation,
                schedule,
                cycle,
                format,
                status,
                visibility,
                title,
                questions,
                description,
                venue,
                speakers,
                attendance,
                agenda,
                proposals,
                decisions,
                appointments,
                commitments,
                actionItems,
                minutes,
                links,
                nextSession,
                registration,
                revision);
    }

    @Override
    public String toString() {
        return "Session[" + id + ", " + schedule + ", " + status + (title == null ? "" : ", " + title) + "]";
    }

    /**
     * Builds a {@link Session}. A builder is not thread-safe; {@link #build()} may be called
     * more than once.
     */
    public static final class Builder {
        private SessionId id;
        private OrganisationId organisation;
        private Schedule schedule;
        private @Nullable CyclePosition cycle;
        private SessionFormat format = SessionFormat.OTHER;
        private SessionStatus status = SessionStatus.SCHEDULED;
        private Visibility visibility = Visibility.PUBLIC;
        private @Nullable Text title;
        private List<Text> questions = new ArrayList<>();
        private @Nullable Text description;
        private @Nullable Venue venue;
        private List<Speaker> speakers = new ArrayList<>();
        private @Nullable Attendance attendance;
        private List<AgendaItem> agenda = new ArrayList<>();
        private List<Proposal> proposals = new ArrayList<>();
        private List<Decision> decisions = new ArrayList<>();
        private List<Appointment> appointments = new ArrayList<>();
        private List<Commitment> commitments = new ArrayList<>();
        private List<ActionItem> actionItems = new ArrayList<>();
        private Minutes minutes = Minutes.none();
        private List<Link> links = new ArrayList<>();
        private @Nullable NextSession nextSession;
        private @Nullable Registration registration;
        private Revision revision = Revision.initial();

        private Builder(SessionId id, OrganisationId organisation, Schedule schedule) {
            this.id = Objects.requireNonNull(id, "id");
            this.organisation = Objects.requireNonNull(organisation, "organisation");
            this.schedule = Objects.requireNonNull(schedule, "schedule");
        }

        /**
         * Sets the session's place in a cycle.
         *
         * @param cycle the value, or null for none
         * @return this builder
         */
        public Builder cycle(@Nullable CyclePosition cycle) {
            this.cycle = cycle;
            return this;
        }

        /**
         * Sets the kind of gathering.
         *
         * @param format the value, not null
         * @return this builder
         */
        public Builder format(SessionFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Sets where the session stands.
         *
         * @param status the value, not null
         * @return this builder
         */
        public Builder status(SessionStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Sets who may see the session.
         *
         * @param visibility the value, not null
         * @return this builder
         */
        public Builder visibility(Visibility visibility) {
            this.visibility = Objects.requireNonNull(visibility, "visibility");
            return this;
        }

        /**
         * Sets the title.
         *
         * @param title the value, or null for none
         * @return this builder
         */
        public Builder title(@Nullable Text title) {
            this.title = title;
            return this;
        }

        /**
         * Sets the guiding questions, the main one first, replacing any set before.
         *
         * @param questions the values, not null, no null element
         * @return this builder
         */
        public Builder questions(Collection<? extends Text> questions) {
            this.questions = new ArrayList<>(Checks.copy(questions, "questions"));
            return this;
        }

        /**
         * Adds one to the guiding questions, the main one first.
         *
         * @param question the value to add, not null
         * @return this builder
         */
        public Builder addQuestion(Text question) {
            this.questions.add(Objects.requireNonNull(question, "question"));
            return this;
        }

        /**
         * Sets the free description.
         *
         * @param description the value, or null for none
         * @return this builder
         */
        public Builder description(@Nullable Text description) {
            this.description = description;
            return this;
        }

        /**
         * Sets where the session takes place.
         *
         * @param venue the value, or null for none
         * @return this builder
         */
        public Builder venue(@Nullable Venue venue) {
            this.venue = venue;
            return this;
        }

        /**
         * Sets the speakers (intervenants) and their roles, replacing any set before.
         *
         * @param speakers the values, not null, no null element
         * @return this builder
         */
        public Builder speakers(Collection<? extends Speaker> speakers) {
            this.speakers = new ArrayList<>(Checks.copy(speakers, "speakers"));
            return this;
        }

        /**
         * Adds one to the speakers (intervenants) and their roles.
         *
         * @param speaker the value to add, not null
         * @return this builder
         */
        public Builder addSpeaker(Speaker speaker) {
            this.speakers.add(Objects.requireNonNull(speaker, "speaker"));
            return this;
        }

        /**
         * Sets who came.
         *
         * @param attendance the value, or null for none
         * @return this builder
         */
        public Builder attendance(@Nullable Attendance attendance) {
            this.attendance = attendance;
            return this;
        }

        /**
         * Sets the agenda (ordre du jour), replacing any set before.
         *
         * @param agenda the values, not null, no null element
         * @return this builder
         */
        public Builder agenda(Collection<? extends AgendaItem> agenda) {
            this.agenda = new ArrayList<>(Checks.copy(agenda, "agenda"));
            return this;
        }

        /**
         * Adds one to the agenda (ordre du jour).
         *
         * @param agendaItem the value to add, not null
         * @return this builder
         */
        public Builder addAgendaItem(AgendaItem agendaItem) {
            this.agenda.add(Objects.requireNonNull(agendaItem, "agendaItem"));
            return this;
        }

        /**
         * Sets the proposals put forward, replacing any set before.
         *
         * @param proposals the values, not null, no null element
         * @return this builder
         */
        public Builder proposals(Collection<? extends Proposal> proposals) {
            this.proposals = new ArrayList<>(Checks.copy(proposals, "proposals"));
            return this;
        }

        /**
         * Adds one to the proposals put forward.
         *
         * @param proposal the value to add, not null
         * @return this builder
         */
        public Builder addProposal(Proposal proposal) {
            this.proposals.add(Objects.requireNonNull(proposal, "proposal"));
            return this;
        }

        /**
         * Sets the decisions taken, replacing any set before.
         *
         * @param decisions the values, not null, no null element
         * @return this builder
         */
        public Builder decisions(Collection<? extends Decision> decisions) {
            this.decisions = new ArrayList<>(Checks.copy(decisions, "decisions"));
            return this;
        }

        /**
         * Adds one to the decisions taken.
         *
         * @param decision the value to add, not null
         * @return this builder
         */
        public Builder addDecision(Decision decision) {
            this.decisions.add(Objects.requireNonNull(decision, "decision"));
            return this;
        }

        /**
         * Sets the appointments made, replacing any set before.
         *
         * @param appointments the values, not null, no null element
         * @return this builder
         */
        public Builder appointments(Collection<? extends Appointment> appointments) {
            this.appointments = new ArrayList<>(Checks.copy(appointments, "appointments"));
            return this;
        }

        /**
         * Adds one to the appointments made.
         *
         * @param appointment the value to add, not null
         * @return this builder
         */
        public Builder addAppointment(Appointment appointment) {
            this.appointments.add(Objects.requireNonNull(appointment, "appointment"));
            return this;
        }

        /**
         * Sets the commitments made, replacing any set before.
         *
         * @param commitments the values, not null, no null element
         * @return this builder
         */
        public Builder commitments(Collection<? extends Commitment> commitments) {
            this.commitments = new ArrayList<>(Checks.copy(commitments, "commitments"));
            return this;
        }

        /**
         * Adds one to the commitments made.
         *
         * @param commitment the value to add, not null
         * @return this builder
         */
        public Builder addCommitment(Commitment commitment) {
            this.commitments.add(Objects.requireNonNull(commitment, "commitment"));
            return this;
        }

        /**
         * Sets the next steps agreed, replacing any set before.
         *
         * @param actionItems the values, not null, no null element
         * @return this builder
         */
        public Builder actionItems(Collection<? extends ActionItem> actionItems) {
            this.actionItems = new ArrayList<>(Checks.copy(actionItems, "actionItems"));
            return this;
        }

        /**
         * Adds one to the next steps agreed.
         *
         * @param actionItem the value to add, not null
         * @return this builder
         */
        public Builder addActionItem(ActionItem actionItem) {
            this.actionItems.add(Objects.requireNonNull(actionItem, "actionItem"));
            return this;
        }

        /**
         * Sets the minutes (compte-rendu) and where they stand.
         *
         * @param minutes the value, not null
         * @return this builder
         */
        public Builder minutes(Minutes minutes) {
            this.minutes = Objects.requireNonNull(minutes, "minutes");
            return this;
        }

        /**
         * Sets the related resources and partner events, replacing any set before.
         *
         * @param links the values, not null, no null element
         * @return this builder
         */
        public Builder links(Collection<? extends Link> links) {
            this.links = new ArrayList<>(Checks.copy(links, "links"));
            return this;
        }

        /**
         * Adds one to the related resources and partner events.
         *
         * @param link the value to add, not null
         * @return this builder
         */
        public Builder addLink(Link link) {
            this.links.add(Objects.requireNonNull(link, "link"));
            return this;
        }

        /**
         * Sets the next session as announced in this one.
         *
         * @param nextSession the value, or null for none
         * @return this builder
         */
        public Builder nextSession(@Nullable NextSession nextSession) {
            this.nextSession = nextSession;
            return this;
        }

        /**
         * Sets how to register, when people must.
         *
         * @param registration the value, or null for none
         * @return this builder
         */
        public Builder registration(@Nullable Registration registration) {
            this.registration = registration;
            return this;
        }

        /**
         * Sets the revision.
         *
         * @param revision the value, not null
         * @return this builder
         */
        public Builder revision(Revision revision) {
            this.revision = Objects.requireNonNull(revision, "revision");
            return this;
        }

        /**
         * Builds a {@link Session} from the values set.
         *
         * @return a new immutable session, not null
         */
        public Session build() {
            return new Session(this);
        }
    }
}
