package io.github.townhall.benchmarks;

import io.github.townhall.archive.Archive;
import io.github.townhall.archive.ArchiveBuilder;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.deliberation.Appointment;
import io.github.townhall.ical.IcalOptions;
import io.github.townhall.ical.IcalReader;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.Party;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.schedule.UndatedSchedule;
import io.github.townhall.session.ActionItem;
import io.github.townhall.session.ActionStatus;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.session.Speaker;
import io.github.townhall.session.Visibility;
import io.github.townhall.testing.Samples;
import io.github.townhall.text.Text;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;

/**
 * The data every benchmark runs over, generated from {@link Samples} with a fixed seed: valid
 * random sessions, made public with exact schedules in Europe/Paris or Europe/Brussels so that
 * every engine writes the same events.
 */
public final class BenchmarkData {
    /** The seed of every benchmark's data. */
    public static final long SEED = 20_261_123L;

    /** The UID domain of the feeds. */
    public static final String DOMAIN = "bench.townhall.example.org";

    /** How many distinct sessions are generated; larger feeds repeat them under new ids. */
    public static final int POOL = 1_000;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final Organisation organisation;
    private final List<Session> pool;

    private BenchmarkData(Organisation organisation, List<Session> pool) {
        this.organisation = organisation;
        this.pool = pool;
    }

    /**
     * Generates the organisation and the pool of feed sessions.
     *
     * @return the data, not null
     */
    public static BenchmarkData generate() {
        BenchmarkData data = Samples.generate(SEED, BenchmarkData.class, random -> {
            Organisation organisation = Samples.organisation(random);
            List<Session> sessions = new ArrayList<>(POOL);
            for (int i = 0; i < POOL; i++) {
                Session session = Samples.session(random, organisation.id(), "s" + i, null);
                sessions.add(forFeeds(session, i));
            }
            return new BenchmarkData(organisation, List.copyOf(sessions));
        });
        return data;
    }

    private static Session forFeeds(Session session, int index) {
        Schedule schedule = session.schedule();
        ZoneId zone = index % 2 == 0 ? PARIS : BRUSSELS;
        LocalDateTime start;
        LocalDateTime end;
        if (schedule instanceof ExactSchedule exact) {
            start = exact.start();
            end = exact.end();
        } else if (schedule instanceof OpenEndedSchedule open) {
            start = open.start();
            end = open.start().plusMinutes(90);
        } else {
            LocalDate from =
                    schedule instanceof TentativeSchedule tentative ? tentative.from() : LocalDate.of(2024, 6, 4);
            start = from.atTime(18, 0);
            end = from.atTime(20, 0);
        }
        // no local time in a spring-forward gap (02:00-03:00 on the last Sunday of March)
        if (start.getHour() == 2) {
            start = start.plusHours(1);
            end = end.plusHours(1);
        }
        return firstModel(session).withVisibility(Visibility.PUBLIC).withSchedule(ExactSchedule.of(start, end, zone));
    }

    /**
     * Leaves out the parts added in format 1.1 (partners, topics, roles, practical details, named
     * attendance, references to the directory and the register...), so that the baselines, which
     * mirror the first model, hold the same data as townhall; a session with no date yet gets a
     * tentative month before every generated date (January 1999). Appointments keep their project
     * group only where the organisation has it.
     */
    static Session firstModel(Session session) {
        return session.with()
                .schedule(
                        session.schedule() instanceof UndatedSchedule
                                ? TentativeSchedule.ofMonth(YearMonth.of(1999, 1))
                                : session.schedule())
                .partners(List.of())
                .topics(List.of())
                .objectives(List.of())
                .roles(List.of())
                .practical(null)
                .earlierSchedules(List.of())
                .editorial(List.of())
                .venue(
                        session.venue() == null
                                ? null
                                : session.venue().withAccessibility(List.of()).withOrganisation(null))
                .speakers(session.speakers().stream()
                        .map(speaker -> Speaker.of(speaker.person().withId(null), speaker.role()))
                        .toList())
                .links(session.links().stream()
                        .map(link -> link.withOrganiser(null))
                        .toList())
                .attendance(
                        session.attendance() == null
                                ? null
                                : session.attendance().withAttendees(List.of()))
                .proposals(session.proposals().stream()
                        .map(proposal -> proposal.withProposedBy(null))
                        .toList())
                .appointments(session.appointments().stream()
                        .map(a -> new Appointment(a.role(), a.appointee(), null, a.note(), null))
                        .toList())
                .actionItems(session.actionItems().stream()
                        .map(item -> new ActionItem(
                                item.description(),
                                item.owner() instanceof Party.Named named ? named : null,
                                item.due(),
                                ActionStatus.OPEN,
                                null))
                        .toList())
                .build();
    }

    /**
     * Returns the organisation.
     *
     * @return the organisation, not null
     */
    public Organisation organisation() {
        return organisation;
    }

    /**
     * Returns {@code count} feed sessions: the pool repeated under distinct ids, computed on the
     * fly, so a million sessions cost the memory of the pool.
     *
     * @param count how many
     * @return a list view, not null
     */
    public List<Session> sessions(int count) {
        return new Repeated(pool, count);
    }

    /**
     * Returns {@code count} feed sessions held in memory.
     *
     * @param count how many
     * @return the sessions, not null
     */
    public List<Session> materialised(int count) {
        return List.copyOf(sessions(count));
    }

    /**
     * Returns an archive of the organisation with {@code count} sessions in memory.
     *
     * @param count how many sessions
     * @return the archive, not null
     */
    public Archive archive(int count) {
        ArchiveBuilder archive = Archive.builder(organisation);
        for (Session session : sessions(count)) {
            archive.addSessions(session);
        }
        return archive.build();
    }

    /**
     * Returns an archive of one cycle of {@code count} sessions, in the cycle's order.
     *
     * @param count how many sessions
     * @return the archive, not null
     */
    public Archive cycleArchive(int count) {
        Cycle cycle = Cycle.builder(CycleId.of("cycle-1"), organisation.id(), Text.fr("Les rencontres du mardi"))
                .place("Toulouse")
                .build();
        ArchiveBuilder archive = Archive.builder(organisation).addCycles(cycle);
        List<Session> sessions = sessions(count);
        for (int i = 0; i < count; i++) {
            archive.addSessions(sessions.get(i).withCycle(CyclePosition.of(cycle.id(), i + 1)));
        }
        return archive.build();
    }

    /**
     * Returns the feed options of every benchmark: a pinned product version for stable bytes.
     *
     * @return the options, not null
     */
    public static IcalOptions options() {
        return IcalOptions.builder(DOMAIN).productVersion("bench").build();
    }

    /**
     * Returns the reader of every import benchmark: French texts, and limits raised to the size
     * of the files read here (a 100,000-event file is about 110 million characters, over the
     * default 40 million).
     *
     * @param events the events of the file
     * @return the reader, not null
     */
    public IcalReader reader(int events) {
        return IcalReader.of(organisation.id(), Locale.FRENCH)
                .withMaxInputLength(Math.max(IcalReader.DEFAULT_MAX_INPUT_LENGTH, 2_000L * events))
                .withMaxEvents(Math.max(IcalReader.DEFAULT_MAX_EVENTS, events));
    }

    /**
     * Returns the organisation's id.
     *
     * @return the id, not null
     */
    public OrganisationId organisationId() {
        return organisation.id();
    }

    private static final class Repeated extends AbstractList<Session> implements RandomAccess {
        private final List<Session> pool;
        private final int size;

        Repeated(List<Session> pool, int size) {
            this.pool = pool;
            this.size = size;
        }

        @Override
        public Session get(int index) {
            Session session = pool.get(index % pool.size());
            return index < pool.size() ? session : session.withId(SessionId.of("s" + index));
        }

        @Override
        public int size() {
            return size;
        }
    }
}
