package io.github.townhall.session;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.session.SessionValidators.AttendeesMatchCountOfAttendance;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * In an {@link Attendance} with both an exact head count and an attendance list, the list does not
 * name more people present or remote than the head count (a list may be partial: not everyone signs,
 * and an erased person leaves it); reported at {@code count}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {AttendeesMatchCountOfAttendance.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AttendeesMatchCount {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.session.AttendeesMatchCount.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};
}
