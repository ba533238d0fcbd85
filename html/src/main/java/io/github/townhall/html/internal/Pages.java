package io.github.townhall.html.internal;

import io.github.townhall.announcement.Announcement;
import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.deliberation.Appointment;
import io.github.townhall.deliberation.Commitment;
import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.deliberation.ProposalId;
import io.github.townhall.deliberation.VoteTally;
import io.github.townhall.html.HtmlOptions;
import io.github.townhall.html.internal.Views.ActionView;
import io.github.townhall.html.internal.Views.AgendaView;
import io.github.townhall.html.internal.Views.Alternate;
import io.github.townhall.html.internal.Views.Anchor;
import io.github.townhall.html.internal.Views.AnnouncementView;
import io.github.townhall.html.internal.Views.AppointmentView;
import io.github.townhall.html.internal.Views.AttendanceView;
import io.github.townhall.html.internal.Views.BoardRow;
import io.github.townhall.html.internal.Views.Choice;
import io.github.townhall.html.internal.Views.CommitmentView;
import io.github.townhall.html.internal.Views.CycleView;
import io.github.townhall.html.internal.Views.DecisionView;
import io.github.townhall.html.internal.Views.Deliberation;
import io.github.townhall.html.internal.Views.Entry;
import io.github.townhall.html.internal.Views.Group;
import io.github.townhall.html.internal.Views.Item;
import io.github.townhall.html.internal.Views.LanguagesView;
import io.github.townhall.html.internal.Views.LinkView;
import io.github.townhall.html.internal.Views.MinutesState;
import io.github.townhall.html.internal.Views.MinutesView;
import io.github.townhall.html.internal.Views.NextView;
import io.github.townhall.html.internal.Views.Page;
import io.github.townhall.html.internal.Views.PracticalView;
import io.github.townhall.html.internal.Views.ProfileRow;
import io.github.townhall.html.internal.Views.ProposalView;
import io.github.townhall.html.internal.Views.Prose;
import io.github.townhall.html.internal.Views.SessionView;
import io.github.townhall.html.internal.Views.SpeakerView;
import io.github.townhall.html.internal.Views.Tally;
import io.github.townhall.html.internal.Views.Txt;
import io.github.townhall.html.internal.Views.When;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.ProjectGroup;
import io.github.townhall.organisation.RoleAssignment;
import io.github.townhall.people.Affiliation;
import io.github.townhall.people.ContactPoint;
import io.github.townhall.people.Person;
import io.github.townhall.place.AccessFeature;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.ActionItem;
import io.github.townhall.session.Admission;
import io.github.townhall.session.AgendaItem;
import io.github.townhall.session.ApprovedMinutes;
import io.github.townhall.session.ApproximateCount;
import io.github.townhall.session.Attendance;
import io.github.townhall.session.Attendee;
import io.github.townhall.session.DraftMinutes;
import io.github.townhall.session.ExactCount;
import io.github.townhall.session.HeadCount;
import io.github.townhall.session.Link;
import io.github.townhall.session.Minutes;
import io.github.townhall.session.NextSession;
import io.github.townhall.session.PendingMinutes;
import io.github.townhall.session.PracticalDetails;
import io.github.townhall.session.ProfileCount;
import io.github.townhall.session.PublishedMinutes;
import io.github.townhall.session.Registration;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionId;
import io.github.townhall.session.SessionRole;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.session.Speaker;
import io.github.townhall.session.Visibility;
import io.github.townhall.site.SiteUrls;
import io.github.townhall.text.Text;
import java.net.URI;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Prepares the view of each page from the records, under one set of options: what is public, in
 * which language, with which addresses.
 */
public final class Pages {
    /** The stylesheet's path relative to the base. */
    public static final String STYLESHEET = "style.css";

    private static final Pattern BLANK_LINES = Pattern.compile("\\R\\s*\\R");
    private static final Pattern CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\p{Cc}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int DESCRIPTION_LENGTH = 160;

    private static final Comparator<Session> BY_DATE = Comparator.comparing(
                    (Session s) -> s.schedule().firstDay(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(
                    s -> s.schedule().exactStart() == null
                            ? null
                            : Objects.requireNonNull(s.schedule().exactStart()).toInstant(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> s.id().value());

    private final HtmlOptions options;
    private final SiteUrls urls;
    private final Labels l;
    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final DateTimeFormatter time;
    private final boolean english;
    private final String basePath;
    private final boolean plainSessionPath;
    /** The names the day formatter gives, by {@code DayOfWeek.ordinal()} and {@code Month.ordinal()}. */
    private final String[] dayNames = new String[7];

    private final String[] monthNames = new String[12];
    /** "Time zone Europe/Paris, UTC+01:00", by zone and offset: a site has few of them. */
    private final Map<ZoneId, Map<ZoneOffset, String>> zones = new ConcurrentHashMap<>();

    /**
     * Prepares views under some options.
     *
     * @param options the options
     */
    public Pages(HtmlOptions options) {
        this.options = options;
        this.urls = options.urls();
        this.locale = options.language();
        this.l = Labels.of(locale);
        this.english = locale.getLanguage().equals("en");
        this.basePath = urls.base().getRawPath();
        String sessionPath = urls.sessionPath();
        this.plainSessionPath = sessionPath.indexOf('?') < 0
                && sessionPath.indexOf('#') < 0
                && sessionPath.indexOf('%') < 0
                && sessionPath.indexOf(':') < 0
                && !sessionPath.startsWith("/")
                && Arrays.stream(sessionPath.split("/", -1))
                        .noneMatch(segment -> segment.equals(".") || segment.equals("..") || segment.isEmpty())
                && URI.create(sessionPath.replace("{id}", "x")).getRawPath().equals(sessionPath.replace("{id}", "x"));
        this.day = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale);
        DateTimeFormatter dayName = DateTimeFormatter.ofPattern("EEEE", locale);
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMMM", locale);
        LocalDate monday = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            dayNames[date.getDayOfWeek().ordinal()] = dayName.format(date);
        }
        for (int i = 0; i < 12; i++) {
            monthNames[i] = monthName.format(monday.withMonth(i + 1));
        }
        this.month = DateTimeFormatter.ofPattern("MMMM uuuu", locale);
        this.time = DateTimeFormatter.ofPattern(english ? "HH:mm" : "H'h'mm", locale);
    }

    // ------------------------------------------------------------------------------------------
    // Which pages exist
    // ------------------------------------------------------------------------------------------

    /**
     * {@return whether a session has a page: it is public}
     *
     * @param session the session
     */
    public static boolean hasPage(Session session) {
        return session.visibility() == Visibility.PUBLIC;
    }

    /**
     * {@return whether a session has a minutes page: it is public and its minutes are approved or
     * published}
     *
     * @param session the session
     */
    public static boolean hasMinutesPage(Session session) {
        return hasPage(session)
                && (session.minutes() instanceof ApprovedMinutes || session.minutes() instanceof PublishedMinutes);
    }

    // ------------------------------------------------------------------------------------------
    // The agenda
    // ------------------------------------------------------------------------------------------

    /**
     * {@return the agenda's view}
     *
     * @param archive the archive
     */
    public AgendaView agenda(Archive archive) {
        URI self = urls.agenda();
        List<Session> dated = new ArrayList<>();
        List<Session> undated = new ArrayList<>();
        for (Session session : archive.sessions()) {
            if (!hasPage(session)) {
                continue;
            }
            if (session.schedule().firstDay() != null) {
                dated.add(session);
            } else if (session.status() != SessionStatus.CANCELLED) {
                undated.add(session);
            }
        }
        dated.sort(BY_DATE);
        LocalDate asOf = options.asOf();
        List<Group> upcoming = List.of();
        List<Group> past = List.of();
        List<Group> all = List.of();
        if (asOf != null) {
            List<Session> later = new ArrayList<>();
            List<Session> earlier = new ArrayList<>();
            for (Session session : dated) {
                (lastDay(session.schedule()).isBefore(asOf) ? earlier : later).add(session);
            }
            earlier.sort(BY_DATE.reversed());
            upcoming = groups(archive, self, later);
            past = groups(archive, self, earlier);
        } else {
            all = groups(archive, self, dated);
        }
        List<Item> toBeSet = undated.stream().map(s -> item(self, s)).toList();
        String name = siteName(archive);
        String heading = l.t("agendaOf") + " " + name;
        Text description = archive.organisation().description();
        Page page = page(
                archive,
                self,
                heading,
                description != null ? description : null,
                heading,
                "website",
                options.jsonLd().agenda(archive),
                "agenda",
                agendaAlternates(archive));
        return new AgendaView(
                page,
                heading,
                asOf != null,
                asOf == null ? null : day.format(asOf),
                upcoming,
                past,
                all,
                toBeSet,
                urls.feed().toASCIIString(),
                description == null ? null : prose(description),
                board(archive));
    }

    private static LocalDate lastDay(Schedule schedule) {
        if (schedule instanceof TentativeSchedule tentative) {
            return tentative.to();
        }
        return Objects.requireNonNull(schedule.firstDay());
    }

    private List<Group> groups(Archive archive, URI self, List<Session> sessions) {
        Map<String, List<Item>> byCycle = new LinkedHashMap<>();
        Map<String, @Nullable Anchor> anchors = new LinkedHashMap<>();
        for (Session session : sessions) {
            String key = session.cycle() == null
                    ? ""
                    : Objects.requireNonNull(session.cycle()).cycle().value();
            if (!byCycle.containsKey(key)) {
                byCycle.put(key, new ArrayList<>());
                anchors.put(key, key.isEmpty() ? null : cycleAnchor(archive, self, CycleId.of(key)));
            }
            Objects.requireNonNull(byCycle.get(key)).add(item(self, session));
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<Item>> entry : byCycle.entrySet()) {
            groups.add(new Group(anchors.get(entry.getKey()), entry.getValue()));
        }
        return groups;
    }

    /**
     * The link from a page to a session's page. From a page in the base's folder (the agenda, by
     * default), it is the session's path relative to the base when that path is plain (no dot
     * segment, query or fragment), which is what resolving it and walking back would give.
     */
    private String sessionHref(URI self, SessionId id) {
        String path = self.getRawPath();
        if (plainSessionPath && path.lastIndexOf('/') == basePath.length() - 1 && path.startsWith(basePath)) {
            return urls.relativeSession(id);
        }
        return Hrefs.relative(self, urls.session(id));
    }

    private Anchor cycleAnchor(Archive archive, URI self, CycleId id) {
        Cycle cycle = archive.cycle(id);
        return cycle == null
                ? new Anchor(null, new Txt(id.value(), null))
                : new Anchor(Hrefs.relative(self, urls.cycle(id)), txt(cycle.title()));
    }

    private Item item(URI self, Session session) {
        SessionStatus status = session.status();
        boolean notable = status == SessionStatus.CANCELLED
                || status == SessionStatus.POSTPONED
                || status == SessionStatus.PLANNED;
        Venue venue = session.venue();
        String place = venue == null ? null : venue.city() != null ? venue.city() : venue.name();
        return new Item(
                sessionHref(self, session.id()),
                label(session),
                when(session.schedule()),
                notable ? l.t("status", status) : null,
                place);
    }

    // ------------------------------------------------------------------------------------------
    // A cycle
    // ------------------------------------------------------------------------------------------

    /**
     * {@return a cycle page's view}
     *
     * @param archive the archive
     * @param id the cycle's id
     * @throws IllegalArgumentException if the archive has no such cycle
     */
    public CycleView cycle(Archive archive, CycleId id) {
        Cycle cycle = archive.cycle(id);
        if (cycle == null) {
            throw new IllegalArgumentException("The archive has no cycle " + id.value() + "; its cycles are "
                    + archive.cycles().stream().map(c -> c.id().value()).toList());
        }
        URI self = urls.cycle(id);
        List<Item> sessions = archive.sessionsOf(id).stream()
                .filter(Pages::hasPage)
                .map(s -> item(self, s))
                .toList();
        Page page = page(
                archive,
                self,
                cycle.title().bestFor(locale),
                cycle.description(),
                l.t("cycle") + " " + cycle.title().bestFor(locale),
                "website",
                options.jsonLd().cycle(archive, id),
                "",
                cycleAlternates(cycle));
        String website = Hrefs.safe(cycle.website());
        return new CycleView(
                page,
                txt(cycle.title()),
                cycle.place(),
                cycle.description() == null ? null : prose(Objects.requireNonNull(cycle.description())),
                website == null ? null : new Anchor(website, new Txt(website, null)),
                partners(archive, cycle.partners()),
                cycle.topics().stream().map(this::txt).toList(),
                cycle.objectives().stream().map(this::txt).toList(),
                sessions);
    }

    // ------------------------------------------------------------------------------------------
    // A session
    // ------------------------------------------------------------------------------------------

    /**
     * {@return a session page's view}
     *
     * @param archive the archive
     * @param session the session
     * @throws IllegalArgumentException if the session is members-only
     */
    public SessionView session(Archive archive, Session session) {
        if (!hasPage(session)) {
            throw new IllegalArgumentException(
                    "The session " + session.id().value() + " is members-only: it has no public page");
        }
        URI self = urls.session(session.id());
        Txt heading = label(session);
        Page page = page(
                archive,
                self,
                heading.value(),
                session.description(),
                heading.value() + " – " + when(session.schedule()).text(),
                "website",
                options.jsonLd().session(archive, session),
                "",
                sessionAlternates(session));
        Venue venue = session.venue();
        Set<AccessFeature> access = new LinkedHashSet<>();
        if (venue != null) {
            access.addAll(venue.accessibility());
        }
        PracticalDetails practical = session.practical();
        if (practical != null) {
            access.addAll(practical.accessibility());
        }
        String online =
                venue == null || session.visibility() != Visibility.PUBLIC ? null : Hrefs.safe(venue.onlineLink());
        String icsPath = options.icsPath();
        return new SessionView(
                page,
                heading,
                l.t("format", session.format()),
                l.t("status", session.status()),
                notice(session),
                session.earlierSchedules().stream().map(this::when).toList(),
                cyclePosition(archive, self, session),
                when(session.schedule()),
                venueLines(venue),
                venue == null || venue.organisation() == null
                        ? null
                        : organisationAnchor(archive, Objects.requireNonNull(venue.organisation())),
                online,
                access.stream().map(a -> l.t("access", a)).toList(),
                session.questions().stream().map(this::txt).toList(),
                session.description() == null ? null : prose(Objects.requireNonNull(session.description())),
                session.objectives().stream().map(this::txt).toList(),
                session.topics().stream().map(this::txt).toList(),
                session.speakers().stream().map(s -> speaker(archive, s)).toList(),
                partners(archive, session.partners()),
                entries(session.agenda()),
                deliberation(archive, session),
                attendance(archive, session.attendance()),
                roles(archive, session.roles()),
                minutesState(self, session),
                next(archive, self, session.nextSession()),
                session.links().stream().map(link -> link(archive, link)).toList(),
                practical(practical, session.registration()),
                icsPath == null
                        ? null
                        : Hrefs.relative(self, urls.withSessionPath(icsPath).session(session.id())),
                archive.announcements().stream()
                        .filter(a -> session.id().equals(a.session()))
                        .sorted(Comparator.comparing(Announcement::date).thenComparing(a -> a.id().value()))
                        .map(a -> new AnnouncementView(
                                day.format(a.date()),
                                a.date().toString(),
                                txt(a.text()),
                                Hrefs.safe(a.link()),
                                a.channel()))
                        .toList());
    }

    private @Nullable String notice(Session session) {
        return switch (session.status()) {
            case CANCELLED, POSTPONED -> l.t("status", session.status());
            default -> session.earlierSchedules().isEmpty() ? null : l.t("moved");
        };
    }

    private @Nullable Anchor cyclePosition(Archive archive, URI self, Session session) {
        if (session.cycle() == null) {
            return null;
        }
        CycleId id = Objects.requireNonNull(session.cycle()).cycle();
        Anchor cycle = cycleAnchor(archive, self, id);
        String prefix =
                l.t("session.n") + Objects.requireNonNull(session.cycle()).ordinal() + " – ";
        return new Anchor(
                cycle.href(),
                new Txt(prefix + cycle.text().value(), cycle.text().lang()));
    }

    private List<String> venueLines(@Nullable Venue venue) {
        List<String> lines = new ArrayList<>();
        if (venue == null) {
            return lines;
        }
        addIfPresent(lines, venue.name());
        addIfPresent(lines, venue.room());
        addIfPresent(lines, venue.building());
        addIfPresent(lines, venue.street());
        String city = venue.postalCode() == null
                ? venue.city()
                : venue.city() == null ? venue.postalCode() : venue.postalCode() + " " + venue.city();
        addIfPresent(lines, city);
        if (venue.country() != null) {
            lines.add(country(Objects.requireNonNull(venue.country())));
        }
        return lines;
    }

    private String country(String code) {
        try {
            String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
            return name.isEmpty() ? code : name;
        } catch (java.util.IllformedLocaleException e) {
            return code;
        }
    }

    private static void addIfPresent(List<String> lines, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            lines.add(value);
        }
    }

    private SpeakerView speaker(Archive archive, Speaker speaker) {
        Person person = speaker.person();
        Anchor organisation = null;
        Txt mission = null;
        if (speaker.organisation() != null) {
            OrganisationId id = Objects.requireNonNull(speaker.organisation());
            organisation = organisationAnchor(archive, id);
            ListedOrganisation listed = archive.listed(id);
            if (listed != null && listed.mission() != null) {
                mission = txt(Objects.requireNonNull(listed.mission()));
            }
        } else if (person.affiliation() != null) {
            Affiliation affiliation = Objects.requireNonNull(person.affiliation());
            organisation = new Anchor(null, new Txt(affiliation.name(), null));
            mission = affiliation.mission() == null ? null : txt(Objects.requireNonNull(affiliation.mission()));
        }
        return new SpeakerView(
                person.name(),
                l.t("speaker", speaker.role()),
                person.title() == null ? null : txt(Objects.requireNonNull(person.title())),
                organisation,
                mission,
                person.city(),
                person.background() == null ? null : txt(Objects.requireNonNull(person.background())));
    }

    private Anchor organisationAnchor(Archive archive, OrganisationId id) {
        if (archive.organisation().id().equals(id)) {
            return new Anchor(
                    Hrefs.safe(archive.organisation().website()),
                    new Txt(archive.organisation().name(), null));
        }
        ListedOrganisation listed = archive.listed(id);
        return listed == null
                ? new Anchor(null, new Txt(id.value(), null))
                : new Anchor(Hrefs.safe(listed.website()), new Txt(listed.name(), null));
    }

    private List<Txt> partners(Archive archive, List<Partnership> partners) {
        return partners.stream()
                .map(p -> new Txt(
                        organisationAnchor(archive, p.organisation()).text().value() + " (" + l.t("partner", p.role())
                                + ")",
                        null))
                .toList();
    }

    private List<Entry> entries(List<AgendaItem> items) {
        return items.stream()
                .map(item -> new Entry(
                        txt(item.title()),
                        item.duration() == null ? null : duration(Objects.requireNonNull(item.duration())),
                        item.duration() == null
                                ? null
                                : Objects.requireNonNull(item.duration()).toString(),
                        item.notes() == null ? null : prose(Objects.requireNonNull(item.notes())),
                        entries(item.items())))
                .toList();
    }

    private static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        long rest = minutes % 60;
        return minutes / 60 + " h" + (rest == 0 ? "" : " " + (rest < 10 ? "0" : "") + rest);
    }

    private Deliberation deliberation(Archive archive, Session session) {
        Map<ProposalId, Proposal> proposals = new LinkedHashMap<>();
        session.proposals().forEach(p -> proposals.put(p.id(), p));
        List<ProposalView> proposalViews = session.proposals().stream()
                .map(p -> new ProposalView(
                        txt(p.title()),
                        l.t("proposal", p.kind()),
                        l.t("proposalStatus", p.status()),
                        p.questions().stream().map(this::txt).toList(),
                        p.description() == null ? null : prose(Objects.requireNonNull(p.description())),
                        party(archive, p.proposedBy())))
                .toList();
        List<DecisionView> decisions = new ArrayList<>();
        for (Decision decision : session.decisions()) {
            List<Txt> settles = new ArrayList<>();
            for (ProposalId id : decision.settles()) {
                Proposal proposal = proposals.get(id);
                settles.add(proposal == null ? new Txt(id.value(), null) : txt(proposal.title()));
            }
            VoteTally tally = decision.tally();
            decisions.add(new DecisionView(
                    l.t("outcome", decision.outcome()),
                    prose(decision.statement()),
                    settles,
                    decision.method() == null ? null : l.t("method", Objects.requireNonNull(decision.method())),
                    tally == null ? null : new Tally(tally.inFavour(), tally.against(), tally.abstentions()),
                    decision.reason() == null ? null : txt(Objects.requireNonNull(decision.reason())),
                    decision.revisit() == null ? null : txt(Objects.requireNonNull(decision.revisit())),
                    decision.angle() == null ? null : txt(Objects.requireNonNull(decision.angle()))));
        }
        List<AppointmentView> appointments = new ArrayList<>();
        for (Appointment appointment : session.appointments()) {
            ProjectGroup group = appointment.projectGroup() == null
                    ? null
                    : archive.organisation().projectGroups().stream()
                            .filter(g -> g.id().equals(appointment.projectGroup()))
                            .findFirst()
                            .orElse(null);
            appointments.add(new AppointmentView(
                    txt(appointment.role()),
                    appointment.appointee() == null
                            ? null
                            : Objects.requireNonNull(appointment.appointee()).name(),
                    group != null
                            ? txt(group.name())
                            : appointment.projectGroup() == null
                                    ? null
                                    : new Txt(
                                            Objects.requireNonNull(appointment.projectGroup())
                                                    .value(),
                                            null),
                    appointment.note() == null ? null : txt(Objects.requireNonNull(appointment.note())),
                    party(archive, appointment.appointedBy())));
        }
        List<CommitmentView> commitments = new ArrayList<>();
        for (Commitment commitment : session.commitments()) {
            commitments.add(new CommitmentView(
                    prose(commitment.description()),
                    commitment.committedBy() == null ? null : txt(Objects.requireNonNull(commitment.committedBy()))));
        }
        List<ActionView> actions = new ArrayList<>();
        for (ActionItem item : session.actionItems()) {
            LocalDate due = item.due();
            actions.add(new ActionView(
                    prose(item.description()),
                    party(archive, item.owner()),
                    due == null ? null : day.format(due),
                    due == null ? null : due.toString(),
                    l.t("action", item.status())));
        }
        return new Deliberation(proposalViews, decisions, appointments, commitments, actions);
    }

    /** Names a party, or null when it must not be named (a person of the register, by default). */
    private @Nullable Txt party(Archive archive, @Nullable Party party) {
        if (party == null) {
            return null;
        }
        if (party instanceof Party.Named named) {
            return new Txt(named.name(), null);
        }
        if (party instanceof Party.OfGroup group) {
            return archive.organisation().projectGroups().stream()
                    .filter(g -> g.id().equals(group.group()))
                    .findFirst()
                    .map(g -> txt(g.name()))
                    .orElse(new Txt(group.group().value(), null));
        }
        if (party instanceof Party.OfOrganisation organisation) {
            return organisationAnchor(archive, organisation.organisation()).text();
        }
        if (party instanceof Party.Meeting) {
            return new Txt(l.t("meeting"), null);
        }
        Party.OfPerson person = (Party.OfPerson) party;
        if (!options.showAttendees()) {
            return null;
        }
        Person named = archive.person(person.person());
        return named == null ? null : new Txt(named.name(), null);
    }

    private @Nullable AttendanceView attendance(Archive archive, @Nullable Attendance attendance) {
        if (attendance == null) {
            return null;
        }
        HeadCount count = attendance.count();
        String people = null;
        if (count instanceof ExactCount exact) {
            people = exact.value() + " " + l.t("people");
        } else if (count instanceof ApproximateCount about) {
            people = l.t("about15") + " " + about.value() + " " + l.t("people");
        }
        List<String> attendees = new ArrayList<>();
        if (options.showAttendees()) {
            for (Attendee attendee : attendance.attendees()) {
                Person person = archive.person(attendee.person());
                if (person != null) {
                    attendees.add(person.name() + " (" + l.t("attendee", attendee.status()) + ")");
                }
            }
        }
        List<ProfileRow> profiles = new ArrayList<>();
        for (ProfileCount profile : attendance.profiles()) {
            profiles.add(new ProfileRow(
                    txt(profile.profile()), profile.count() == null ? null : String.valueOf(profile.count())));
        }
        if (people == null && profiles.isEmpty() && attendance.note() == null && attendees.isEmpty()) {
            return null;
        }
        return new AttendanceView(
                people,
                profiles,
                attendance.note() == null ? null : txt(Objects.requireNonNull(attendance.note())),
                attendees);
    }

    private List<Txt> roles(Archive archive, List<SessionRole> roles) {
        List<Txt> out = new ArrayList<>();
        for (SessionRole role : roles) {
            Txt holder = party(archive, role.holder());
            if (holder != null) {
                out.add(new Txt(l.t("role", role.role()) + " : " + holder.value(), holder.lang()));
            }
        }
        return out;
    }

    private @Nullable MinutesState minutesState(URI self, Session session) {
        Minutes minutes = session.minutes();
        String page = hasMinutesPage(session) ? Hrefs.relative(self, urls.minutes(session.id())) : null;
        if (minutes instanceof PendingMinutes pending) {
            String href = Hrefs.safe(pending.expectedAt());
            return new MinutesState(
                    l.t("minutes.PENDING"),
                    null,
                    href == null ? null : new Anchor(href, new Txt(l.t("expectedAt"), null)),
                    pending.note() == null ? null : txt(Objects.requireNonNull(pending.note())));
        }
        if (minutes instanceof DraftMinutes) {
            return new MinutesState(l.t("minutes.DRAFT"), null, null, null);
        }
        if (minutes instanceof ApprovedMinutes) {
            return new MinutesState(stateOf(minutes), page, null, null);
        }
        if (minutes instanceof PublishedMinutes published) {
            return new MinutesState(stateOf(minutes), page, external(published), null);
        }
        return null;
    }

    private String stateOf(Minutes minutes) {
        if (minutes instanceof ApprovedMinutes approved) {
            return approved.approvedOn() == null
                    ? l.t("minutes.APPROVED")
                    : l.t("approvedOn") + " " + day.format(Objects.requireNonNull(approved.approvedOn()));
        }
        PublishedMinutes published = (PublishedMinutes) minutes;
        return published.publishedOn() == null
                ? l.t("minutes.PUBLISHED")
                : l.t("publishedOn") + " " + day.format(Objects.requireNonNull(published.publishedOn()));
    }

    private @Nullable Anchor external(PublishedMinutes published) {
        String href = Hrefs.safe(published.link());
        return href == null ? null : new Anchor(href, new Txt(l.t("minutesElsewhere"), null));
    }

    private @Nullable NextView next(Archive archive, URI self, @Nullable NextSession next) {
        if (next == null) {
            return null;
        }
        Anchor link = null;
        When when = next.schedule() == null ? null : when(Objects.requireNonNull(next.schedule()));
        List<String> venue = venueLines(next.venue());
        SessionId id = next.session();
        Session target = id == null ? null : archive.session(id);
        if (target != null && hasPage(target)) {
            link = new Anchor(Hrefs.relative(self, urls.session(target.id())), label(target));
            if (when == null) {
                when = when(target.schedule());
            }
            if (venue.isEmpty()) {
                venue = venueLines(target.venue());
            }
        }
        if (link == null && when == null) {
            return null;
        }
        return new NextView(link, when, venue, next.topic() == null ? null : txt(Objects.requireNonNull(next.topic())));
    }

    private LinkView link(Archive archive, Link link) {
        URI uri = link.uri();
        String href = Hrefs.safe(uri);
        Text title = link.title();
        Txt text = title != null ? txt(title) : new Txt(uri != null ? uri.toString() : l.t("link", link.kind()), null);
        String note = null;
        if (uri == null) {
            note = l.t("noAddress");
        } else if (href == null) {
            note = l.t("unsafeAddress") + " : " + uri;
        }
        return new LinkView(
                l.t("link", link.kind()),
                new Anchor(href, text),
                link.description() == null ? null : prose(Objects.requireNonNull(link.description())),
                link.organiser() == null
                        ? null
                        : organisationAnchor(archive, Objects.requireNonNull(link.organiser()))
                                .text()
                                .value(),
                note);
    }

    private @Nullable PracticalView practical(
            @Nullable PracticalDetails practical, @Nullable Registration registration) {
        if (practical == null && registration == null) {
            return null;
        }
        String admission = null;
        Txt admissionNote = null;
        ContactPoint contact = null;
        List<String> languages = List.of();
        if (practical != null) {
            Admission price = practical.admission();
            if (price instanceof Admission.Free) {
                admission = l.t("free");
            } else if (price instanceof Admission.Paid paid) {
                NumberFormat format = NumberFormat.getCurrencyInstance(locale);
                format.setCurrency(paid.currency());
                admission = format.format(paid.amount());
                admissionNote = paid.note() == null ? null : txt(Objects.requireNonNull(paid.note()));
            }
            contact = practical.contact();
            languages = practical.languages().stream()
                    .map(language -> language.getDisplayLanguage(locale))
                    .filter(name -> !name.isEmpty())
                    .toList();
        }
        boolean nothing = admission == null && contact == null && languages.isEmpty() && registration == null;
        if (nothing) {
            return null;
        }
        String email = contact == null ? null : contact.email();
        return new PracticalView(
                admission,
                admissionNote,
                contact == null ? null : contact.name(),
                email,
                Hrefs.mailto(email),
                contact == null ? null : contact.phone(),
                languages,
                registration == null
                        ? null
                        : registration.required() ? l.t("registrationRequired") : l.t("registrationOptional"),
                registration == null || registration.capacity() == null
                        ? null
                        : String.valueOf(registration.capacity()),
                registration == null ? null : Hrefs.safe(registration.link()));
    }

    // ------------------------------------------------------------------------------------------
    // Minutes
    // ------------------------------------------------------------------------------------------

    /**
     * {@return a minutes page's view}
     *
     * @param archive the archive
     * @param session the session
     * @throws IllegalArgumentException if the session is members-only or its minutes are neither
     *     approved nor published
     */
    public MinutesView minutes(Archive archive, Session session) {
        if (!hasMinutesPage(session)) {
            throw new IllegalArgumentException("The session " + session.id().value() + " has no minutes page: "
                    + (hasPage(session)
                            ? "its minutes are " + session.minutes().getClass().getSimpleName()
                                    + ", not approved nor published"
                            : "it is members-only"));
        }
        URI self = urls.minutes(session.id());
        Minutes minutes = session.minutes();
        Text title = minutes instanceof PublishedMinutes published ? published.title() : null;
        Txt label = label(session);
        Txt heading = title != null ? txt(title) : new Txt(l.t("minutesOf") + " : " + label.value(), label.lang());
        Text text =
                minutes instanceof PublishedMinutes published ? published.text() : ((ApprovedMinutes) minutes).text();
        When when = when(session.schedule());
        Page page = page(
                archive,
                self,
                heading.value(),
                text != null ? text : session.description(),
                heading.value() + " – " + when.text(),
                "article",
                null,
                "",
                minutesAlternates(session));
        return new MinutesView(
                page,
                heading,
                new Anchor(Hrefs.relative(self, urls.session(session.id())), label),
                when,
                venueLines(session.venue()),
                stateOf(minutes),
                minutes instanceof PublishedMinutes published ? external(published) : null,
                attendance(archive, session.attendance()),
                archive.organisation().name(),
                archive.organisation().purposes().stream().map(this::txt).toList(),
                roles(archive, session.roles()),
                entries(session.agenda()),
                deliberation(archive, session),
                next(archive, self, session.nextSession()),
                text == null ? null : prose(text));
    }

    // ------------------------------------------------------------------------------------------
    // The same page in other languages
    // ------------------------------------------------------------------------------------------

    /**
     * {@return the agenda in the site's languages, or empty}: the agenda exists in a language when
     * the organisation's description, if it has one, is written in it
     *
     * @param archive the archive
     */
    public List<Alternate> agendaAlternates(Archive archive) {
        return alternates(SiteUrls::agenda, archive.organisation().description());
    }

    /**
     * {@return a cycle's page in the site's languages, or empty}: its title and description
     *
     * @param cycle the cycle
     */
    public List<Alternate> cycleAlternates(Cycle cycle) {
        CycleId id = cycle.id();
        return alternates(other -> other.cycle(id), cycle.title(), cycle.description());
    }

    /**
     * {@return a session's page in the site's languages, or empty}: its title (or guiding
     * question) and description
     *
     * @param session the session
     */
    public List<Alternate> sessionAlternates(Session session) {
        SessionId id = session.id();
        return alternates(other -> other.session(id), session.label(), session.description());
    }

    /**
     * {@return a session's minutes page in the site's languages, or empty}: the session's title,
     * the minutes' title and text
     *
     * @param session the session
     */
    public List<Alternate> minutesAlternates(Session session) {
        SessionId id = session.id();
        Minutes minutes = session.minutes();
        Text title = minutes instanceof PublishedMinutes published ? published.title() : null;
        Text text = minutes instanceof PublishedMinutes published
                ? published.text()
                : minutes instanceof ApprovedMinutes approved ? approved.text() : null;
        return alternates(other -> other.minutes(id), session.label(), title, text);
    }

    /**
     * The {@code hreflang} links of a page whose record's own texts are {@code texts}: none unless
     * the site has alternates and the record exists in the page's language and in at least one
     * other (each text, when present, written in that language as its original or a translation);
     * then the page itself, each counterpart whose language the record exists in, and {@code
     * x-default}: the page in the language the record was written in (its first text's original
     * language), else the French one. A record with no text of its own (an agenda with no
     * description, a session with no title) exists in every language: its page is made of labels.
     */
    private List<Alternate> alternates(Function<SiteUrls, URI> address, @Nullable Text... texts) {
        if (options.alternates().isEmpty() || !existsIn(locale, texts)) {
            return List.of();
        }
        Map<Locale, URI> pages = new LinkedHashMap<>();
        pages.put(locale, address.apply(urls));
        options.alternates().forEach((language, other) -> {
            if (existsIn(language, texts)) {
                pages.put(language, address.apply(other));
            }
        });
        if (pages.size() < 2) {
            return List.of();
        }
        List<Alternate> out = new ArrayList<>(pages.size() + 1);
        pages.forEach((language, page) -> out.add(new Alternate(language.toLanguageTag(), page.toASCIIString())));
        Locale original = Locale.FRENCH;
        for (Text text : texts) {
            if (text != null) {
                original = text.originalLanguage();
                break;
            }
        }
        // a site is French or English and the page exists in two languages: both are here, and a
        // record written in a third language defaults to French
        URI byDefault = pages.get(original.getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH);
        out.add(new Alternate(
                "x-default", Objects.requireNonNull(byDefault, "x-default").toASCIIString()));
        return List.copyOf(out);
    }

    private static boolean existsIn(Locale language, @Nullable Text... texts) {
        for (Text text : texts) {
            if (text != null && text.in(language) == null) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------
    // The board
    // ------------------------------------------------------------------------------------------

    /**
     * The organisation's board in the order recorded: each role with its holder's name (board
     * members hold a public office, which {@code Archive.withoutPersonalData()} keeps too) and
     * term. Nothing else about the holder is shown.
     */
    private List<BoardRow> board(Archive archive) {
        List<RoleAssignment> board = archive.organisation().board();
        if (board.isEmpty()) {
            return List.of();
        }
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
        List<BoardRow> rows = new ArrayList<>(board.size());
        for (RoleAssignment assignment : board) {
            Text title = assignment.title();
            Person holder = assignment.holder();
            LocalDate from = assignment.from();
            LocalDate until = assignment.until();
            rows.add(new BoardRow(
                    title != null ? txt(title) : new Txt(l.t("board", assignment.role()), null),
                    holder == null ? null : holder.name(),
                    from == null ? null : date.format(from),
                    from == null ? null : from.toString(),
                    until == null ? null : date.format(until),
                    until == null ? null : until.toString()));
        }
        return List.copyOf(rows);
    }

    /**
     * Prepares the page at the root of a site written in several languages: a link to the agenda
     * in this site's language and in each of its alternates, each named in its own language; the
     * page is in this site's language.
     *
     * @param archive the archive
     * @param self the page's address
     * @return the view
     */
    public LanguagesView languages(Archive archive, URI self) {
        Map<Locale, SiteUrls> sites = new LinkedHashMap<>();
        sites.put(locale, urls);
        sites.putAll(options.alternates());
        List<Alternate> alternates = new ArrayList<>(sites.size() + 1);
        List<Choice> choices = new ArrayList<>(sites.size());
        sites.forEach((language, site) -> {
            URI agenda = site.agenda();
            alternates.add(new Alternate(language.toLanguageTag(), agenda.toASCIIString()));
            choices.add(new Choice(
                    language.toLanguageTag(),
                    Hrefs.relative(self, agenda),
                    Labels.of(language).t("languageName")));
        });
        alternates.add(new Alternate("x-default", self.toASCIIString()));
        return new LanguagesView(
                locale.toLanguageTag(),
                plain(siteName(archive), Integer.MAX_VALUE),
                self.toASCIIString(),
                Hrefs.relative(self, urls.base().resolve(STYLESHEET)),
                l.t("siteLanguages"),
                List.copyOf(alternates),
                List.copyOf(choices));
    }

    // ------------------------------------------------------------------------------------------
    // Shared parts
    // ------------------------------------------------------------------------------------------

    private String siteName(Archive archive) {
        String name = options.siteName();
        return name != null ? name : archive.organisation().name();
    }

    private Page page(
            Archive archive,
            URI self,
            String heading,
            @Nullable Text description,
            String fallbackDescription,
            String ogType,
            @Nullable String jsonLd,
            String current,
            List<Alternate> alternates) {
        String siteName = siteName(archive);
        String summary = description == null ? fallbackDescription : description.bestFor(locale);
        return new Page(
                l,
                locale.toLanguageTag(),
                plain(heading + " – " + siteName, Integer.MAX_VALUE),
                plain(summary, DESCRIPTION_LENGTH),
                self.toASCIIString(),
                ogType,
                plain(siteName, Integer.MAX_VALUE),
                Hrefs.relative(self, urls.agenda()),
                Hrefs.relative(self, urls.base().resolve(STYLESHEET)),
                Hrefs.relative(self, urls.feed()),
                alternates,
                checkedJsonLd(jsonLd, self),
                current);
    }

    /** One line of plain text for the title and meta tags: no control or direction character. */
    static String plain(String text, int length) {
        String line = SPACES.matcher(CONTROLS.matcher(text).replaceAll(" "))
                .replaceAll(" ")
                .strip();
        if (line.length() <= length) {
            return line;
        }
        int cut = line.lastIndexOf(' ', length - 1);
        return line.substring(0, cut > length / 2 ? cut : length - 1) + "…";
    }

    private static @Nullable String checkedJsonLd(@Nullable String jsonLd, URI page) {
        if (jsonLd == null || jsonLd.isBlank()) {
            return null;
        }
        // Only where a '<' stands: a JSON-LD writer that escapes it (as townhall's does) costs one scan.
        for (int at = jsonLd.indexOf('<'); at >= 0; at = jsonLd.indexOf('<', at + 1)) {
            String found = jsonLd.regionMatches(true, at, "</script", 0, 8)
                    ? "</script"
                    : jsonLd.startsWith("<!--", at) ? "<!--" : null;
            if (found != null) {
                throw new IllegalArgumentException("The JSON-LD of " + page + " holds " + found
                        + ", which would break out of its <script> element; write < as \\u003c in JSON strings");
            }
        }
        return jsonLd;
    }

    /**
     * {@return what people call a session: its label, else the format and date}
     *
     * @param session the session
     */
    Txt label(Session session) {
        Text label = session.label();
        if (label != null) {
            return txt(label);
        }
        return new Txt(
                l.t("format", session.format()) + " – "
                        + when(session.schedule()).text(),
                null);
    }

    /**
     * {@return a text in the page's language, or in its own with its language marked}
     *
     * @param text the text
     */
    Txt txt(Text text) {
        Locale language = text.languageFor(locale);
        String value = text.bestFor(locale);
        return new Txt(value, language.getLanguage().equals(locale.getLanguage()) ? null : language.toLanguageTag());
    }

    private Prose prose(Text text) {
        Txt value = txt(text);
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : BLANK_LINES.split(value.value(), -1)) {
            String trimmed = paragraph.strip();
            if (!trimmed.isEmpty()) {
                paragraphs.add(trimmed);
            }
        }
        return new Prose(paragraphs, value.lang());
    }

    /**
     * {@return when a schedule is, ready to show}
     *
     * @param schedule the schedule
     */
    When when(Schedule schedule) {
        if (schedule instanceof ExactSchedule exact) {
            ZonedDateTime start = exact.zonedStart();
            ZonedDateTime end = exact.zonedEnd();
            boolean sameDay = end.toLocalDate().equals(start.toLocalDate());
            return new When(
                    dayAndTime(start),
                    datetime(start),
                    sameDay ? time(end) : dayAndTime(end),
                    datetime(end),
                    zone(start));
        }
        if (schedule instanceof OpenEndedSchedule open) {
            ZonedDateTime start = open.zonedStart();
            return new When(dayAndTime(start), datetime(start), null, null, zone(start));
        }
        if (schedule instanceof TentativeSchedule tentative) {
            if (tentative.month() != null) {
                return new When(
                        month.format(tentative.from()) + " (" + l.t("tentative") + ")",
                        Objects.requireNonNull(tentative.month()).toString(),
                        null,
                        null,
                        null);
            }
            if (tentative.from().equals(tentative.to())) {
                return new When(
                        day.format(tentative.from()) + " (" + l.t("tentative") + ")",
                        tentative.from().toString(),
                        null,
                        null,
                        null);
            }
            return new When(
                    l.t("between") + " " + day.format(tentative.from()) + " " + l.t("and") + " "
                            + day.format(tentative.to()) + " (" + l.t("tentative") + ")",
                    null,
                    null,
                    null,
                    null);
        }
        return new When(l.t("toBeSet"), null, null, null, null);
    }

    private String zone(ZonedDateTime start) {
        return zones.computeIfAbsent(start.getZone(), zone -> new ConcurrentHashMap<>())
                .computeIfAbsent(
                        start.getOffset(),
                        offset -> l.t("timeZone") + " " + start.getZone().getId() + ", UTC"
                                + offset.getId().replace("Z", ""));
    }

    /**
     * The day and time as {@code day} and {@code time} format them ("mardi 1 décembre 2015, 18h30",
     * "Tuesday 1 December 2015, 18:30"), composed from the names they give.
     */
    private String dayAndTime(ZonedDateTime at) {
        int year = at.getYear();
        if (year < 1000 || year > 9999) {
            return day.format(at) + ", " + time.format(at);
        }
        StringBuilder out = new StringBuilder(40);
        out.append(dayNames[at.getDayOfWeek().ordinal()])
                .append(' ')
                .append(at.getDayOfMonth())
                .append(' ')
                .append(monthNames[at.getMonthValue() - 1])
                .append(' ')
                .append(year)
                .append(", ");
        return time(out, at).toString();
    }

    /** The time as {@code time} formats it: 18h30 in French, 18:30 in English. */
    private String time(ZonedDateTime at) {
        return time(new StringBuilder(5), at).toString();
    }

    private StringBuilder time(StringBuilder out, ZonedDateTime at) {
        if (english) {
            return twoDigits(twoDigits(out, at.getHour()).append(':'), at.getMinute());
        }
        return twoDigits(out.append(at.getHour()).append('h'), at.getMinute());
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** A valid global date and time string of HTML: local date and time and the offset at that instant. */
    static String datetime(ZonedDateTime at) {
        LocalDateTime local = at.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
        LocalTime clock = local.toLocalTime();
        String offset = at.getOffset().getId();
        if (offset.length() > 6) {
            offset = offset.substring(0, 6); // an offset with seconds (local mean time) to the minute
        }
        int year = local.getYear();
        StringBuilder out = new StringBuilder(25);
        if (year < 1000 || year > 9999) {
            out.append(local.toLocalDate());
        } else {
            out.append(year).append('-');
            twoDigits(out, local.getMonthValue()).append('-');
            twoDigits(out, local.getDayOfMonth());
        }
        out.append('T');
        twoDigits(out, clock.getHour()).append(':');
        twoDigits(out, clock.getMinute());
        if (clock.getSecond() != 0) {
            twoDigits(out.append(':'), clock.getSecond());
        }
        return out.append(offset).toString();
    }
}
