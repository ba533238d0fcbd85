package io.github.townhall.archive;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.townhall.internal.Violations;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.people.PersonId;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * In an {@link Archive}, every organisation of the directory and every person of the register is
 * written once: a directory entry with the id of the archive's organisation or of an earlier entry is
 * reported at {@code directory[i].id}, a person without an id or with the id of an earlier person at
 * {@code people[i].id}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {DirectoryEntriesUnique.OfArchive.class})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DirectoryEntriesUnique {
    /** {@return the message template, a key of townhall's message bundles} */
    String message() default "{io.github.townhall.archive.DirectoryEntriesUnique.message}";
    /** {@return the validation groups, empty for the default group} */
    Class<?>[] groups() default {};
    /** {@return the payload attached to the constraint} */
    Class<? extends Payload>[] payload() default {};

    /** The provider's validator of {@link DirectoryEntriesUnique} on a {@link Archive}, not for direct use. */
    final class OfArchive implements ConstraintValidator<DirectoryEntriesUnique, Archive> {
        /** Creates the validator. */
        public OfArchive() {}

        @Override
        public boolean isValid(@Nullable Archive value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean valid = true;
            Set<OrganisationId> organisations = new HashSet<>();
            organisations.add(value.organisation().id());
            for (int i = 0; i < value.directory().size(); i++) {
                if (!organisations.add(value.directory().get(i).id())) {
                    Violations.at(context, "directory", i, "id");
                    valid = false;
                }
            }
            Set<PersonId> people = new HashSet<>();
            for (int i = 0; i < value.people().size(); i++) {
                PersonId id = value.people().get(i).id();
                if (id == null || !people.add(id)) {
                    Violations.at(context, "people", i, "id");
                    valid = false;
                }
            }
            return valid;
        }
    }
}
