package io.github.townhall.benchmarks;

import io.github.townhall.session.Session;
import io.github.townhall.testing.Samples;
import io.github.townhall.validation.RecordValidator;
import io.github.townhall.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validating a valid session: townhall's {@link RecordValidator} against bare Hibernate Validator
 * on a bean with as many simple constraints as townhall checks on that session.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {
    private Session session;
    private RecordValidator townhall;
    private Validator bare;
    private SimpleBean bean;

    /** Builds both validators and the records once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        session = Samples.session(BenchmarkData.SEED);
        townhall = RecordValidator.create(Locale.FRENCH);
        if (!townhall.validate(session).isValid()) {
            throw new IllegalStateException("The sample session is not valid: " + townhall.validate(session));
        }
        bare = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
        bean = SimpleBean.valid();
        if (!bare.validate(bean).isEmpty()) {
            throw new IllegalStateException("The baseline bean is not valid");
        }
    }

    /**
     * Returns how many constraints each side checks, for the report.
     *
     * @return a line of text, not null
     */
    public String constraints() {
        Validator counting = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
        return "townhall session: " + ConstraintCount.of(counting, session) + " constraints; baseline bean: "
                + ConstraintCount.of(counting, bean) + " constraints";
    }

    /**
     * townhall's facade on a valid session.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport townhall() {
        return townhall.validate(session);
    }

    /**
     * Bare Hibernate Validator on a bean of simple constraints.
     *
     * @return the violations
     */
    @Benchmark
    public Set<ConstraintViolation<SimpleBean>> bareHibernateValidator() {
        return bare.validate(bean);
    }

    /**
     * Prints the constraint counts.
     *
     * @param args none
     */
    public static void main(String[] args) {
        ValidationBenchmark benchmark = new ValidationBenchmark();
        benchmark.setUp();
        System.out.println(benchmark.constraints());
    }
}
