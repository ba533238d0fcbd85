package io.github.townhall.schedule;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.schedule.ScheduleValidators.EndAfterStartOfExactSchedule;
import io.github.townhall.schedule.ScheduleValidators.EndAfterStartOfTentativeSchedule;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An end comes after its start: an {@link ExactSchedule} ends after it starts (compared as
 * instants in its zone, reported at {@code end}); a {@link TentativeSchedule} does not end before
 * it begins (reported at {@code to}).
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {EndAfterStartOfExactSchedule.class, EndAfterStartOfTentativeSchedule.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface EndAfterStart {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.schedule.EndAfterStart.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
