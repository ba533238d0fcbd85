package io.github.townhall.benchmarks;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The custom constraints of {@link SameGraph}: one small annotation and validator for each of
 * townhall's own constraints, with the same logic (the same checks, in the same order, reported
 * at the same property) written against the baseline's classes, the way a user of bare Hibernate
 * Validator would write them. Messages are plain English text (no bundle).
 */
public final class SameGraphConstraints {
    private SameGraphConstraints() {}

    /** An id that is neither blank nor on several lines, as townhall's {@code @Identifier}. */
    @Documented
    @Constraint(validatedBy = {IdentifierValidator.class})
    @Target({FIELD, TYPE_USE})
    @Retention(RUNTIME)
    public @interface Identifier {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "must be an identifier that is not blank and holds no line break";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** A text not blank in its original language nor in any translation. */
    @Documented
    @Constraint(validatedBy = {NotBlankTextValidator.class})
    @Target({FIELD, TYPE_USE})
    @Retention(RUNTIME)
    public @interface NotBlankText {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "must not be blank, in the original language or any translation";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** A string or text (every language) with no line break or other control character. */
    @Documented
    @Constraint(validatedBy = {SingleLineStringValidator.class, SingleLineTextValidator.class})
    @Target({FIELD, TYPE_USE})
    @Retention(RUNTIME)
    public @interface SingleLine {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "must fit on one line";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** An absolute http or https URI with a host. */
    @Documented
    @Constraint(validatedBy = {HttpUrlValidator.class})
    @Target({FIELD, TYPE_USE})
    @Retention(RUNTIME)
    public @interface HttpUrl {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "must be an absolute http or https URL";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** A duration longer than zero. */
    @Documented
    @Constraint(validatedBy = {PositiveDurationValidator.class})
    @Target({FIELD, TYPE_USE})
    @Retention(RUNTIME)
    public @interface PositiveDuration {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "must be a duration longer than zero";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** An exact schedule ending after its start, or a tentative one not ending before it. */
    @Documented
    @Constraint(validatedBy = {EndAfterStartOfExact.class, EndAfterStartOfTentative.class})
    @Target({TYPE})
    @Retention(RUNTIME)
    public @interface EndAfterStart {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "must come after the start";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** An exact schedule lasting less than 24 hours. */
    @Documented
    @Constraint(validatedBy = {ShorterThanADayValidator.class})
    @Target({TYPE})
    @Retention(RUNTIME)
    public @interface ShorterThanADay {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "must be less than 24 hours after the start";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** Local times of a schedule that exist in its zone (not in a spring-forward gap). */
    @Documented
    @Constraint(validatedBy = {ExistingLocalTimeOfExact.class, ExistingLocalTimeOfOpenEnded.class})
    @Target({TYPE})
    @Retention(RUNTIME)
    public @interface ExistingLocalTime {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "does not exist in the time zone";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** A scheduled session has a date; reported at {@code schedule}. */
    @Documented
    @Constraint(validatedBy = {DateSetWhenScheduledValidator.class})
    @Target({TYPE})
    @Retention(RUNTIME)
    public @interface DateSetWhenScheduled {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "must have a date for a scheduled session";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** No action item is due before the session; reported at {@code actionItems[i].due}. */
    @Documented
    @Constraint(validatedBy = {DueNotBeforeSessionValidator.class})
    @Target({TYPE})
    @Retention(RUNTIME)
    public @interface DueNotBeforeSession {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "must not come before the session";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** The attendance list names no more people than an exact head count; reported at {@code count}. */
    @Documented
    @Constraint(validatedBy = {AttendeesMatchCountValidator.class})
    @Target({TYPE})
    @Retention(RUNTIME)
    public @interface AttendeesMatchCount {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "is less than the people on the attendance list";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** A held session has an exact date; reported at {@code schedule}. */
    @Documented
    @Constraint(validatedBy = {HeldOnKnownDateValidator.class})
    @Target({TYPE})
    @Retention(RUNTIME)
    public @interface HeldOnKnownDate {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "must be an exact date for a session that was held";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** A cancelled session has no attendance; reported at {@code attendance}. */
    @Documented
    @Constraint(validatedBy = {CancelledWithoutAttendanceValidator.class})
    @Target({TYPE})
    @Retention(RUNTIME)
    public @interface CancelledWithoutAttendance {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "must be empty for a cancelled session";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** A session's decisions only settle proposals of that session. */
    @Documented
    @Constraint(validatedBy = {DecisionsSettleOwnProposalsValidator.class})
    @Target({TYPE})
    @Retention(RUNTIME)
    public @interface DecisionsSettleOwnProposals {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "does not name a proposal of this session";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** Every selected proposal of a session is settled by one of its decisions. */
    @Documented
    @Constraint(validatedBy = {SelectedProposalsSettledValidator.class})
    @Target({TYPE})
    @Retention(RUNTIME)
    public @interface SelectedProposalsSettled {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "is selected but no decision of the session settles this proposal";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** No vote tally adds up to more than an exact head count. */
    @Documented
    @Constraint(validatedBy = {TallyWithinAttendanceValidator.class})
    @Target({TYPE})
    @Retention(RUNTIME)
    public @interface TallyWithinAttendance {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "adds up to more votes than the session's head count";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** The next session announced starts after this one. */
    @Documented
    @Constraint(validatedBy = {NextSessionLaterValidator.class})
    @Target({TYPE})
    @Retention(RUNTIME)
    public @interface NextSessionLater {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "must start after this session";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** The agenda's durations fit in the session, and sub-items in their item. */
    @Documented
    @Constraint(validatedBy = {AgendaWithinSessionOfSession.class, AgendaWithinSessionOfItem.class})
    @Target({TYPE})
    @Retention(RUNTIME)
    public @interface AgendaWithinSession {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "the durations of the agenda items add up to more than the time available";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** No profile count exceeds the head count, nor their sum an exact one. */
    @Documented
    @Constraint(validatedBy = {ProfilesWithinTotalValidator.class})
    @Target({TYPE})
    @Retention(RUNTIME)
    public @interface ProfilesWithinTotal {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "exceeds the total head count";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** Published minutes have a link or a text; reported at {@code link}. */
    @Documented
    @Constraint(validatedBy = {PublishedMinutesContentValidator.class})
    @Target({TYPE})
    @Retention(RUNTIME)
    public @interface PublishedMinutesContent {
        /**
         * The message template.
         *
         * @return the message template
         */
        String message() default "published minutes need a link or a text";

        /**
         * The validation groups this constraint belongs to.
         *
         * @return the groups, empty for the default group
         */
        Class<?>[] groups() default {};

        /**
         * The payload attached to the constraint.
         *
         * @return the payload
         */
        Class<? extends Payload>[] payload() default {};
    }

    /** Validates {@link Identifier}. */
    public static final class IdentifierValidator implements ConstraintValidator<Identifier, String> {
        /** Creates the validator. */
        public IdentifierValidator() {}

        @Override
        public boolean isValid(@Nullable String id, ConstraintValidatorContext context) {
            return id == null || (!id.isBlank() && !isMultiLine(id));
        }
    }

    /** Validates {@link NotBlankText}. */
    public static final class NotBlankTextValidator implements ConstraintValidator<NotBlankText, SameGraph.Text> {
        /** Creates the validator. */
        public NotBlankTextValidator() {}

        @Override
        public boolean isValid(SameGraph.@Nullable Text text, ConstraintValidatorContext context) {
            return text == null || text.values.values().stream().noneMatch(String::isBlank);
        }
    }

    /** Validates {@link SingleLine} on a string. */
    public static final class SingleLineStringValidator implements ConstraintValidator<SingleLine, String> {
        /** Creates the validator. */
        public SingleLineStringValidator() {}

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || !isMultiLine(value);
        }
    }

    /** Validates {@link SingleLine} on a text, in every language. */
    public static final class SingleLineTextValidator implements ConstraintValidator<SingleLine, SameGraph.Text> {
        /** Creates the validator. */
        public SingleLineTextValidator() {}

        @Override
        public boolean isValid(SameGraph.@Nullable Text value, ConstraintValidatorContext context) {
            return value == null || value.values.values().stream().noneMatch(SameGraphConstraints::isMultiLine);
        }
    }

    /** Validates {@link HttpUrl}. */
    public static final class HttpUrlValidator implements ConstraintValidator<HttpUrl, URI> {
        /** Creates the validator. */
        public HttpUrlValidator() {}

        @Override
        public boolean isValid(@Nullable URI uri, ConstraintValidatorContext context) {
            if (uri == null) {
                return true;
            }
            String scheme = uri.getScheme();
            if (scheme == null || uri.isOpaque()) {
                return false;
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            return (lower.equals("http") || lower.equals("https")) && host != null && !host.isEmpty();
        }
    }

    /** Validates {@link PositiveDuration}. */
    public static final class PositiveDurationValidator implements ConstraintValidator<PositiveDuration, Duration> {
        /** Creates the validator. */
        public PositiveDurationValidator() {}

        @Override
        public boolean isValid(@Nullable Duration duration, ConstraintValidatorContext context) {
            return duration == null || (!duration.isNegative() && !duration.isZero());
        }
    }

    /** Validates {@link EndAfterStart} on an exact schedule; reported at {@code end}. */
    public static final class EndAfterStartOfExact
            implements ConstraintValidator<EndAfterStart, SameGraph.ExactSchedule> {
        /** Creates the validator. */
        public EndAfterStartOfExact() {}

        @Override
        public boolean isValid(SameGraph.@Nullable ExactSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null || schedule.zonedEnd().isAfter(schedule.zonedStart())) {
                return true;
            }
            at(context, "end");
            return false;
        }
    }

    /** Validates {@link EndAfterStart} on a tentative schedule; reported at {@code to}. */
    public static final class EndAfterStartOfTentative
            implements ConstraintValidator<EndAfterStart, SameGraph.TentativeSchedule> {
        /** Creates the validator. */
        public EndAfterStartOfTentative() {}

        @Override
        public boolean isValid(SameGraph.@Nullable TentativeSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null || !schedule.to.isBefore(schedule.from)) {
                return true;
            }
            at(context, "to");
            return false;
        }
    }

    /** Validates {@link ShorterThanADay}; reported at {@code end}. */
    public static final class ShorterThanADayValidator
            implements ConstraintValidator<ShorterThanADay, SameGraph.ExactSchedule> {
        private static final Duration DAY = Duration.ofHours(24);

        /** Creates the validator. */
        public ShorterThanADayValidator() {}

        @Override
        public boolean isValid(SameGraph.@Nullable ExactSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null || schedule.duration().compareTo(DAY) < 0) {
                return true;
            }
            at(context, "end");
            return false;
        }
    }

    /** Validates {@link ExistingLocalTime} on an exact schedule, start and end. */
    public static final class ExistingLocalTimeOfExact
            implements ConstraintValidator<ExistingLocalTime, SameGraph.ExactSchedule> {
        /** Creates the validator. */
        public ExistingLocalTimeOfExact() {}

        @Override
        public boolean isValid(SameGraph.@Nullable ExactSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null) {
                return true;
            }
            boolean valid = true;
            if (inGap(schedule.start, schedule.zone)) {
                at(context, "start");
                valid = false;
            }
            if (inGap(schedule.end, schedule.zone)) {
                at(context, "end");
                valid = false;
            }
            return valid;
        }
    }

    /** Validates {@link ExistingLocalTime} on an open-ended schedule; reported at {@code start}. */
    public static final class ExistingLocalTimeOfOpenEnded
            implements ConstraintValidator<ExistingLocalTime, SameGraph.OpenEndedSchedule> {
        /** Creates the validator. */
        public ExistingLocalTimeOfOpenEnded() {}

        @Override
        public boolean isValid(SameGraph.@Nullable OpenEndedSchedule schedule, ConstraintValidatorContext context) {
            if (schedule == null || !inGap(schedule.start, schedule.zone)) {
                return true;
            }
            at(context, "start");
            return false;
        }
    }

    /** Validates {@link DateSetWhenScheduled}. */
    public static final class DateSetWhenScheduledValidator
            implements ConstraintValidator<DateSetWhenScheduled, SameGraph.Session> {
        /** Creates the validator. */
        public DateSetWhenScheduledValidator() {}

        @Override
        public boolean isValid(SameGraph.@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null || session.status != SameGraph.SessionStatus.SCHEDULED || session.schedule != null) {
                return true;
            }
            at(context, "schedule");
            return false;
        }
    }

    /** Validates {@link DueNotBeforeSession}. */
    public static final class DueNotBeforeSessionValidator
            implements ConstraintValidator<DueNotBeforeSession, SameGraph.Session> {
        /** Creates the validator. */
        public DueNotBeforeSessionValidator() {}

        @Override
        public boolean isValid(SameGraph.@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null) {
                return true;
            }
            java.time.LocalDate first = session.schedule.firstDay();
            boolean valid = true;
            for (int i = 0; i < session.actionItems.size(); i++) {
                java.time.LocalDate due = session.actionItems.get(i).due;
                if (due != null && due.isBefore(first)) {
                    at(context, "actionItems", i, "due");
                    valid = false;
                }
            }
            return valid;
        }
    }

    /** Validates {@link AttendeesMatchCount}. */
    public static final class AttendeesMatchCountValidator
            implements ConstraintValidator<AttendeesMatchCount, SameGraph.Attendance> {
        /** Creates the validator. */
        public AttendeesMatchCountValidator() {}

        @Override
        public boolean isValid(SameGraph.@Nullable Attendance attendance, ConstraintValidatorContext context) {
            if (attendance == null
                    || !(attendance.count instanceof SameGraph.ExactCount exact)
                    || attendance.attendees.isEmpty()
                    || exact.value >= attendance.attendees.size()) {
                return true;
            }
            at(context, "count");
            return false;
        }
    }

    /** Validates {@link HeldOnKnownDate}. */
    public static final class HeldOnKnownDateValidator
            implements ConstraintValidator<HeldOnKnownDate, SameGraph.Session> {
        /** Creates the validator. */
        public HeldOnKnownDateValidator() {}

        @Override
        public boolean isValid(SameGraph.@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null
                    || session.status != SameGraph.SessionStatus.HELD
                    || !(session.schedule instanceof SameGraph.TentativeSchedule tentative)
                    || tentative.from.equals(tentative.to)) {
                return true;
            }
            at(context, "schedule");
            return false;
        }
    }

    /** Validates {@link CancelledWithoutAttendance}. */
    public static final class CancelledWithoutAttendanceValidator
            implements ConstraintValidator<CancelledWithoutAttendance, SameGraph.Session> {
        /** Creates the validator. */
        public CancelledWithoutAttendanceValidator() {}

        @Override
        public boolean isValid(SameGraph.@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null || session.status != SameGraph.SessionStatus.CANCELLED || session.attendance == null) {
                return true;
            }
            at(context, "attendance");
            return false;
        }
    }

    /** Validates {@link DecisionsSettleOwnProposals}; reported at each unknown id. */
    public static final class DecisionsSettleOwnProposalsValidator
            implements ConstraintValidator<DecisionsSettleOwnProposals, SameGraph.Session> {
        /** Creates the validator. */
        public DecisionsSettleOwnProposalsValidator() {}

        @Override
        public boolean isValid(SameGraph.@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null) {
                return true;
            }
            Set<String> known =
                    session.proposals.stream().map(proposal -> proposal.id).collect(Collectors.toSet());
            boolean valid = true;
            List<SameGraph.Decision> decisions = session.decisions;
            for (int i = 0; i < decisions.size(); i++) {
                List<String> settles = decisions.get(i).settles;
                for (int j = 0; j < settles.size(); j++) {
                    if (!known.contains(settles.get(j))) {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                                .addPropertyNode("decisions")
                                .addPropertyNode("settles")
                                .inIterable()
                                .atIndex(i)
                                .addBeanNode()
                                .inIterable()
                                .atIndex(j)
                                .addConstraintViolation();
                        valid = false;
                    }
                }
            }
            return valid;
        }
    }

    /** Validates {@link SelectedProposalsSettled}; reported at each proposal's status. */
    public static final class SelectedProposalsSettledValidator
            implements ConstraintValidator<SelectedProposalsSettled, SameGraph.Session> {
        /** Creates the validator. */
        public SelectedProposalsSettledValidator() {}

        @Override
        public boolean isValid(SameGraph.@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null) {
                return true;
            }
            Set<String> settled = session.decisions.stream()
                    .flatMap(decision -> decision.settles.stream())
                    .collect(Collectors.toSet());
            boolean valid = true;
            List<SameGraph.Proposal> proposals = session.proposals;
            for (int i = 0; i < proposals.size(); i++) {
                SameGraph.Proposal proposal = proposals.get(i);
                if (proposal.status == SameGraph.ProposalStatus.SELECTED && !settled.contains(proposal.id)) {
                    at(context, "proposals", i, "status");
                    valid = false;
                }
            }
            return valid;
        }
    }

    /** Validates {@link TallyWithinAttendance}; reported at each decision's tally. */
    public static final class TallyWithinAttendanceValidator
            implements ConstraintValidator<TallyWithinAttendance, SameGraph.Session> {
        /** Creates the validator. */
        public TallyWithinAttendanceValidator() {}

        @Override
        public boolean isValid(SameGraph.@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null) {
                return true;
            }
            SameGraph.HeadCount count = session.attendance == null ? null : session.attendance.count;
            if (!(count instanceof SameGraph.ExactCount exact)) {
                return true;
            }
            boolean valid = true;
            List<SameGraph.Decision> decisions = session.decisions;
            for (int i = 0; i < decisions.size(); i++) {
                SameGraph.VoteTally tally = decisions.get(i).tally;
                if (tally != null && exact.value >= 0 && tally.total() > exact.value) {
                    at(context, "decisions", i, "tally");
                    valid = false;
                }
            }
            return valid;
        }
    }

    /** Validates {@link NextSessionLater}; reported at {@code nextSession.schedule}. */
    public static final class NextSessionLaterValidator
            implements ConstraintValidator<NextSessionLater, SameGraph.Session> {
        /** Creates the validator. */
        public NextSessionLaterValidator() {}

        @Override
        public boolean isValid(SameGraph.@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null || session.nextSession == null) {
                return true;
            }
            SameGraph.Schedule next = session.nextSession.schedule;
            SameGraph.Schedule current = session.schedule;
            ZonedDateTime nextStart = next.exactStart();
            ZonedDateTime currentStart = current.exactStart();
            boolean later = nextStart != null && currentStart != null
                    ? nextStart.toInstant().isAfter(currentStart.toInstant())
                    : lastDay(next).isAfter(current.firstDay());
            if (later) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("nextSession")
                    .addPropertyNode("schedule")
                    .addConstraintViolation();
            return false;
        }

        private static LocalDate lastDay(SameGraph.Schedule schedule) {
            if (schedule instanceof SameGraph.TentativeSchedule tentative) {
                return tentative.to;
            } else if (schedule instanceof SameGraph.ExactSchedule exact) {
                return exact.start.toLocalDate();
            } else {
                return ((SameGraph.OpenEndedSchedule) schedule).start.toLocalDate();
            }
        }
    }

    /** Validates {@link AgendaWithinSession} on a session; reported at {@code agenda}. */
    public static final class AgendaWithinSessionOfSession
            implements ConstraintValidator<AgendaWithinSession, SameGraph.Session> {
        /** Creates the validator. */
        public AgendaWithinSessionOfSession() {}

        @Override
        public boolean isValid(SameGraph.@Nullable Session session, ConstraintValidatorContext context) {
            if (session == null
                    || !(session.schedule instanceof SameGraph.ExactSchedule exact)
                    || exact.duration().isNegative()
                    || exact.duration().isZero()
                    || total(session.agenda).compareTo(exact.duration()) <= 0) {
                return true;
            }
            at(context, "agenda");
            return false;
        }
    }

    /** Validates {@link AgendaWithinSession} on an agenda item; reported at {@code items}. */
    public static final class AgendaWithinSessionOfItem
            implements ConstraintValidator<AgendaWithinSession, SameGraph.AgendaItem> {
        /** Creates the validator. */
        public AgendaWithinSessionOfItem() {}

        @Override
        public boolean isValid(SameGraph.@Nullable AgendaItem item, ConstraintValidatorContext context) {
            if (item == null || item.duration == null || total(item.items).compareTo(item.duration) <= 0) {
                return true;
            }
            at(context, "items");
            return false;
        }
    }

    /** Validates {@link ProfilesWithinTotal}. */
    public static final class ProfilesWithinTotalValidator
            implements ConstraintValidator<ProfilesWithinTotal, SameGraph.Attendance> {
        /** Creates the validator. */
        public ProfilesWithinTotalValidator() {}

        @Override
        public boolean isValid(SameGraph.@Nullable Attendance attendance, ConstraintValidatorContext context) {
            if (attendance == null || attendance.count == null || attendance.count.value() < 0) {
                return true;
            }
            SameGraph.HeadCount total = attendance.count;
            List<SameGraph.ProfileCount> profiles = attendance.profiles;
            boolean valid = true;
            long sum = 0;
            for (int i = 0; i < profiles.size(); i++) {
                Integer count = profiles.get(i).count;
                if (count == null) {
                    continue;
                }
                sum += count;
                if (count > total.value()) {
                    at(context, "profiles", i, "count");
                    valid = false;
                }
            }
            if (valid && total instanceof SameGraph.ExactCount && sum > total.value()) {
                at(context, "profiles");
                valid = false;
            }
            return valid;
        }
    }

    /** Validates {@link PublishedMinutesContent}. */
    public static final class PublishedMinutesContentValidator
            implements ConstraintValidator<PublishedMinutesContent, SameGraph.PublishedMinutes> {
        /** Creates the validator. */
        public PublishedMinutesContentValidator() {}

        @Override
        public boolean isValid(SameGraph.@Nullable PublishedMinutes minutes, ConstraintValidatorContext context) {
            if (minutes == null || minutes.link != null || minutes.text != null) {
                return true;
            }
            at(context, "link");
            return false;
        }
    }

    static boolean isMultiLine(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean inGap(LocalDateTime time, ZoneId zone) {
        return zone.getRules().getValidOffsets(time).isEmpty();
    }

    private static Duration total(List<SameGraph.AgendaItem> items) {
        Duration sum = Duration.ZERO;
        for (SameGraph.AgendaItem item : items) {
            if (item.duration != null) {
                sum = sum.plus(item.duration);
            }
        }
        return sum;
    }

    private static void at(ConstraintValidatorContext context, String property) {
        builder(context).addPropertyNode(property).addConstraintViolation();
    }

    private static void at(ConstraintValidatorContext context, String list, int index, String property) {
        builder(context)
                .addPropertyNode(list)
                .addPropertyNode(property)
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
    }

    private static ConstraintViolationBuilder builder(ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        return context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
    }
}
