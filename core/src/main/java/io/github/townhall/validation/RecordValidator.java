package io.github.townhall.validation;

import io.github.townhall.validation.internal.BundleMessageInterpolator;
import io.github.townhall.validation.internal.ViolationPaths;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidationProviderResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks townhall records against every rule of a valid record and reports every violation at
 * once, with its path and a message in the chosen language (English and French are shipped).
 *
 * <pre>{@code
 * RecordValidator validator = RecordValidator.create(Locale.FRENCH);
 * ValidationReport report = validator.validate(archive);
 * report.violations().forEach(v -> System.out.println(v.path() + " : " + v.message()));
 * }</pre>
 *
 * <p>It works with any Jakarta Validation 3.1 provider on the class or module path; Hibernate
 * Validator 9.1 is the one townhall is tested with. Messages come from townhall's own bundles
 * through an interpolator that needs no Jakarta EL implementation. The validator builds one
 * {@link ValidatorFactory} when created: create it once and share it. This class is immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class RecordValidator {
    /** The Maven coordinates of the provider townhall documents. */
    static final String PROVIDER_COORDINATES = "org.hibernate.validator:hibernate-validator:9.1.0.Final";

    private final Locale locale;
    private final Validator validator;
    private final RecordWalk walk;

    private RecordValidator(Locale locale, Validator validator) {
        this.locale = locale;
        this.validator = validator;
        this.walk = new RecordWalk(validator, BundleMessageInterpolator.messages(locale));
    }

    /**
     * Creates a validator with English messages.
     *
     * @return the validator, not null
     * @throws IllegalStateException if no Jakarta Validation provider is on the class path
     */
    public static RecordValidator create() {
        return create(Locale.ENGLISH);
    }

    /**
     * Creates a validator with messages in a language: French for {@code fr} locales, English
     * for any other.
     *
     * @param locale the language of the messages, not null
     * @return the validator, not null
     * @throws IllegalStateException if no Jakarta Validation provider is on the class path
     */
    public static RecordValidator create(Locale locale) {
        return create(locale, null);
    }

    /**
     * Creates a validator from the providers a resolver finds, or the default ones.
     *
     * @param locale the language of the messages
     * @param resolver the providers' resolver, or null for the default one
     * @return the validator
     */
    static RecordValidator create(Locale locale, @Nullable ValidationProviderResolver resolver) {
        Objects.requireNonNull(locale, "locale");
        Configuration<?> configuration;
        try {
            configuration = resolver == null
                    ? Validation.byDefaultProvider().configure()
                    : Validation.byDefaultProvider().providerResolver(resolver).configure();
        } catch (NoProviderFoundException | ServiceConfigurationError e) {
            throw noProvider(e);
        }
        ValidatorFactory factory = configuration
                .messageInterpolator(new BundleMessageInterpolator(locale))
                .buildValidatorFactory();
        return new RecordValidator(locale, factory.getValidator());
    }

    /**
     * Builds the exception thrown when no provider is found.
     *
     * @param cause what the Jakarta Validation bootstrap threw
     * @return the exception, naming the dependency to add
     */
    static IllegalStateException noProvider(Throwable cause) {
        return new IllegalStateException(
                "No Jakarta Validation provider found: add Hibernate Validator to the class path, "
                        + "Maven: <dependency><groupId>org.hibernate.validator</groupId>"
                        + "<artifactId>hibernate-validator</artifactId><version>9.1.0.Final</version></dependency> ("
                        + PROVIDER_COORDINATES + ") or another Jakarta Validation 3.1 provider",
                cause);
    }

    /** {@return the language of the messages, not null} */
    public Locale locale() {
        return locale;
    }

    /**
     * Validates a record: an {@code Archive}, {@code Organisation}, {@code Cycle}, {@code Session}
     * or any value of townhall's model, and everything it holds. Every violation is reported,
     * field and cross-field ones alike, in one call.
     *
     * <p>townhall walks its records and runs their constraints' validators itself; the provider
     * takes what the walk leaves (see the package docs). Paths, messages and values are the same.
     *
     * @param record the record to validate, not null
     * @return the report, not null
     * @throws NullPointerException if {@code record} is null
     */
    public ValidationReport validate(Object record) {
        Objects.requireNonNull(record, "record");
        try {
            return ValidationReport.of(walk.validate(record));
        } catch (RecordWalk.ProviderNeeded e) {
            return validateWithProvider(record); // what the walk leaves to the provider, it validates all
        }
    }

    /**
     * Validates an object through the provider's own walk: the reference {@link #validate} agrees
     * with, used for objects that are not records.
     *
     * @param record the object to validate, not null
     * @return the report, not null
     */
    ValidationReport validateWithProvider(Object record) {
        Set<ConstraintViolation<Object>> found = validator.validate(record);
        List<Violation> violations = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> violation : found) {
            violations.add(new Violation(
                    ViolationPaths.path(violation.getPropertyPath()),
                    violation
                            .getConstraintDescriptor()
                            .getAnnotation()
                            .annotationType()
                            .getName(),
                    violation.getMessage(),
                    ViolationPaths.print(ViolationPaths.value(violation))));
        }
        return ValidationReport.of(violations);
    }

    /** {@return a short description of this validator, not null} */
    @Override
    public String toString() {
        return "RecordValidator[" + locale.toLanguageTag() + "]";
    }
}
