package io.github.townhall.benchmarks;

import io.github.townhall.archive.Archive;
import io.github.townhall.archive.ArchiveBuilder;
import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.DecisionId;
import io.github.townhall.deliberation.DecisionOutcome;
import io.github.townhall.deliberation.ProposalId;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.people.Person;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.session.Attendance;
import io.github.townhall.session.HeadCount;
import io.github.townhall.session.Link;
import io.github.townhall.session.LinkKind;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.session.Speaker;
import io.github.townhall.session.SpeakerRole;
import io.github.townhall.testing.Samples;
import io.github.townhall.text.Text;
import io.github.townhall.validation.RecordValidator;
import io.github.townhall.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validating valid records: townhall's {@link RecordValidator} on a session against bare
 * Hibernate Validator on a bean with as many simple constraints as townhall checks on that
 * session, and on the same session as plain annotated classes ({@link SameGraph}); and townhall's
 * validator on a whole archive of 1,000 sessions. Three forks: on this shared machine, a figure
 * can differ by tens of percent from one JVM to the next.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(3)
public class ValidationBenchmark {
    /** How many sessions the archive of {@link #archiveOf1000(ArchiveState)} holds. */
    public static final int ARCHIVE_SESSIONS = 1_000;

    private Session session;
    private RecordValidator townhall;
    private Validator bare;
    private SimpleBean bean;

    /** Builds both validators and the records once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        session = BenchmarkData.firstModel(Samples.session(BenchmarkData.SEED));
        townhall = RecordValidator.create(Locale.FRENCH);
        if (!townhall.validate(session).isValid()) {
            throw new IllegalStateException("The sample session is not valid: " + townhall.validate(session));
        }
        bare = hibernateValidator();
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
        Validator counting = hibernateValidator();
        return "townhall session: " + ConstraintCount.describe(counting, session) + "; same graph: "
                + ConstraintCount.describe(counting, SameGraphMapping.session(session)) + "; baseline bean: "
                + ConstraintCount.describe(counting, bean);
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
     * Bare Hibernate Validator on the same session as plain annotated classes: the same objects,
     * cascade and checks as townhall's, without townhall's facade.
     *
     * @param state the mapped session and its validator
     * @return the violations
     */
    @Benchmark
    public Set<ConstraintViolation<SameGraph.Session>> hibernateValidatorSameGraph(SameGraphState state) {
        return state.validator.validate(state.session);
    }

    /**
     * townhall's facade on a valid archive of 1,000 sessions, in one call.
     *
     * @param state the archive and townhall's validator
     * @return the report
     */
    @Benchmark
    public ValidationReport archiveOf1000(ArchiveState state) {
        return state.townhall.validate(state.archive);
    }

    /**
     * Checks that the baseline of the same graph agrees with townhall on every session of the
     * archive (all valid) and on a broken one, then prints the constraint counts (last line).
     *
     * @param args none
     */
    public static void main(String[] args) {
        ValidationBenchmark benchmark = new ValidationBenchmark();
        benchmark.setUp();
        SameGraphState sameGraph = new SameGraphState();
        sameGraph.setUp();
        ArchiveState archive = new ArchiveState();
        archive.setUp();
        for (Session each : archive.archive.sessions()) {
            Set<ConstraintViolation<SameGraph.Session>> found =
                    sameGraph.validator.validate(SameGraphMapping.session(each));
            if (!found.isEmpty()) {
                throw new IllegalStateException("The same graph of " + each + " is not valid: " + found);
            }
        }
        System.out.println("same graph: the " + archive.archive.sessions().size()
                + " sessions of the archive valid, the broken session reported alike");
        System.out.println(benchmark.constraints());
    }

    /**
     * Returns a validator built like the baseline's: Hibernate Validator with parameter
     * interpolation (no expression language).
     *
     * @return a new validator, not null
     */
    static Validator hibernateValidator() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    /**
     * The state of {@link #hibernateValidatorSameGraph(SameGraphState)}: the benchmark's session
     * mapped to {@link SameGraph}, and a validator built like the bare one. Its own state so that
     * the other benchmarks' forks do not run this setup.
     */
    @State(Scope.Benchmark)
    public static class SameGraphState {
        private Validator validator;
        private SameGraph.Session session;

        /** Creates the state; JMH fills it in {@link #setUp()}. */
        public SameGraphState() {}

        /**
         * Maps the session, checks that it is valid, and that a broken copy is reported with the
         * same constraints as townhall reports on the broken session.
         */
        @Setup(Level.Trial)
        public void setUp() {
            Session original = BenchmarkData.firstModel(Samples.session(BenchmarkData.SEED));
            validator = hibernateValidator();
            session = SameGraphMapping.session(original);
            Set<ConstraintViolation<SameGraph.Session>> found = validator.validate(session);
            if (!found.isEmpty()) {
                throw new IllegalStateException("The same graph is not valid: " + found);
            }
            Session broken = broken(original);
            List<String> expected = RecordValidator.create(Locale.FRENCH).validate(broken).violations().stream()
                    .map(violation -> simpleName(violation.constraint()))
                    .sorted()
                    .toList();
            List<String> actual = validator.validate(SameGraphMapping.session(broken)).stream()
                    .map(violation -> violation
                            .getConstraintDescriptor()
                            .getAnnotation()
                            .annotationType()
                            .getSimpleName())
                    .sorted()
                    .toList();
            if (expected.size() < 8 || !expected.equals(actual)) {
                throw new IllegalStateException(
                        "The broken same graph is reported with " + actual + " where townhall reports " + expected);
            }
        }

        /**
         * A copy of the session with one mistake for each kind of check: townhall's own property
         * constraints, a standard one in a cascaded object, and class-level rules.
         */
        private static Session broken(Session session) {
            return session.with()
                    .status(SessionStatus.CANCELLED)
                    .title(Text.fr(" "))
                    .addQuestions(Text.fr("Deux\nlignes ?"))
                    .addSpeakers(Speaker.of(Person.of(" "), SpeakerRole.SPEAKER))
                    .attendance(new Attendance(HeadCount.exactly(-1), List.of(), null, List.of()))
                    .addDecisions(Decision.builder(DecisionId.of("d-broken"), DecisionOutcome.ADOPTED, Text.fr("Oui"))
                            .settles(List.of(ProposalId.of("p-unknown")))
                            .build())
                    .addLinks(new Link(LinkKind.DOCUMENT, null, URI.create("ftp://example.org/"), null, null))
                    .build()
                    .withId(SessionId.of(" "))
                    .withSchedule(ExactSchedule.of(
                            LocalDateTime.of(2026, 3, 29, 2, 30),
                            LocalDateTime.of(2026, 3, 28, 9, 0),
                            ZoneId.of("Europe/Paris")));
        }

        private static String simpleName(String constraint) {
            return constraint.substring(constraint.lastIndexOf('.') + 1);
        }
    }

    /**
     * The state of {@link #archiveOf1000(ArchiveState)}: a valid archive of
     * {@value #ARCHIVE_SESSIONS} generated sessions and townhall's validator.
     */
    @State(Scope.Benchmark)
    public static class ArchiveState {
        private RecordValidator townhall;
        private Archive archive;

        /** Creates the state; JMH fills it in {@link #setUp()}. */
        public ArchiveState() {}

        /** Generates the archive and checks that townhall finds it valid. */
        @Setup(Level.Trial)
        public void setUp() {
            townhall = RecordValidator.create(Locale.FRENCH);
            archive = archive(ARCHIVE_SESSIONS);
            ValidationReport report = townhall.validate(archive);
            if (!report.isValid()) {
                throw new IllegalStateException("The archive is not valid: " + report);
            }
        }

        /**
         * Generates {@code sessions} valid sessions the way {@link BenchmarkData} draws its pool
         * (the same seed and order: the same organisation and sessions), kept as {@link Samples}
         * makes them, with every kind of schedule, status, minutes and visibility, and the parts of
         * the first model only ({@link BenchmarkData#firstModel(Session)}), as measured before. The feed
         * benchmarks' versions (public, exact time) are not used: their new schedules leave some
         * agendas longer than the session.
         */
        private static Archive archive(int sessions) {
            return Samples.generate(BenchmarkData.SEED, Archive.class, random -> {
                Organisation organisation = Samples.organisation(random);
                ArchiveBuilder archive = Archive.builder(organisation);
                for (int i = 0; i < sessions; i++) {
                    archive.addSessions(
                            BenchmarkData.firstModel(Samples.session(random, organisation.id(), "s" + i, null)));
                }
                return archive.build();
            });
        }
    }
}
