package io.github.townhall.session;

import io.github.townhall.constraint.PropertyRule;
import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.deliberation.ProposalId;
import io.github.townhall.deliberation.ProposalStatus;
import io.github.townhall.deliberation.VoteTally;
import io.github.townhall.internal.Violations;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.schedule.UndatedSchedule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The validators of this package's constraints ({@link AgendaWithinSession}, {@link
 * AttendeesMatchCount}, {@link CancelledWithoutAttendance}, {@link DateSetWhenScheduled}, {@link
 * DecisionsSettleOwnProposals}, {@link DueNotBeforeSession}, {@link HeldOnKnownDate}, {@link
 * NextSessionLater}, {@link ProfilesWithinTotal}, {@link PublishedMinutesContent}, {@link
 * SelectedProposalsSettled}, {@link TallyWithinAttendance}), which a validation provider finds
 * through each constraint's {@code validatedBy}: public for the provider, not for direct use.
 *
 * @since 0.1
 */
public final class SessionValidators {
    private SessionValidators() {}

    /** The provider's validator of {@link AgendaWithinSession} on a {@link Session}, not for direct use. */
    public static final class AgendaWithinSessionOfSession extends PropertyRule<AgendaWithinSession, Session> {
        /** Creates the validator. */
        public AgendaWithinSessionOfSession() {
            super("agenda");
        }

        @Override
        protected boolean holds(Session session) {
            if (session.agenda().isEmpty() || !(session.schedule() instanceof ExactSchedule exact)) {
                return true;
            }
            Duration length = exact.duration();
            return length.isNegative()
                    || length.isZero()
                    || total(session.agenda()).compareTo(length) <= 0;
        }
    }

    /** The provider's validator of {@link AgendaWithinSession} on an {@link AgendaItem}, not for direct use. */
    public static final class AgendaWithinSessionOfAgendaItem extends PropertyRule<AgendaWithinSession, AgendaItem> {
        /** Creates the validator. */
        public AgendaWithinSessionOfAgendaItem() {
            super("items");
        }

        @Override
        protected boolean holds(AgendaItem item) {
            Duration duration = item.duration();
            return duration == null || total(item.items()).compareTo(duration) <= 0;
        }
    }

    /** Adds up the durations of agenda items, those without one counting as zero. */
    private static Duration total(List<AgendaItem> items) {
        long seconds = 0;
        long nanos = 0; // each under a second: no overflow before billions of items
        for (int i = 0; i < items.size(); i++) {
            Duration duration = items.get(i).duration();
            if (duration != null) {
                seconds = Math.addExact(seconds, duration.getSeconds());
                nanos += duration.getNano();
            }
        }
        return Duration.ofSeconds(seconds, nanos);
    }

    /** The provider's validator of {@link AttendeesMatchCount} on a {@link Attendance}, not for direct use. */
    public static final class AttendeesMatchCountOfAttendance extends PropertyRule<AttendeesMatchCount, Attendance> {
        /** Creates the validator. */
        public AttendeesMatchCountOfAttendance() {
            super("count");
        }

        @Override
        protected boolean holds(Attendance value) {
            if (!(value.count() instanceof ExactCount exact)
                    || value.attendees().isEmpty()) {
                return true;
            }
            return exact.value()
                    >= value.attendees().stream()
                            .filter(a -> a.status().takesPart())
                            .count();
        }
    }

    /** The provider's validator of {@link CancelledWithoutAttendance} on a {@link Session}, not for direct use. */
    public static final class CancelledWithoutAttendanceOfSession
            extends PropertyRule<CancelledWithoutAttendance, Session> {
        /** Creates the validator. */
        public CancelledWithoutAttendanceOfSession() {
            super("attendance");
        }

        @Override
        protected boolean holds(Session session) {
            return session.status() != SessionStatus.CANCELLED || session.attendance() == null;
        }
    }

    /** The provider's validator of {@link DateSetWhenScheduled} on a {@link Session}, not for direct use. */
    public static final class DateSetWhenScheduledOfSession extends PropertyRule<DateSetWhenScheduled, Session> {
        /** Creates the validator. */
        public DateSetWhenScheduledOfSession() {
            super("schedule");
        }

        @Override
        protected boolean holds(Session value) {
            return value.status() != SessionStatus.SCHEDULED || !(value.schedule() instanceof UndatedSchedule);
        }
    }

    /** The provider's validator of {@link DecisionsSettleOwnProposals} on a {@link Session}, not for direct use. */
    public static final class DecisionsSettleOwnProposalsOfSession
            implements ConstraintValidator<DecisionsSettleOwnProposals, Session> {
        /** Up to this many proposals, a settled id is searched among them rather than in a set of their ids. */
        private static final int FEW = 8;

        /** Creates the validator. */
        public DecisionsSettleOwnProposalsOfSession() {}

        @Override
        public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null) {
                return true;
            }
            boolean valid = true;
            List<Decision> decisions = session.decisions();
            List<Proposal> proposals = session.proposals();
            @Nullable Set<ProposalId> proposed = null;
            for (int i = 0; i < decisions.size(); i++) {
                List<ProposalId> settles = decisions.get(i).settles();
                for (int j = 0; j < settles.size(); j++) {
                    ProposalId settled = settles.get(j);
                    boolean known;
                    if (proposals.size() <= FEW) {
                        known = isProposed(proposals, settled);
                    } else {
                        if (proposed == null) {
                            proposed = proposed(proposals);
                        }
                        known = proposed.contains(settled);
                    }
                    if (!known) {
                        Violations.at(context, "decisions", i, "settles", j);
                        valid = false;
                    }
                }
            }
            return valid;
        }

        private static boolean isProposed(List<Proposal> proposals, ProposalId id) {
            for (int i = 0; i < proposals.size(); i++) {
                if (proposals.get(i).id().equals(id)) {
                    return true;
                }
            }
            return false;
        }

        /** The ids of a session's proposals, gathered once rather than searched per decision. */
        private static Set<ProposalId> proposed(List<Proposal> proposals) {
            Set<ProposalId> ids = new HashSet<>();
            for (int i = 0; i < proposals.size(); i++) {
                ids.add(proposals.get(i).id());
            }
            return ids;
        }
    }

    /** The provider's validator of {@link DueNotBeforeSession} on a {@link Session}, not for direct use. */
    public static final class DueNotBeforeSessionOfSession
            implements ConstraintValidator<DueNotBeforeSession, Session> {
        /** Creates the validator. */
        public DueNotBeforeSessionOfSession() {}

        @Override
        public boolean isValid(@Nullable Session value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate first = value.schedule().firstDay();
            if (first == null) {
                return true;
            }
            boolean valid = true;
            for (int i = 0; i < value.actionItems().size(); i++) {
                LocalDate due = value.actionItems().get(i).due();
                if (due != null && due.isBefore(first)) {
                    Violations.at(context, "actionItems", i, "due");
                    valid = false;
                }
            }
            return valid;
        }
    }

    /** The provider's validator of {@link HeldOnKnownDate} on a {@link Session}, not for direct use. */
    public static final class HeldOnKnownDateOfSession extends PropertyRule<HeldOnKnownDate, Session> {
        /** Creates the validator. */
        public HeldOnKnownDateOfSession() {
            super("schedule");
        }

        @Override
        protected boolean holds(Session session) {
            return session.status() != SessionStatus.HELD
                    || session.schedule().hasExactStart()
                    || (session.schedule() instanceof TentativeSchedule tentative
                            && tentative.from().equals(tentative.to()));
        }
    }

    /** The provider's validator of {@link NextSessionLater} on a {@link Session}, not for direct use. */
    public static final class NextSessionLaterOfSession implements ConstraintValidator<NextSessionLater, Session> {
        /** Creates the validator. */
        public NextSessionLaterOfSession() {}

        @Override
        public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null) {
                return true;
            }
            NextSession announced = session.nextSession();
            if (announced == null) {
                return true;
            }
            Schedule next = announced.schedule();
            Schedule current = session.schedule();
            if (next == null || isLater(next, current)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("nextSession")
                    .addPropertyNode("schedule")
                    .addConstraintViolation();
            return false;
        }

        static boolean isLater(Schedule next, Schedule current) {
            ZonedDateTime nextStart = next.exactStart();
            ZonedDateTime currentStart = current.exactStart();
            if (nextStart != null && currentStart != null) {
                return nextStart.toInstant().isAfter(currentStart.toInstant());
            }
            LocalDate last = lastDay(next);
            LocalDate first = current.firstDay();
            return last == null || first == null || last.isAfter(first);
        }

        /**
         * Returns the last day a schedule may start on.
         *
         * @param schedule the schedule
         * @return its start day, or the end of a tentative period, or null when undated
         */
        private static @Nullable LocalDate lastDay(Schedule schedule) {
            if (schedule instanceof TentativeSchedule tentative) {
                return tentative.to();
            } else if (schedule instanceof ExactSchedule exact) {
                return exact.start().toLocalDate();
            } else if (schedule instanceof OpenEndedSchedule open) {
                return open.start().toLocalDate();
            }
            return null;
        }
    }

    /** The provider's validator of {@link ProfilesWithinTotal} on an {@link Attendance}, not for direct use. */
    public static final class ProfilesWithinTotalOfAttendance
            implements ConstraintValidator<ProfilesWithinTotal, Attendance> {
        /** Creates the validator. */
        public ProfilesWithinTotalOfAttendance() {}

        @Override
        public boolean isValid(@Nullable Attendance attendance, ConstraintValidatorContext context) {
            if (attendance == null
                    || attendance.count() == null
                    || attendance.count().value() < 0) {
                return true;
            }
            HeadCount total = attendance.count();
            List<ProfileCount> profiles = attendance.profiles();
            boolean valid = true;
            long sum = 0;
            for (int i = 0; i < profiles.size(); i++) {
                Integer count = profiles.get(i).count();
                if (count == null) {
                    continue;
                }
                sum += count;
                if (count > total.value()) {
                    Violations.at(context, "profiles", i, "count");
                    valid = false;
                }
            }
            if (valid && total instanceof ExactCount && sum > total.value()) {
                Violations.at(context, "profiles");
                valid = false;
            }
            return valid;
        }
    }

    /** The provider's validator of {@link PublishedMinutesContent} on {@link PublishedMinutes}, not for direct use. */
    public static final class PublishedMinutesContentOfPublishedMinutes
            extends PropertyRule<PublishedMinutesContent, PublishedMinutes> {
        /** Creates the validator. */
        public PublishedMinutesContentOfPublishedMinutes() {
            super("link");
        }

        @Override
        protected boolean holds(PublishedMinutes minutes) {
            return minutes.link() != null || minutes.text() != null;
        }
    }

    /** The provider's validator of {@link SelectedProposalsSettled} on a {@link Session}, not for direct use. */
    public static final class SelectedProposalsSettledOfSession
            implements ConstraintValidator<SelectedProposalsSettled, Session> {
        /** Creates the validator. */
        public SelectedProposalsSettledOfSession() {}

        @Override
        public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null) {
                return true;
            }
            boolean valid = true;
            List<Proposal> proposals = session.proposals();
            for (int i = 0; i < proposals.size(); i++) {
                Proposal proposal = proposals.get(i);
                if (proposal.status() == ProposalStatus.SELECTED && !settled(session, proposal.id())) {
                    Violations.at(context, "proposals", i, "status");
                    valid = false;
                }
            }
            return valid;
        }

        private static boolean settled(Session session, ProposalId id) {
            for (Decision decision : session.decisions()) {
                if (decision.settles().contains(id)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The provider's validator of {@link TallyWithinAttendance} on a {@link Session}, not for direct use. */
    public static final class TallyWithinAttendanceOfSession
            implements ConstraintValidator<TallyWithinAttendance, Session> {
        /** Creates the validator. */
        public TallyWithinAttendanceOfSession() {}

        @Override
        public boolean isValid(@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null) {
                return true;
            }
            Attendance attendance = session.attendance();
            HeadCount count = attendance == null ? null : attendance.count();
            if (!(count instanceof ExactCount exact)) {
                return true;
            }
            boolean valid = true;
            List<Decision> decisions = session.decisions();
            for (int i = 0; i < decisions.size(); i++) {
                VoteTally tally = decisions.get(i).tally();
                if (tally != null && exact.value() >= 0 && tally.total() > exact.value()) {
                    Violations.at(context, "decisions", i, "tally");
                    valid = false;
                }
            }
            return valid;
        }
    }
}
