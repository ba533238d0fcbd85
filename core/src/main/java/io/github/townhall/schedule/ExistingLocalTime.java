package io.github.townhall.schedule;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.schedule.ScheduleValidators.ExistingLocalTimeOfExactSchedule;
import io.github.townhall.schedule.ScheduleValidators.ExistingLocalTimeOfOpenEndedSchedule;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The local start and end times of a schedule exist in its zone: a time in a spring-forward gap
 * (02:30 on the last Sunday of March in Europe/Paris) is reported at {@code start} or {@code end}.
 * Checked on the start and end of an {@link ExactSchedule} and the start of an
 * {@link OpenEndedSchedule}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {ExistingLocalTimeOfExactSchedule.class, ExistingLocalTimeOfOpenEndedSchedule.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ExistingLocalTime {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.schedule.ExistingLocalTime.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
