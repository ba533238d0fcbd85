package io.github.townhall.jsonld.internal;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.PartnerRole;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.people.Person;
import io.github.townhall.place.GeoPoint;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.schedule.UndatedSchedule;
import io.github.townhall.session.Admission;
import io.github.townhall.session.PracticalDetails;
import io.github.townhall.session.Registration;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.session.Speaker;
import io.github.townhall.session.Visibility;
import io.github.townhall.site.SiteUrls;
import io.github.townhall.text.Text;
import java.io.Writer;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes schema.org objects for one archive, in one language, with one site's addresses. Each
 * object's properties come in a fixed order; absent values are left out.
 *
 * <p>Not thread-safe (it holds its generator); make one per document.
 */
public final class LdWriter {
    /** The JSON-LD context of every document: schema.org, as a string. */
    public static final String CONTEXT = "https://schema.org";

    private static final String SCHEMA = "https://schema.org/";

    private static final SerializedString EVENT_CANCELLED = new SerializedString(SCHEMA + "EventCancelled");
    private static final SerializedString EVENT_POSTPONED = new SerializedString(SCHEMA + "EventPostponed");
    private static final SerializedString EVENT_RESCHEDULED = new SerializedString(SCHEMA + "EventRescheduled");
    private static final SerializedString EVENT_SCHEDULED = new SerializedString(SCHEMA + "EventScheduled");
    private static final SerializedString MIXED = new SerializedString(SCHEMA + "MixedEventAttendanceMode");
    private static final SerializedString ONLINE = new SerializedString(SCHEMA + "OnlineEventAttendanceMode");
    private static final SerializedString OFFLINE = new SerializedString(SCHEMA + "OfflineEventAttendanceMode");

    /** ISO-8601 local date-time with the offset, seconds always written: 2015-12-01T18:30:00+01:00. */
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    /** Shared and thread-safe: it only makes generators. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .characterEscapes(new HtmlSafeEscapes())
            // the caller's writer is flushed, never closed
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // no duplicate detection while writing (it costs a set per object): the tests read every
            // document back with duplicates refused
            .build();

    // property names and constant values, escaped once
    private static final SerializedString N_CONTEXT = new SerializedString("@context");
    private static final SerializedString N_ID = new SerializedString("@id");
    private static final SerializedString N_TYPE = new SerializedString("@type");
    private static final SerializedString N_ADDRESS = new SerializedString("address");
    private static final SerializedString N_ADDRESS_COUNTRY = new SerializedString("addressCountry");
    private static final SerializedString N_ADDRESS_LOCALITY = new SerializedString("addressLocality");
    private static final SerializedString N_AFFILIATION = new SerializedString("affiliation");
    private static final SerializedString N_ALTERNATE_NAME = new SerializedString("alternateName");
    private static final SerializedString N_DESCRIPTION = new SerializedString("description");
    private static final SerializedString N_END_DATE = new SerializedString("endDate");
    private static final SerializedString N_EVENT_ATTENDANCE_MODE = new SerializedString("eventAttendanceMode");
    private static final SerializedString N_EVENT_STATUS = new SerializedString("eventStatus");
    private static final SerializedString N_FUNDER = new SerializedString("funder");
    private static final SerializedString N_GEO = new SerializedString("geo");
    private static final SerializedString N_IN_LANGUAGE = new SerializedString("inLanguage");
    private static final SerializedString N_IS_ACCESSIBLE_FOR_FREE = new SerializedString("isAccessibleForFree");
    private static final SerializedString N_ITEM = new SerializedString("item");
    private static final SerializedString N_ITEM_LIST_ELEMENT = new SerializedString("itemListElement");
    private static final SerializedString N_ITEM_LIST_ORDER = new SerializedString("itemListOrder");
    private static final SerializedString N_JOB_TITLE = new SerializedString("jobTitle");
    private static final SerializedString N_KEYWORDS = new SerializedString("keywords");
    private static final SerializedString N_LATITUDE = new SerializedString("latitude");
    private static final SerializedString N_LOCATION = new SerializedString("location");
    private static final SerializedString N_LONGITUDE = new SerializedString("longitude");
    private static final SerializedString N_NAME = new SerializedString("name");
    private static final SerializedString N_NUMBER_OF_ITEMS = new SerializedString("numberOfItems");
    private static final SerializedString N_OFFERS = new SerializedString("offers");
    private static final SerializedString N_ORGANIZER = new SerializedString("organizer");
    private static final SerializedString N_PERFORMER = new SerializedString("performer");
    private static final SerializedString N_POSITION = new SerializedString("position");
    private static final SerializedString N_POSTAL_CODE = new SerializedString("postalCode");
    private static final SerializedString N_PREVIOUS_START_DATE = new SerializedString("previousStartDate");
    private static final SerializedString N_PRICE = new SerializedString("price");
    private static final SerializedString N_PRICE_CURRENCY = new SerializedString("priceCurrency");
    private static final SerializedString N_SAME_AS = new SerializedString("sameAs");
    private static final SerializedString N_SPONSOR = new SerializedString("sponsor");
    private static final SerializedString N_START_DATE = new SerializedString("startDate");
    private static final SerializedString N_STREET_ADDRESS = new SerializedString("streetAddress");
    private static final SerializedString N_SUB_EVENT = new SerializedString("subEvent");
    private static final SerializedString N_SUPER_EVENT = new SerializedString("superEvent");
    private static final SerializedString N_URL = new SerializedString("url");
    private static final SerializedString V_EVENT = new SerializedString("Event");
    private static final SerializedString V_EVENT_SERIES = new SerializedString("EventSeries");
    private static final SerializedString V_GEO_COORDINATES = new SerializedString("GeoCoordinates");
    private static final SerializedString V_ITEM_LIST = new SerializedString("ItemList");
    private static final SerializedString V_LIST_ITEM = new SerializedString("ListItem");
    private static final SerializedString V_OFFER = new SerializedString("Offer");
    private static final SerializedString V_ORGANIZATION = new SerializedString("Organization");
    private static final SerializedString V_PERSON = new SerializedString("Person");
    private static final SerializedString V_PLACE = new SerializedString("Place");
    private static final SerializedString V_POSTAL_ADDRESS = new SerializedString("PostalAddress");
    private static final SerializedString V_VIRTUAL_LOCATION = new SerializedString("VirtualLocation");

    private final JsonGenerator g;
    private final Archive archive;
    private final SiteUrls urls;
    private final Locale language;
    private final String organisationId;
    private final Map<CycleId, URI> cycleUrls = new HashMap<>();
    /** In an agenda, the nodes already described in full: later mentions refer to them by {@code @id}. */
    private final Set<String> described = new HashSet<>();

    private boolean referToDescribed;

    /**
     * Creates a writer.
     *
     * @param g the generator, from {@link #generator(Writer)}
     * @param archive the archive the records belong to (its organisation, directory, cycles)
     * @param urls the site's addresses
     * @param language the language texts are wanted in
     */
    public LdWriter(JsonGenerator g, Archive archive, SiteUrls urls, Locale language) {
        this.g = Objects.requireNonNull(g, "g");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.urls = Objects.requireNonNull(urls, "urls");
        this.language = Objects.requireNonNull(language, "language");
        this.organisationId = withFragment(urls.base(), "organization");
    }

    /**
     * Makes a compact generator with HTML-safe escapes, which flushes and does not close the writer.
     *
     * @param out where to write
     * @return the generator
     */
    public static JsonGenerator generator(Writer out) {
        return FACTORY.createGenerator(ObjectWriteContext.empty(), out);
    }

    /**
     * Tells whether a session is an event: it has a date, exact or tentative.
     *
     * @param session the session
     * @return false for an undated session
     */
    public static boolean isEvent(Session session) {
        return !(session.schedule() instanceof UndatedSchedule);
    }

    /**
     * Tells whether a session is listed in agendas and cycles: public and dated.
     *
     * @param session the session
     * @return true when listed
     */
    public static boolean isListed(Session session) {
        return isEvent(session) && session.visibility() == Visibility.PUBLIC;
    }

    /**
     * The sessions of an agenda: public and dated, by first day, then by exact start (a tentative
     * period after the exact starts of its first day), then in the archive's order.
     *
     * @param archive the archive
     * @return the sessions, in order
     */
    public static List<Session> agendaEvents(Archive archive) {
        List<Session> events = new ArrayList<>();
        for (Session session : archive.sessions()) {
            if (isListed(session)) {
                events.add(session);
            }
        }
        events.sort(LdWriter::chronological);
        return events;
    }

    private static int chronological(Session a, Session b) {
        int byDay = Objects.requireNonNull(a.schedule().firstDay())
                .compareTo(Objects.requireNonNull(b.schedule().firstDay()));
        if (byDay != 0) {
            return byDay;
        }
        ZonedDateTime x = a.schedule().exactStart();
        ZonedDateTime y = b.schedule().exactStart();
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : 1) : -1;
        }
        return x.toInstant().compareTo(y.toInstant());
    }

    // ------------------------------------------------------------------ documents

    /**
     * Writes a session's {@code Event} document.
     *
     * @param session a dated session
     */
    public void sessionDocument(Session session) {
        g.writeStartObject();
        prop(N_CONTEXT, CONTEXT);
        event(session, true);
        g.writeEndObject();
    }

    /**
     * Writes a cycle's {@code EventSeries} document, its listed sessions as {@code subEvent}s.
     *
     * @param cycle the cycle, one of the archive's
     */
    public void cycleDocument(Cycle cycle) {
        URI url = urls.cycle(cycle.id());
        g.writeStartObject();
        prop(N_CONTEXT, CONTEXT);
        prop(N_TYPE, V_EVENT_SERIES);
        prop(N_ID, withFragment(url, "series"));
        prop(N_URL, url.toString());
        text(N_NAME, cycle.title());
        text(N_DESCRIPTION, cycle.description());
        prop(N_IN_LANGUAGE, cycle.title().languageFor(language).toLanguageTag());
        URI website = cycle.website();
        if (website != null && !website.equals(url)) {
            prop(N_SAME_AS, website.toString());
        }
        String place = cycle.place();
        if (place != null) {
            g.writeName(N_LOCATION);
            g.writeStartObject();
            prop(N_TYPE, V_PLACE);
            prop(N_NAME, place);
            g.writeEndObject();
        }
        partners(cycle.partners());
        many(N_KEYWORDS, texts(cycle.topics()), g::writeString);
        List<Session> events = new ArrayList<>();
        for (Session session : archive.sessionsOf(cycle.id())) {
            if (isListed(session)) {
                events.add(session);
            }
        }
        array(N_SUB_EVENT, events, session -> object(() -> event(session, false)));
        g.writeEndObject();
    }

    /**
     * Writes the organisation's agenda: an {@code ItemList} of its listed sessions' {@code Event}s,
     * in the order of {@link #agendaEvents(Archive)}.
     */
    public void agendaDocument() {
        referToDescribed = true;
        List<Session> events = agendaEvents(archive);
        URI url = urls.agenda();
        g.writeStartObject();
        prop(N_CONTEXT, CONTEXT);
        prop(N_TYPE, V_ITEM_LIST);
        prop(N_ID, withFragment(url, "agenda"));
        prop(N_URL, url.toString());
        prop(N_NAME, archive.organisation().name());
        prop(N_ITEM_LIST_ORDER, SCHEMA + "ItemListOrderAscending");
        number(N_NUMBER_OF_ITEMS, events.size());
        g.writeName(N_ITEM_LIST_ELEMENT);
        g.writeStartArray();
        int position = 1;
        for (Session session : events) {
            g.writeStartObject();
            prop(N_TYPE, V_LIST_ITEM);
            number(N_POSITION, position++);
            g.writeName(N_ITEM);
            g.writeStartObject();
            event(session, true);
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ Event

    private void event(Session session, boolean withSuperEvent) {
        URI url = urls.session(session.id());
        prop(N_TYPE, V_EVENT);
        prop(N_ID, withFragment(url, "event"));
        prop(N_URL, url.toString());
        text(N_NAME, session.label());
        text(N_DESCRIPTION, session.description());
        inLanguage(session);
        dates(session.schedule());
        status(session);
        attendanceMode(session.venue());
        location(session);
        partners(session.partners());
        many(N_PERFORMER, session.speakers(), this::performer);
        admission(session);
        many(N_KEYWORDS, texts(session.topics()), g::writeString);
        if (withSuperEvent && session.cycle() != null) {
            superEvent(session.cycle().cycle());
        }
    }

    private void object(Runnable body) {
        g.writeStartObject();
        body.run();
        g.writeEndObject();
    }

    private void inLanguage(Session session) {
        PracticalDetails practical = session.practical();
        if (practical != null && !practical.languages().isEmpty()) {
            List<String> tags = new ArrayList<>();
            for (Locale spoken : practical.languages()) {
                tags.add(spoken.toLanguageTag());
            }
            many(N_IN_LANGUAGE, tags, g::writeString);
            return;
        }
        Text text = session.label() != null ? session.label() : session.description();
        if (text != null) {
            prop(N_IN_LANGUAGE, text.languageFor(language).toLanguageTag());
        }
    }

    private void dates(Schedule schedule) {
        String start = start(schedule);
        if (start != null) {
            prop(N_START_DATE, start);
        }
        if (schedule instanceof ExactSchedule exact) {
            prop(N_END_DATE, dateTime(exact.end(), exact.zone()));
        }
    }

    /**
     * The start of a schedule as schema.org writes it: a local date-time with the offset its zone
     * has then, or a tentative period's first day; null when undated.
     */
    private static @Nullable String start(Schedule schedule) {
        if (schedule instanceof ExactSchedule exact) {
            return dateTime(exact.start(), exact.zone());
        }
        if (schedule instanceof OpenEndedSchedule open) {
            return dateTime(open.start(), open.zone());
        }
        if (schedule instanceof TentativeSchedule tentative) {
            return tentative.from().toString();
        }
        return null;
    }

    /**
     * A local date-time and the offset its zone has then, as {@code uuuu-MM-dd'T'HH:mm:ssxxx} writes
     * it (seconds of an offset left out), composed by hand for the years 0 to 9999.
     */
    static String dateTime(LocalDateTime local, ZoneId zone) {
        ZonedDateTime zoned = ZonedDateTime.of(local, zone);
        LocalDateTime at = zoned.toLocalDateTime();
        int year = at.getYear();
        if (year < 0 || year > 9999) {
            return zoned.toOffsetDateTime().format(DATE_TIME);
        }
        char[] out = new char[25];
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, at.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, at.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, at.getHour(), 2);
        out[13] = ':';
        digits(out, 14, at.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, at.getSecond(), 2);
        int offset = zoned.getOffset().getTotalSeconds();
        out[19] = offset < 0 ? '-' : '+';
        int minutes = Math.abs(offset) / 60;
        digits(out, 20, minutes / 60, 2);
        out[22] = ':';
        digits(out, 23, minutes % 60, 2);
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private void status(Session session) {
        List<String> earlier = new ArrayList<>();
        for (Schedule schedule : session.earlierSchedules()) {
            String start = refines(schedule, session.schedule()) ? null : start(schedule);
            if (start != null) {
                earlier.add(start);
            }
        }
        SerializedString status;
        if (session.status() == SessionStatus.CANCELLED) {
            status = EVENT_CANCELLED;
            earlier.clear();
        } else if (session.status() == SessionStatus.POSTPONED) {
            status = EVENT_POSTPONED;
            earlier.clear();
        } else if (!earlier.isEmpty()) {
            status = EVENT_RESCHEDULED;
        } else {
            status = EVENT_SCHEDULED;
        }
        prop(N_EVENT_STATUS, status);
        array(N_PREVIOUS_START_DATE, earlier, g::writeString);
    }

    /**
     * Tells whether an earlier schedule was only a less precise announcement of the current one (a
     * tentative period that holds the current first day: "prévu en février", held on 18 February),
     * which is not a move.
     */
    private static boolean refines(Schedule earlier, Schedule current) {
        LocalDate day = current.firstDay();
        return earlier instanceof TentativeSchedule tentative
                && day != null
                && !day.isBefore(tentative.from())
                && !day.isAfter(tentative.to());
    }

    private void attendanceMode(@Nullable Venue venue) {
        if (venue == null) {
            return;
        }
        SerializedString mode;
        if (venue.isHybrid()) {
            mode = MIXED;
        } else if (venue.isOnline()) {
            mode = ONLINE;
        } else if (venue.isPhysical()) {
            mode = OFFLINE;
        } else {
            return;
        }
        prop(N_EVENT_ATTENDANCE_MODE, mode);
    }

    private void location(Session session) {
        Venue venue = session.venue();
        if (venue == null) {
            return;
        }
        List<Runnable> locations = new ArrayList<>();
        if (venue.isPhysical()) {
            locations.add(() -> place(venue));
        }
        URI link = venue.onlineLink();
        if (link != null && session.visibility() == Visibility.PUBLIC) {
            locations.add(() -> object(() -> {
                prop(N_TYPE, V_VIRTUAL_LOCATION);
                prop(N_URL, link.toString());
            }));
        }
        many(N_LOCATION, locations, Runnable::run);
    }

    private void place(Venue venue) {
        g.writeStartObject();
        prop(N_TYPE, V_PLACE);
        StringJoiner name = new StringJoiner(", ");
        for (String part : new String[] {venue.name(), venue.room(), venue.building()}) {
            if (part != null) {
                name.add(part);
            }
        }
        ListedOrganisation owner = venue.organisation() == null ? null : archive.listed(venue.organisation());
        if (name.length() == 0 && owner != null) {
            name.add(owner.name());
        }
        if (name.length() > 0) {
            prop(N_NAME, name.toString());
        }
        if (venue.street() != null || venue.postalCode() != null || venue.city() != null || venue.country() != null) {
            g.writeName(N_ADDRESS);
            postalAddress(venue.street(), venue.postalCode(), venue.city(), venue.country());
        }
        GeoPoint point = venue.coordinates();
        if (point != null && Double.isFinite(point.latitude()) && Double.isFinite(point.longitude())) {
            g.writeName(N_GEO);
            g.writeStartObject();
            prop(N_TYPE, V_GEO_COORDINATES);
            number(N_LATITUDE, point.latitude());
            number(N_LONGITUDE, point.longitude());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void postalAddress(
            @Nullable String street, @Nullable String postalCode, @Nullable String city, @Nullable String country) {
        g.writeStartObject();
        prop(N_TYPE, V_POSTAL_ADDRESS);
        string(N_STREET_ADDRESS, street);
        string(N_POSTAL_CODE, postalCode);
        string(N_ADDRESS_LOCALITY, city);
        string(N_ADDRESS_COUNTRY, country);
        g.writeEndObject();
    }

    /**
     * The organisers (the archive's organisation, then co-organisers), sponsors (hosts and
     * partners) and funders, each organisation of the directory once per property.
     */
    private void partners(List<Partnership> partners) {
        if (partners.isEmpty()) {
            g.writeName(N_ORGANIZER);
            organisation();
            return;
        }
        List<Runnable> organizers = new ArrayList<>();
        organizers.add(this::organisation);
        for (ListedOrganisation listed : resolve(partners, Set.of(PartnerRole.CO_ORGANISER))) {
            organizers.add(() -> listed(listed));
        }
        many(N_ORGANIZER, organizers, Runnable::run);
        many(N_SPONSOR, resolve(partners, Set.of(PartnerRole.HOST, PartnerRole.PARTNER)), this::listed);
        many(N_FUNDER, resolve(partners, Set.of(PartnerRole.FUNDER)), this::listed);
    }

    /** The directory entries of the partnerships in some roles, once each; unresolved ones left out. */
    private List<ListedOrganisation> resolve(List<Partnership> partners, Set<PartnerRole> roles) {
        Map<OrganisationId, ListedOrganisation> found = new LinkedHashMap<>();
        for (Partnership partnership : partners) {
            if (roles.contains(partnership.role())) {
                ListedOrganisation listed = archive.listed(partnership.organisation());
                if (listed != null) {
                    found.putIfAbsent(listed.id(), listed);
                }
            }
        }
        return List.copyOf(found.values());
    }

    private void organisation() {
        Organisation organisation = archive.organisation();
        if (referTo(organisationId)) {
            return;
        }
        g.writeStartObject();
        prop(N_TYPE, V_ORGANIZATION);
        prop(N_ID, organisationId);
        prop(N_NAME, organisation.name());
        string(N_ALTERNATE_NAME, organisation.shortName());
        string(N_URL, organisation.website());
        if (organisation.city() != null || organisation.country() != null) {
            g.writeName(N_ADDRESS);
            postalAddress(null, null, organisation.city(), organisation.country());
        }
        g.writeEndObject();
    }

    private void listed(ListedOrganisation listed) {
        g.writeStartObject();
        prop(N_TYPE, V_ORGANIZATION);
        prop(N_NAME, listed.name());
        string(N_ALTERNATE_NAME, listed.shortName());
        string(N_URL, listed.website());
        if (listed.city() != null) {
            g.writeName(N_ADDRESS);
            postalAddress(null, null, listed.city(), null);
        }
        g.writeEndObject();
    }

    private void performer(Speaker speaker) {
        Person person = speaker.person();
        g.writeStartObject();
        prop(N_TYPE, V_PERSON);
        prop(N_NAME, person.name());
        text(N_JOB_TITLE, person.title());
        ListedOrganisation listed = speaker.organisation() == null ? null : archive.listed(speaker.organisation());
        if (listed != null) {
            g.writeName(N_AFFILIATION);
            listed(listed);
        } else if (person.affiliation() != null) {
            g.writeName(N_AFFILIATION);
            g.writeStartObject();
            prop(N_TYPE, V_ORGANIZATION);
            prop(N_NAME, person.affiliation().name());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void admission(Session session) {
        PracticalDetails practical = session.practical();
        Admission admission = practical == null ? null : practical.admission();
        Registration registration = session.registration();
        URI link = registration == null ? null : registration.link();
        if (admission != null) {
            bool(N_IS_ACCESSIBLE_FOR_FREE, admission instanceof Admission.Free);
        }
        if (admission != null || link != null) {
            g.writeName(N_OFFERS);
            g.writeStartObject();
            prop(N_TYPE, V_OFFER);
            if (admission instanceof Admission.Paid paid) {
                prop(N_PRICE, paid.amount().toPlainString());
                prop(N_PRICE_CURRENCY, paid.currency().getCurrencyCode());
                text(N_DESCRIPTION, paid.note());
            } else if (admission != null) {
                prop(N_PRICE, "0");
            }
            string(N_URL, link);
            g.writeEndObject();
        }
        if (registration != null && registration.capacity() != null) {
            g.writeNumberProperty(
                    "maximumAttendeeCapacity", registration.capacity().intValue());
        }
    }

    private void superEvent(CycleId id) {
        URI url = cycleUrls.computeIfAbsent(id, urls::cycle);
        String series = withFragment(url, "series");
        g.writeName(N_SUPER_EVENT);
        if (referTo(series)) {
            return;
        }
        Cycle cycle = archive.cycle(id);
        g.writeStartObject();
        prop(N_TYPE, V_EVENT_SERIES);
        prop(N_ID, series);
        prop(N_URL, url.toString());
        if (cycle != null) {
            text(N_NAME, cycle.title());
        }
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ helpers

    /**
     * In an agenda, writes a reference to a node described in full earlier in the document and
     * tells so; otherwise (the first time, or in other documents) writes nothing.
     */
    private boolean referTo(String id) {
        if (!referToDescribed || described.add(id)) {
            return false;
        }
        g.writeStartObject();
        prop(N_ID, id);
        g.writeEndObject();
        return true;
    }

    /** An address with the given fragment, replacing any it has: the {@code @id} of what its page shows. */
    static String withFragment(URI page, String fragment) {
        String address = page.toString();
        int hash = address.indexOf('#');
        return (hash < 0 ? address : address.substring(0, hash)) + "#" + fragment;
    }

    private List<String> texts(List<Text> texts) {
        List<String> out = new ArrayList<>();
        for (Text text : texts) {
            out.add(text.bestFor(language));
        }
        return out;
    }

    private void text(SerializedString name, @Nullable Text value) {
        if (value != null) {
            prop(name, value.bestFor(language));
        }
    }

    private void string(SerializedString name, @Nullable Object value) {
        if (value != null) {
            prop(name, value.toString());
        }
    }

    private void prop(SerializedString name, String value) {
        g.writeName(name);
        g.writeString(value);
    }

    private void prop(SerializedString name, SerializedString value) {
        g.writeName(name);
        g.writeString(value);
    }

    private void number(SerializedString name, int value) {
        g.writeName(name);
        g.writeNumber(value);
    }

    private void number(SerializedString name, double value) {
        g.writeName(name);
        g.writeNumber(value);
    }

    private void bool(SerializedString name, boolean value) {
        g.writeName(name);
        g.writeBoolean(value);
    }

    /** A property that may repeat: left out when empty, the value alone when one, else an array. */
    private <T> void many(SerializedString name, List<T> values, Consumer<T> writer) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        if (values.size() == 1) {
            writer.accept(values.get(0));
            return;
        }
        g.writeStartArray();
        values.forEach(writer);
        g.writeEndArray();
    }

    /** A list property: left out when empty, else always an array. */
    private <T> void array(SerializedString name, List<T> values, Consumer<T> writer) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (T value : values) {
            writer.accept(value);
        }
        g.writeEndArray();
    }
}
