package io.github.townhall.session;

import io.github.townhall.deliberation.Appointment;
import io.github.townhall.deliberation.Commitment;
import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.id.Identifier;
import io.github.townhall.internal.Checks;
import io.github.townhall.internal.ModelRecord;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.organisation.Quorum;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.UndatedSchedule;
import io.github.townhall.text.NotBlankText;
import io.github.townhall.text.SingleLine;
import io.github.townhall.text.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 *         .addQuestions(Text.fr("Prendre part aux décisions sur un budget public, est-ce réellement possible ?"))
 *         .venue(Venue.builder().name("Centre social Partage Faourette").street("rue de l'Ukraine").build())
 *         .addSpeakers(Speaker.of(Person.of("Patrick Bodart")))
 *         .build();
 * Session moved = second.withVenue(Venue.named("MJC Prévert")).revised(Instant.parse("2016-02-10T09:00:00Z"));
 * }</pre>
 *
 * <p>The constructor checks structure only (required parts present, lists copied and
 * unmodifiable, no null element). Business rules, such as an end after the start or a held
 * session with an exact date, are Bean Validation constraints, so that a session with several
 * mistakes can be built and then reported in full. Sessions compare by value, like every record.
 *
 * @param id the session's stable id
 * @param organisation the organisation that holds the session
 * @param schedule when the session takes place
 * @param cycle the session's place in a cycle, or null
 * @param format the kind of gathering ({@link SessionFormat#OTHER} from {@link #builder()})
 * @param status where the session stands ({@link SessionStatus#SCHEDULED} from {@link #builder()})
 * @param visibility who may see the session ({@link Visibility#PUBLIC} from {@link #builder()})
 * @param title the title, or null
 * @param questions the guiding questions, the main one first
 * @param description the free description, or null
 * @param venue where the session takes place, or null
 * @param speakers the speakers (intervenants) and their roles
 * @param attendance who came, or null
 * @param agenda the agenda (ordre du jour)
 * @param proposals the proposals put forward
 * @param decisions the decisions taken
 * @param appointments the appointments made
 * @param commitments the commitments made
 * @param actionItems the next steps agreed
 * @param minutes the minutes (compte-rendu) and where they stand ({@linkplain Minutes#none() none}
 *     from {@link #builder()})
 * @param links the related resources and partner events
 * @param nextSession the next session as announced in this one, or null
 * @param registration how to register, or null
 * @param revision the revision ({@linkplain Revision#initial() 0} from {@link #builder()})
 * @param partners the other organisations taking part (hosts, co-organisers, partners, funders)
 * @param topics keywords (thématiques), written as calendar categories
 * @param objectives the stated aims (objectifs) of the session
 * @param roles who chaired, facilitated, took the minutes, kept time, wrote or approved the minutes
 * @param practical accessibility, admission, contact and languages, or null
 * @param earlierSchedules the schedules the session had before it moved, oldest first (see {@link
 *     #rescheduled(Schedule, Instant)})
 * @param editorial the names of the components whose values the editor gave, not the source (a
 *     title required by the model that the source does not give)
 * @since 0.1
 */
@ModelRecord
@HeldOnKnownDate
@CancelledWithoutAttendance
@DecisionsSettleOwnProposals
@SelectedProposalsSettled
@TallyWithinAttendance
@NextSessionLater
@AgendaWithinSession
@DateSetWhenScheduled
@DueNotBeforeSession
public record Session(
        @Identifier SessionId id,
        @Identifier OrganisationId organisation,
        @Valid Schedule schedule,
        @Valid @Nullable CyclePosition cycle,
        SessionFormat format,
        SessionStatus status,
        Visibility visibility,
        @NotBlankText @SingleLine @Nullable Text title,
        List<@NotBlankText @SingleLine Text> questions,
        @Nullable Text description,
        @Valid @Nullable Venue venue,
        List<@Valid Speaker> speakers,
        @Valid @Nullable Attendance attendance,
        List<@Valid AgendaItem> agenda,
        List<@Valid Proposal> proposals,
        List<@Valid Decision> decisions,
        List<@Valid Appointment> appointments,
        List<@Valid Commitment> commitments,
        List<@Valid ActionItem> actionItems,
        @Valid Minutes minutes,
        List<@Valid Link> links,
        @Valid @Nullable NextSession nextSession,
        @Valid @Nullable Registration registration,
        @Valid Revision revision,
        List<@Valid Partnership> partners,
        List<@NotBlankText @SingleLine Text> topics,
        List<@NotBlankText Text> objectives,
        List<@Valid SessionRole> roles,
        @Valid @Nullable PracticalDetails practical,
        List<@Valid Schedule> earlierSchedules,
        List<@NotBlank String> editorial)
        implements SessionBuilder.With {

    /**
     * Creates a session.
     *
     * @param id the session's stable id
     * @param organisation the organisation that holds the session
     * @param schedule when the session takes place
     * @param cycle the session's place in a cycle, or null
     * @param format the kind of gathering ({@link SessionFormat#OTHER} from {@link #builder()})
     * @param status where the session stands ({@link SessionStatus#SCHEDULED} from {@link #builder()})
     * @param visibility who may see the session ({@link Visibility#PUBLIC} from {@link #builder()})
     * @param title the title, or null
     * @param questions the guiding questions, the main one first
     * @param description the free description, or null
     * @param venue where the session takes place, or null
     * @param speakers the speakers (intervenants) and their roles
     * @param attendance who came, or null
     * @param agenda the agenda (ordre du jour)
     * @param proposals the proposals put forward
     * @param decisions the decisions taken
     * @param appointments the appointments made
     * @param commitments the commitments made
     * @param actionItems the next steps agreed
     * @param minutes the minutes (compte-rendu) and where they stand ({@linkplain Minutes#none() none}
     *     from {@link #builder()})
     * @param links the related resources and partner events
     * @param nextSession the next session as announced in this one, or null
     * @param registration how to register, or null
     * @param revision the revision ({@linkplain Revision#initial() 0} from {@link #builder()})
     * @param partners the other organisations taking part (hosts, co-organisers, partners, funders)
     * @param topics keywords (thématiques), written as calendar categories
     * @param objectives the stated aims (objectifs) of the session
     * @param roles who chaired, facilitated, took the minutes, kept time, wrote or approved the minutes
     * @param practical accessibility, admission, contact and languages, or null
     * @param earlierSchedules the schedules the session had before it moved, oldest first (see {@link
     *     #rescheduled(Schedule, Instant)})
     * @param editorial the names of the components whose values the editor gave, not the source (a
     *     title required by the model that the source does not give)
     * @throws NullPointerException naming the first required part that is null, or the first
     *     null element of a list
     */
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(visibility, "visibility");
        questions = Checks.copy(questions, "questions");
        speakers = Checks.copy(speakers, "speakers");
        agenda = Checks.copy(agenda, "agenda");
        proposals = Checks.copy(proposals, "proposals");
        decisions = Checks.copy(decisions, "decisions");
        appointments = Checks.copy(appointments, "appointments");
        commitments = Checks.copy(commitments, "commitments");
        actionItems = Checks.copy(actionItems, "actionItems");
        Objects.requireNonNull(minutes, "minutes");
        links = Checks.copy(links, "links");
        Objects.requireNonNull(revision, "revision");
        partners = Checks.copy(partners, "partners");
        topics = Checks.copy(topics, "topics");
        objectives = Checks.copy(objectives, "objectives");
        roles = Checks.copy(roles, "roles");
        earlierSchedules = Checks.copy(earlierSchedules, "earlierSchedules");
        editorial = Checks.copy(editorial, "editorial");
    }

    /**
     * Starts building a session with the defaults (format {@link SessionFormat#OTHER}, status {@link
     * SessionStatus#SCHEDULED}, visibility {@link Visibility#PUBLIC}, {@linkplain Minutes#none() no
     * minutes}, {@linkplain Revision#initial() revision 0}); id, organisation and schedule are to set.
     *
     * @return a new builder, not null
     */
    public static SessionBuilder builder() {
        return SessionBuilder.builder()
                .format(SessionFormat.OTHER)
                .status(SessionStatus.SCHEDULED)
                .visibility(Visibility.PUBLIC)
                .minutes(Minutes.none())
                .revision(Revision.initial());
    }

    /**
     * Starts building a session with the defaults of {@link #builder()}.
     *
     * @param id the session's stable id, not null
     * @param organisation the organisation that holds the session, not null
     * @param schedule when the session takes place, not null
     * @return a new builder, not null
     * @throws NullPointerException if an argument is null
     */
    public static SessionBuilder builder(SessionId id, OrganisationId organisation, Schedule schedule) {
        return builder()
                .id(Objects.requireNonNull(id, "id"))
                .organisation(Objects.requireNonNull(organisation, "organisation"))
                .schedule(Objects.requireNonNull(schedule, "schedule"));
    }

    /** {@return the main guiding question, the first of {@link #questions()}, or null} */
    public @Nullable Text guidingQuestion() {
        return questions.isEmpty() ? null : questions.get(0);
    }

    /**
     * {@return what people call the session: its title, else its guiding question; null when it has
     * neither}
     */
    public @Nullable Text label() {
        return title != null ? title : guidingQuestion();
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
     * Returns a copy moved to a new schedule: the current schedule joins {@link #earlierSchedules()}
     * (unless it is undated), the status becomes {@link SessionStatus#SCHEDULED} and the revision
     * is bumped.
     *
     * @param to the new schedule, not null
     * @param at when the change was made, not null
     * @return the moved copy, not null
     * @since 0.1
     */
    public Session rescheduled(Schedule to, Instant at) {
        Objects.requireNonNull(to, "to");
        List<Schedule> earlier = new ArrayList<>(earlierSchedules);
        if (!(schedule instanceof UndatedSchedule)) {
            earlier.add(schedule);
        }
        return with().schedule(to)
                .earlierSchedules(earlier)
                .status(SessionStatus.SCHEDULED)
                .revision(revision.next(at))
                .build();
    }

    /**
     * Returns a copy postponed with no new date yet: the status becomes {@link
     * SessionStatus#POSTPONED}, the schedule stays as the last one known, the revision is bumped.
     * Call {@link #rescheduled(Schedule, Instant)} once the new date is set.
     *
     * @param at when the change was made, not null
     * @return the postponed copy, not null
     * @since 0.1
     */
    public Session postponed(Instant at) {
        return with().status(SessionStatus.POSTPONED)
                .revision(revision.next(at))
                .build();
    }

    /**
     * Tells whether the session reached its organisation's quorum: how many people took part ({@link
     * Attendance#takingPart()}) against the
     * organisation's {@linkplain Organisation#quorum() quorum}.
     *
     * @param organisation the organisation holding the session, not null
     * @return whether the quorum was reached, or null when it cannot be told (no quorum, no list and
     *     no exact count, or a share of members without a member count)
     * @since 0.1
     */
    public @Nullable Boolean quorumReached(Organisation organisation) {
        Quorum quorum = organisation.quorum();
        Integer present = attendance == null ? null : attendance.takingPart();
        return (quorum == null || present == null) ? null : quorum.isReached(present, organisation.members());
    }
}
