package io.github.townhall.testing;

import static org.instancio.Select.root;

import io.github.townhall.announcement.Announcement;
import io.github.townhall.announcement.AnnouncementId;
import io.github.townhall.archive.Archive;
import io.github.townhall.archive.ArchiveBuilder;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.deliberation.Appointment;
import io.github.townhall.deliberation.Commitment;
import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.DecisionId;
import io.github.townhall.deliberation.DecisionMethod;
import io.github.townhall.deliberation.DecisionOutcome;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.deliberation.ProposalId;
import io.github.townhall.deliberation.ProposalKind;
import io.github.townhall.deliberation.ProposalStatus;
import io.github.townhall.deliberation.VoteTally;
import io.github.townhall.organisation.BoardChange;
import io.github.townhall.organisation.BoardRole;
import io.github.townhall.organisation.DeclarationStatus;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.MemberCount;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationBuilder;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.PartnerRole;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.ProjectGroup;
import io.github.townhall.organisation.ProjectGroupId;
import io.github.townhall.organisation.Quorum;
import io.github.townhall.organisation.RoleAssignment;
import io.github.townhall.people.Affiliation;
import io.github.townhall.people.ContactPoint;
import io.github.townhall.people.Person;
import io.github.townhall.people.PersonId;
import io.github.townhall.place.AccessFeature;
import io.github.townhall.place.GeoPoint;
import io.github.townhall.place.Venue;
import io.github.townhall.place.VenueBuilder;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.ActionItem;
import io.github.townhall.session.ActionStatus;
import io.github.townhall.session.Admission;
import io.github.townhall.session.AgendaItem;
import io.github.townhall.session.ApprovedMinutes;
import io.github.townhall.session.Attendance;
import io.github.townhall.session.Attendee;
import io.github.townhall.session.AttendeeStatus;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.DraftMinutes;
import io.github.townhall.session.HeadCount;
import io.github.townhall.session.Link;
import io.github.townhall.session.LinkKind;
import io.github.townhall.session.MeetingRole;
import io.github.townhall.session.Minutes;
import io.github.townhall.session.NextSession;
import io.github.townhall.session.PendingMinutes;
import io.github.townhall.session.PracticalDetails;
import io.github.townhall.session.ProfileCount;
import io.github.townhall.session.PublishedMinutes;
import io.github.townhall.session.Registration;
import io.github.townhall.session.Revision;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionBuilder;
import io.github.townhall.session.SessionFormat;
import io.github.townhall.session.SessionId;
import io.github.townhall.session.SessionRole;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.session.Speaker;
import io.github.townhall.session.SpeakerRole;
import io.github.townhall.session.Visibility;
import io.github.townhall.text.Text;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.generator.AfterGenerate;
import org.instancio.settings.Keys;
import org.jspecify.annotations.Nullable;

/**
 * Seeded generators of valid random townhall records, for property-style tests here and in the
 * ical and json modules.
 *
 * <p>Every record obeys every rule of a valid record (end after start, shorter than a day, no
 * time in a spring-forward gap, decisions naming proposals of their session, selected proposals
 * settled, tallies within attendance, next session later, agenda within the session, ordinals
 * unique and chronological, absolute http(s) links, well-formed e-mails). Randomness comes from
 * Instancio's seeded {@link Random}, so a seed replays a sample exactly; Instancio is told not to
 * touch what the generators build (its default would fill null fields by reflection):
 *
 * <pre>{@code
 * long seed = Samples.seed();               // prints "townhall samples seed: ..." once
 * List<Archive> archives = Samples.archives(seed, 200);
 * }</pre>
 */
public final class Samples {
    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("Europe/Paris"),
            ZoneId.of("Europe/Brussels"),
            ZoneId.of("America/Montreal"),
            ZoneId.of("America/Sao_Paulo"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Africa/Dakar"));

    private static final List<String> WORDS = List.of(
            "participation",
            "habitants",
            "débat",
            "budget",
            "concertation",
            "quartier",
            "numérique",
            "coopération",
            "soirée",
            "atelier",
            "écologie",
            "mobilité",
            "jeunesse",
            "élus",
            "citoyens",
            "réseau",
            "territoire",
            "gouvernance",
            "solidarité",
            "l’économie",
            "santé",
            "école",
            "Œuvre",
            "café",
            "ça",
            "naïve",
            "forêt",
            "«regards croisés»",
            "2017",
            "été",
            "emoji🙂",
            "a;b",
            "c,d",
            "x\\y");

    private static final List<String> NAMES =
            List.of("Céline", "Rémy", "Patrick", "Anaïs", "Zoé", "Jérôme", "Françoise", "Noël", "Mathis", "Inès");

    private static final List<String> SURNAMES = List.of(
            "Martin", "Bernard", "Dubois", "Lefèvre", "Soupène-Martin", "Vergnes", "Bodart", "N'Diaye", "Le Gall");

    private static final List<String> CITIES =
            List.of("Toulouse", "Rennes", "Ramonville-Saint-Agne", "Tarbes", "Nantes", "Saint-Étienne", "Lyon");

    private static volatile boolean printed;

    private Samples() {}

    /**
     * Returns the seed to use for a run: the system property {@code townhall.seed} when set (to
     * replay a failure), else a fresh one; prints it so that any failure can be replayed.
     *
     * @return the seed
     */
    public static long seed() {
        String fixed = System.getProperty("townhall.seed");
        long seed = fixed != null ? Long.parseLong(fixed) : new java.util.Random().nextLong();
        if (!printed || fixed == null) {
            System.out.println("townhall samples seed: " + seed + " (replay with -Dtownhall.seed=" + seed + ")");
            printed = true;
        }
        return seed;
    }

    /**
     * Generates one value from a seeded Instancio {@link Random}.
     *
     * @param seed the seed
     * @param type the type generated
     * @param generator what to make from the random source
     * @param <T> the type generated
     * @return the value
     */
    public static <T> T generate(long seed, Class<T> type, Function<Random, T> generator) {
        // DO_NOT_MODIFY: Instancio must not fill the generated records' null fields afterwards.
        return Instancio.of(type)
                .withSeed(seed)
                .withSetting(Keys.AFTER_GENERATE_HINT, AfterGenerate.DO_NOT_MODIFY)
                .supply(root(), generator::apply)
                .create();
    }

    /**
     * Generates {@code count} archives from one seed.
     *
     * @param seed the seed
     * @param count how many
     * @return the archives, each valid
     */
    public static List<Archive> archives(long seed, int count) {
        return IntStream.range(0, count).mapToObj(i -> archive(seed + i)).toList();
    }

    /**
     * Generates one valid archive: an organisation, one to three cycles, sessions in and out of
     * cycles, announcements.
     *
     * @param seed the seed
     * @return the archive
     */
    public static Archive archive(long seed) {
        return generate(seed, Archive.class, Samples::archive);
    }

    /**
     * Generates {@code count} sessions from one seed.
     *
     * @param seed the seed
     * @param count how many
     * @return the sessions, each valid
     */
    public static List<Session> sessions(long seed, int count) {
        return IntStream.range(0, count).mapToObj(i -> session(seed + i)).toList();
    }

    /**
     * Generates one valid session outside any cycle.
     *
     * @param seed the seed
     * @return the session
     */
    public static Session session(long seed) {
        return generate(
                seed,
                Session.class,
                random -> session(random, OrganisationId.of("org-" + random.alphanumeric(6)), "s", null));
    }

    /**
     * Generates one valid organisation.
     *
     * @param seed the seed
     * @return the organisation
     */
    public static Organisation organisation(long seed) {
        return generate(seed, Organisation.class, Samples::organisation);
    }

    /**
     * Generates a valid archive from a random source.
     *
     * @param random the source
     * @return the archive
     */
    public static Archive archive(Random random) {
        Organisation organisation = organisation(random);
        if (organisation.projectGroups().stream().noneMatch(group -> group.id().equals(ProjectGroupId.of("g1")))) {
            List<ProjectGroup> groups = new ArrayList<>(organisation.projectGroups());
            groups.add(new ProjectGroup(ProjectGroupId.of("g1"), text(random, 3), null, List.of(), List.of()));
            organisation = organisation.withProjectGroups(groups);
        }
        ArchiveBuilder archive = Archive.builder(organisation);
        for (String id : PARTNERS) {
            archive.addDirectory(ListedOrganisation.builder(OrganisationId.of(id), "Association " + words(random, 2))
                    .shortName(random.trueOrFalse() ? random.upperCaseAlphabetic(3) : null)
                    .website(random.trueOrFalse() ? url(random) : null)
                    .city(random.trueOrFalse() ? random.oneOf(CITIES) : null)
                    .mission(random.trueOrFalse() ? text(random, 8) : null)
                    .build());
        }
        for (String id : PEOPLE) {
            archive.addPeople(person(random).withId(PersonId.of(id)));
        }
        int cycles = random.intRange(0, 3);
        int index = 0;
        for (int c = 0; c < cycles; c++) {
            Cycle cycle = cycle(random, organisation.id(), c);
            archive.addCycles(cycle);
            int count = random.intRange(1, 5);
            LocalDate day = LocalDate.of(random.intRange(2010, 2030), random.intRange(1, 12), random.intRange(1, 28));
            for (int ordinal = 1; ordinal <= count; ordinal++) {
                day = day.plusDays(random.intRange(7, 90));
                Session session = session(random, organisation.id(), "s" + index++, day)
                        .withCycle(CyclePosition.of(cycle.id(), ordinal));
                archive.addSessions(session);
            }
        }
        int loose = random.intRange(cycles == 0 ? 1 : 0, 3);
        List<SessionId> ids = new ArrayList<>();
        for (int i = 0; i < loose; i++) {
            Session session = session(random, organisation.id(), "s" + index++, null);
            ids.add(session.id());
            archive.addSessions(session);
        }
        int announcements = random.intRange(0, 3);
        for (int i = 0; i < announcements; i++) {
            archive.addAnnouncements(new Announcement(
                    AnnouncementId.of("a" + i),
                    organisation.id(),
                    date(random),
                    text(random, 12),
                    random.trueOrFalse() ? url(random) : null,
                    !ids.isEmpty() && random.trueOrFalse() ? random.oneOf(ids) : null,
                    random.trueOrFalse() ? random.oneOf("Twitter", "Mastodon", "Site web") : null));
        }
        return archive.build();
    }

    /**
     * Generates a valid organisation from a random source.
     *
     * @param random the source
     * @return the organisation
     */
    public static Organisation organisation(Random random) {
        OrganisationBuilder builder = Organisation.builder(
                        OrganisationId.of("org-" + random.lowerCaseAlphabetic(6)), "Association " + words(random, 2))
                .shortName(random.trueOrFalse() ? random.upperCaseAlphabetic(4) : null)
                .city(random.trueOrFalse() ? random.oneOf(CITIES) : null)
                .country(random.trueOrFalse() ? "FR" : null)
                .website(random.trueOrFalse() ? url(random) : null)
                .email(random.trueOrFalse() ? random.lowerCaseAlphabetic(5) + "@example.org" : null)
                .description(random.trueOrFalse() ? text(random, 20) : null);
        for (int i = random.intRange(0, 3); i > 0; i--) {
            builder.addPurposes(text(random, 6));
        }
        for (int i = random.intRange(0, 3); i > 0; i--) {
            builder.addBoard(roleAssignment(random));
        }
        if (random.trueOrFalse()) {
            DeclarationStatus status = random.oneOf(DeclarationStatus.values());
            builder.addBoardChanges(new BoardChange(
                    text(random, 5),
                    random.trueOrFalse() ? List.of(roleAssignment(random)) : List.of(),
                    random.trueOrFalse() ? "Préfecture" : null,
                    status,
                    status == DeclarationStatus.DECLARED && random.trueOrFalse() ? date(random) : null));
        }
        for (int i = random.intRange(0, 2); i > 0; i--) {
            builder.addProjectGroups(new ProjectGroup(
                    ProjectGroupId.of("g" + i),
                    text(random, 3),
                    random.trueOrFalse() ? text(random, 8) : null,
                    random.trueOrFalse() ? List.of(roleAssignment(random)) : List.of(),
                    random.trueOrFalse(0.2) ? List.of("name") : List.of()));
        }
        if (random.trueOrFalse(0.3)) {
            boolean share = random.trueOrFalse();
            builder.quorum(
                    share
                            ? Quorum.share(new BigDecimal(random.oneOf("0.5", "0.25", "1", "0.33")))
                            : Quorum.count(random.intRange(1, 30)));
            builder.members(
                    share || random.trueOrFalse() ? MemberCount.of(random.intRange(0, 300), date(random)) : null);
        }
        return builder.build();
    }

    private static RoleAssignment roleAssignment(Random random) {
        BoardRole role = random.oneOf(BoardRole.values());
        LocalDate from = random.trueOrFalse() ? date(random) : null;
        return new RoleAssignment(
                role,
                role == BoardRole.OTHER || random.trueOrFalse() ? text(random, 2) : null,
                random.trueOrFalse() ? person(random) : null,
                from,
                from != null && random.trueOrFalse() ? from.plusDays(random.intRange(1, 800)) : null);
    }

    private static Cycle cycle(Random random, OrganisationId organiser, int index) {
        return Cycle.builder(CycleId.of("cycle-" + index), organiser, text(random, 4))
                .place(random.trueOrFalse() ? random.oneOf(CITIES) : null)
                .description(random.trueOrFalse() ? text(random, 20) : null)
                .website(random.trueOrFalse() ? url(random) : null)
                .partners(partners(random))
                .topics(texts(random, 2))
                .objectives(texts(random, 8))
                .editorial(random.trueOrFalse(0.2) ? List.of("title") : List.of())
                .build();
    }

    /** Ids of the directory and register every generated archive holds, for references to resolve. */
    static final List<String> PARTNERS = List.of("partner-a", "partner-b", "partner-c");

    static final List<String> PEOPLE = List.of("person-1", "person-2", "person-3", "person-4", "person-5");

    private static List<Partnership> partners(Random random) {
        List<Partnership> partners = new ArrayList<>();
        for (int i = random.intRange(0, 2); i > 0; i--) {
            partners.add(Partnership.of(OrganisationId.of(random.oneOf(PARTNERS)), random.oneOf(PartnerRole.values())));
        }
        return partners;
    }

    private static List<Text> texts(Random random, int words) {
        List<Text> texts = new ArrayList<>();
        for (int i = random.intRange(0, 2); i > 0; i--) {
            texts.add(text(random, words));
        }
        return texts;
    }

    private static @Nullable Party party(Random random) {
        return switch (random.intRange(0, 5)) {
            case 0 -> Party.person(PersonId.of(random.oneOf(PEOPLE)));
            case 1 -> Party.group(ProjectGroupId.of("g1"));
            case 2 -> Party.organisation(OrganisationId.of(random.oneOf(PARTNERS)));
            case 3 -> Party.meeting();
            case 4 -> Party.named(random.oneOf(NAMES) + " " + random.oneOf(SURNAMES));
            default -> null;
        };
    }

    /**
     * Generates a valid session from a random source.
     *
     * @param random the source
     * @param organisation the organisation holding it
     * @param id the session's id
     * @param day the day it takes place, or null for any day
     * @return the session
     */
    public static Session session(Random random, OrganisationId organisation, String id, LocalDate day) {
        ZoneId zone = random.oneOf(ZONES);
        LocalDate date = day != null ? day : date(random);
        LocalDateTime start = date.atTime(random.intRange(8, 20), random.oneOf(0, 15, 30, 45));
        int minutes = random.intRange(30, 240);
        SessionStatus status = random.oneOf(SessionStatus.values());
        Schedule schedule;
        int kind = random.intRange(0, 9);
        if (kind < 6 || status == SessionStatus.HELD) {
            schedule = kind % 2 == 0 && status != SessionStatus.HELD
                    ? OpenEndedSchedule.of(date, start.toLocalTime(), zone)
                    : ExactSchedule.of(start, existing(start.plusMinutes(minutes), zone), zone);
            if (kind == 3 && status == SessionStatus.HELD) {
                schedule = OpenEndedSchedule.of(date, start.toLocalTime(), zone);
            }
        } else if (kind == 9 && day == null && status != SessionStatus.SCHEDULED) {
            schedule = Schedule.undated();
        } else if (kind < 8 && day == null) {
            schedule = TentativeSchedule.ofMonth(YearMonth.from(date));
        } else {
            schedule = TentativeSchedule.of(date, date.plusDays(random.intRange(0, 20)));
        }
        SessionBuilder builder = Session.builder(SessionId.of(id), organisation, schedule)
                .format(random.oneOf(SessionFormat.values()))
                .status(status)
                .visibility(random.trueOrFalse(0.8) ? Visibility.PUBLIC : Visibility.MEMBERS_ONLY)
                .title(random.trueOrFalse(0.8) ? text(random, 5) : null)
                .description(random.trueOrFalse() ? multiline(random) : null)
                .venue(random.trueOrFalse(0.8) ? venue(random) : null);
        if (builder.title() == null || random.trueOrFalse()) {
            for (int i = random.intRange(1, 3); i > 0; i--) {
                builder.addQuestions(text(random, 8).withOriginal(words(random, 6) + " ?"));
            }
        }
        for (int i = random.intRange(0, 3); i > 0; i--) {
            builder.addSpeakers(new Speaker(
                    random.trueOrFalse(0.2) ? person(random).withId(PersonId.of(random.oneOf(PEOPLE))) : person(random),
                    random.oneOf(SpeakerRole.values()),
                    random.trueOrFalse() ? OrganisationId.of(random.oneOf(PARTNERS)) : null));
        }
        Integer count = null;
        if (status != SessionStatus.CANCELLED && random.trueOrFalse()) {
            count = random.intRange(0, 80);
            List<ProfileCount> profiles = new ArrayList<>();
            int left = count;
            for (int i = random.intRange(0, 3); i > 0; i--) {
                Integer share = random.trueOrFalse() ? random.intRange(0, left) : null;
                left -= share == null ? 0 : share;
                profiles.add(new ProfileCount(text(random, 2), share));
            }
            List<Attendee> attendees = new ArrayList<>();
            if (random.trueOrFalse(0.3)) {
                for (String person : PEOPLE) {
                    if (random.trueOrFalse()) {
                        attendees.add(Attendee.of(PersonId.of(person), random.oneOf(AttendeeStatus.values())));
                    }
                }
            }
            boolean exact = random.trueOrFalse();
            if (exact && !attendees.isEmpty()) {
                count = (int)
                        attendees.stream().filter(a -> a.status().takesPart()).count();
                profiles.clear();
            }
            builder.attendance(new Attendance(
                    exact ? HeadCount.exactly(count) : HeadCount.about(count),
                    profiles,
                    random.trueOrFalse() ? text(random, 6) : null,
                    attendees));
        }
        long agendaMinutes = schedule instanceof ExactSchedule ? minutes : 24 * 60 - 1;
        builder.agenda(agenda(random, agendaMinutes, 0));
        deliberation(random, builder, count, date);
        for (int i = random.intRange(0, 2); i > 0; i--) {
            builder.addLinks(new Link(
                    random.oneOf(LinkKind.values()),
                    text(random, 4),
                    random.trueOrFalse(0.8) ? url(random) : null,
                    random.trueOrFalse() ? text(random, 10) : null,
                    random.trueOrFalse(0.3) ? OrganisationId.of(random.oneOf(PARTNERS)) : null));
        }
        builder.minutes(minutes(random));
        builder.partners(partners(random))
                .topics(texts(random, 2))
                .objectives(texts(random, 8))
                .editorial(random.trueOrFalse(0.2) ? List.of("title") : List.of());
        for (int i = random.intRange(0, 3); i > 0; i--) {
            Party holder = party(random);
            if (holder != null) {
                builder.addRoles(SessionRole.of(random.oneOf(MeetingRole.values()), holder));
            }
        }
        if (random.trueOrFalse(0.3)) {
            builder.practical(PracticalDetails.builder()
                    .accessibility(random.trueOrFalse() ? List.of(random.oneOf(AccessFeature.values())) : List.of())
                    .admission(
                            switch (random.intRange(0, 2)) {
                                case 0 -> Admission.free();
                                case 1 ->
                                    new Admission.Paid(
                                            new BigDecimal(random.intRange(1, 2000)).movePointLeft(2),
                                            Currency.getInstance(random.oneOf("EUR", "CHF", "CAD")),
                                            random.trueOrFalse() ? text(random, 4) : null);
                                default -> null;
                            })
                    .contact(
                            random.trueOrFalse()
                                    ? new ContactPoint(
                                            random.trueOrFalse() ? random.oneOf(NAMES) : null,
                                            random.trueOrFalse()
                                                    ? random.lowerCaseAlphabetic(5) + "@example.org"
                                                    : null,
                                            random.trueOrFalse()
                                                    ? "05 61 " + random.digits(2) + " " + random.digits(2)
                                                    : null)
                                    : null)
                    .languages(random.trueOrFalse() ? List.of(Locale.FRENCH) : List.of())
                    .build());
        }
        if (schedule.hasExactStart() && random.trueOrFalse(0.2)) {
            builder.addEarlierSchedules(
                    OpenEndedSchedule.of(date.minusDays(random.intRange(1, 30)), LocalTime.of(18, 0), zone));
        }
        if (random.trueOrFalse()) {
            LocalDate next = date.plusDays(random.intRange(1, 60));
            builder.nextSession(new NextSession(
                    random.trueOrFalse() ? SessionId.of(id + "-next") : null,
                    random.trueOrFalse()
                            ? OpenEndedSchedule.of(next, LocalTime.of(18, 0), zone)
                            : TentativeSchedule.ofMonth(YearMonth.from(next.plusMonths(1))),
                    random.trueOrFalse() ? venue(random) : null,
                    random.trueOrFalse() ? text(random, 5) : null));
        }
        if (random.trueOrFalse(0.2)) {
            builder.registration(new Registration(
                    random.trueOrFalse(),
                    random.trueOrFalse() ? random.intRange(1, 500) : null,
                    random.trueOrFalse() ? url(random) : null));
        }
        if (random.trueOrFalse()) {
            Instant created = Instant.ofEpochSecond(random.longRange(1_400_000_000L, 1_900_000_000L));
            builder.revision(
                    new Revision(random.intRange(0, 20), created, created.plusSeconds(random.intRange(0, 1_000_000))));
        } else {
            builder.revision(Revision.of(random.intRange(0, 3)));
        }
        return builder.build();
    }

    /** Moves a local time out of a spring-forward gap (midnight in some zones, some years). */
    private static LocalDateTime existing(LocalDateTime time, ZoneId zone) {
        return zone.getRules().getValidOffsets(time).isEmpty() ? time.plusHours(1) : time;
    }

    private static void deliberation(Random random, SessionBuilder builder, Integer attendance, LocalDate day) {
        List<Proposal> proposals = new ArrayList<>();
        for (int i = random.intRange(0, 4); i > 0; i--) {
            ProposalKind kind = random.oneOf(ProposalKind.values());
            proposals.add(new Proposal(
                    ProposalId.of("p" + i),
                    kind,
                    text(random, 4),
                    kind == ProposalKind.THEME ? List.of(text(random, 8)) : List.of(),
                    random.trueOrFalse() ? text(random, 10) : null,
                    random.oneOf(ProposalStatus.values()),
                    random.trueOrFalse() ? party(random) : null));
        }
        builder.proposals(proposals);
        int decision = 0;
        for (Proposal proposal : proposals) {
            if (proposal.status() == ProposalStatus.SELECTED || random.trueOrFalse(0.3)) {
                builder.addDecisions(decision(random, "d" + decision++, List.of(proposal.id()), attendance));
            }
        }
        if (random.trueOrFalse(0.3)) {
            builder.addDecisions(decision(random, "d" + decision, List.of(), attendance));
        }
        if (random.trueOrFalse(0.3)) {
            builder.addAppointments(new Appointment(
                    text(random, 2),
                    random.trueOrFalse() ? person(random) : null,
                    random.trueOrFalse() ? ProjectGroupId.of("g1") : null,
                    random.trueOrFalse() ? text(random, 6) : null,
                    random.trueOrFalse() ? party(random) : null));
        }
        if (random.trueOrFalse(0.3)) {
            builder.addCommitments(new Commitment(text(random, 8), random.trueOrFalse() ? text(random, 3) : null));
        }
        for (int i = random.intRange(0, 2); i > 0; i--) {
            ActionStatus status = random.oneOf(ActionStatus.values());
            builder.addActionItems(new ActionItem(
                    text(random, 8),
                    random.trueOrFalse() ? party(random) : null,
                    random.trueOrFalse() ? day.plusDays(random.intRange(0, 90)) : null,
                    status,
                    status != ActionStatus.OPEN && random.trueOrFalse() ? builder.id() : null));
        }
    }

    private static Decision decision(Random random, String id, List<ProposalId> settles, Integer attendance) {
        DecisionMethod method = random.trueOrFalse() ? random.oneOf(DecisionMethod.values()) : null;
        VoteTally tally = null;
        if (method != null && method != DecisionMethod.CONSENSUS && random.trueOrFalse()) {
            int total = attendance != null ? attendance : random.intRange(0, 60);
            int inFavour = random.intRange(0, total);
            int against = random.intRange(0, total - inFavour);
            tally = VoteTally.of(inFavour, against, random.intRange(0, total - inFavour - against));
        }
        DecisionOutcome outcome = random.oneOf(DecisionOutcome.values());
        return Decision.builder(DecisionId.of(id), outcome, text(random, 10))
                .settles(settles)
                .method(method)
                .tally(tally)
                .reason(outcome == DecisionOutcome.SET_ASIDE || random.trueOrFalse(0.2) ? text(random, 2) : null)
                .revisit(outcome == DecisionOutcome.SET_ASIDE && random.trueOrFalse() ? text(random, 6) : null)
                .angle(outcome == DecisionOutcome.CHOSEN && random.trueOrFalse() ? text(random, 10) : null)
                .build();
    }

    private static List<AgendaItem> agenda(Random random, long minutesLeft, int depth) {
        List<AgendaItem> items = new ArrayList<>();
        long left = minutesLeft;
        for (int i = random.intRange(0, depth == 0 ? 4 : 2); i > 0; i--) {
            Duration duration = null;
            if (left >= 5 && random.trueOrFalse()) {
                long spent = random.longRange(1, Math.min(left / 2, 60));
                left -= spent;
                duration = Duration.ofMinutes(spent);
            }
            items.add(new AgendaItem(
                    text(random, 4),
                    duration,
                    random.trueOrFalse() ? multiline(random) : null,
                    depth < 2 && random.trueOrFalse(0.3)
                            ? agenda(random, duration == null ? 0 : duration.toMinutes(), depth + 1)
                            : List.of()));
        }
        return items;
    }

    private static Minutes minutes(Random random) {
        return switch (random.intRange(0, 4)) {
            case 0 -> Minutes.none();
            case 1 ->
                new PendingMinutes(
                        random.trueOrFalse() ? text(random, 8) : null, random.trueOrFalse() ? url(random) : null);
            case 2 ->
                new DraftMinutes(
                        random.trueOrFalse() ? multiline(random) : null, random.trueOrFalse() ? date(random) : null);
            case 3 ->
                new ApprovedMinutes(
                        random.trueOrFalse() ? multiline(random) : null,
                        random.trueOrFalse() ? date(random) : null,
                        random.trueOrFalse() ? SessionId.of("s-" + random.alphanumeric(4)) : null,
                        random.trueOrFalse() ? DecisionId.of("d-" + random.alphanumeric(4)) : null);
            default -> {
                boolean link = random.trueOrFalse();
                yield new PublishedMinutes(
                        random.trueOrFalse() ? text(random, 6) : null,
                        link ? url(random) : null,
                        random.trueOrFalse() ? date(random) : null,
                        !link || random.trueOrFalse() ? multiline(random) : null);
            }
        };
    }

    private static Venue venue(Random random) {
        VenueBuilder venue = Venue.builder();
        boolean physical = random.trueOrFalse(0.8);
        if (physical) {
            venue.name(random.trueOrFalse() ? "Maison " + words(random, 2) : null)
                    .room(random.trueOrFalse() ? "Salle " + random.intRange(1, 40) : null)
                    .building(random.trueOrFalse() ? "Campus " + words(random, 1) : null)
                    .street(random.trueOrFalse() ? random.intRange(1, 99) + " rue " + words(random, 2) : null)
                    .postalCode(random.trueOrFalse() ? random.digits(5) : null)
                    .city(random.oneOf(CITIES))
                    .country(random.trueOrFalse() ? random.oneOf("FR", "BE", "CA") : null)
                    .coordinates(
                            random.trueOrFalse()
                                    ? GeoPoint.of(random.doubleRange(-89, 89), random.doubleRange(-179, 179))
                                    : null);
        }
        if (!physical || random.trueOrFalse(0.2)) {
            venue.onlineLink(url(random));
        }
        if (physical && random.trueOrFalse(0.2)) {
            venue.accessibility(List.of(random.oneOf(AccessFeature.values())));
        }
        return venue.build();
    }

    private static Person person(Random random) {
        return Person.builder(random.oneOf(NAMES) + " " + random.oneOf(SURNAMES))
                .city(random.trueOrFalse() ? random.oneOf(CITIES) : null)
                .title(random.trueOrFalse() ? text(random, 3) : null)
                .affiliation(
                        random.trueOrFalse()
                                ? new Affiliation(
                                        "association " + words(random, 1),
                                        random.trueOrFalse() ? text(random, 8) : null)
                                : null)
                .background(random.trueOrFalse() ? text(random, 10) : null)
                .build();
    }

    private static LocalDate date(Random random) {
        return LocalDate.of(random.intRange(2000, 2035), random.intRange(1, 12), random.intRange(1, 28));
    }

    private static URI url(Random random) {
        return URI.create(random.oneOf("https", "http") + "://" + random.lowerCaseAlphabetic(8) + ".example.org/"
                + random.alphanumeric(random.intRange(0, 12)));
    }

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append(random.oneOf(WORDS));
        }
        return out.toString();
    }

    /**
     * Generates a single-line text of about {@code words} words, sometimes with an English
     * translation.
     *
     * @param random the source
     * @param words how many words
     * @return the text
     */
    public static Text text(Random random, int words) {
        Text text = Text.of(Locale.FRENCH, capitalise(words(random, random.intRange(1, words))));
        return random.trueOrFalse(0.3) ? text.withTranslation(Locale.ENGLISH, capitalise(words(random, words))) : text;
    }

    private static Text multiline(Random random) {
        Text text = text(random, 12);
        return random.trueOrFalse() ? text.withOriginal(text.original() + "\n" + words(random, 8) + ".") : text;
    }

    private static String capitalise(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
