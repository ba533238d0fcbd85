package io.github.townhall.archive;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.internal.Violations;
import io.github.townhall.session.NextSession;
import io.github.townhall.session.SessionId;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * In an {@link Archive}, a session's next session that refers to a session of the archive does not
 * repeat its schedule or venue (one place per fact: the record holds them); reported at
 * {@code sessions[i].nextSession}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {NextSessionNotCopied.OfArchive.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NextSessionNotCopied {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.archive.NextSessionNotCopied.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link NextSessionNotCopied} on a {@link Archive}, not for direct use. */
    final class OfArchive implements ConstraintValidator<NextSessionNotCopied, Archive> {
        /** Creates the validator. */
        public OfArchive() {}

        @Override
        public boolean isValid(@Nullable Archive value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            @Nullable Set<SessionId> ids = null;
            boolean valid = true;
            for (int i = 0; i < value.sessions().size(); i++) {
                NextSession next = value.sessions().get(i).nextSession();
                if (next == null || next.session() == null || (next.schedule() == null && next.venue() == null)) {
                    continue;
                }
                if (ids == null) {
                    ids = SessionIds.of(value, context);
                }
                if (ids.contains(next.session())) {
                    Violations.at(context, "sessions", i, "nextSession");
                    valid = false;
                }
            }
            return valid;
        }
    }
}
