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

    private final JsonGenerator g;
    private final Archive archive;
    private final SiteUrls urls;
    private final Locale language;

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
        g.writeStringProperty("@context", CONTEXT);
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
        g.writeStringProperty("@context", CONTEXT);
        g.writeStringProperty("@type", "EventSeries");
        g.writeStringProperty("@id", withFragment(url, "series"));
        g.writeStringProperty("url", url.toString());
        text("name", cycle.title());
        text("description", cycle.description());
        g.writeStringProperty("inLanguage", cycle.title().languageFor(language).toLanguageTag());
        URI website = cycle.website();
        if (website != null && !website.equals(url)) {
            g.writeStringProperty("sameAs", website.toString());
        }
        String place = cycle.place();
        if (place != null) {
            g.writeName("location");
            g.writeStartObject();
            g.writeStringProperty("@type", "Place");
            g.writeStringProperty("name", place);
            g.writeEndObject();
        }
        partners(cycle.partners());
        many("keywords", texts(cycle.topics()), g::writeString);
        List<Session> events = new ArrayList<>();
        for (Session session : archive.sessionsOf(cycle.id())) {
            if (isListed(session)) {
                events.add(session);
            }
        }
        array("subEvent", events, session -> object(() -> event(session, false)));
        g.writeEndObject();
    }

    /**
     * Writes the organisation's agenda: an {@code ItemList} of its listed sessions' {@code Event}s,
     * in the order of {@link #agendaEvents(Archive)}.
     */
    public void agendaDocument() {
        List<Session> events = agendaEvents(archive);
        URI url = urls.agenda();
        g.writeStartObject();
        g.writeStringProperty("@context", CONTEXT);
        g.writeStringProperty("@type", "ItemList");
        g.writeStringProperty("@id", withFragment(url, "agenda"));
        g.writeStringProperty("url", url.toString());
        g.writeStringProperty("name", archive.organisation().name());
        g.writeStringProperty("itemListOrder", SCHEMA + "ItemListOrderAscending");
        g.writeNumberProperty("numberOfItems", events.size());
        g.writeName("itemListElement");
        g.writeStartArray();
        int position = 1;
        for (Session session : events) {
            g.writeStartObject();
            g.writeStringProperty("@type", "ListItem");
            g.writeNumberProperty("position", position++);
            g.writeName("item");
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
        g.writeStringProperty("@type", "Event");
        g.writeStringProperty("@id", withFragment(url, "event"));
        g.writeStringProperty("url", url.toString());
        text("name", session.label());
        text("description", session.description());
        inLanguage(session);
        dates(session.schedule());
        status(session);
        attendanceMode(session.venue());
        location(session);
        partners(session.partners());
        many("performer", session.speakers(), this::performer);
        admission(session);
        many("keywords", texts(session.topics()), g::writeString);
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
            many("inLanguage", tags, g::writeString);
            return;
        }
        Text text = session.label() != null ? session.label() : session.description();
        if (text != null) {
            g.writeStringProperty("inLanguage", text.languageFor(language).toLanguageTag());
        }
    }

    private void dates(Schedule schedule) {
        String start = start(schedule);
        if (start != null) {
            g.writeStringProperty("startDate", start);
        }
        if (schedule instanceof ExactSchedule exact) {
            g.writeStringProperty("endDate", dateTime(exact.end(), exact.zone()));
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

    private static String dateTime(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.of(local, zone).toOffsetDateTime().format(DATE_TIME);
    }

    private void status(Session session) {
        List<String> earlier = new ArrayList<>();
        for (Schedule schedule : session.earlierSchedules()) {
            String start = refines(schedule, session.schedule()) ? null : start(schedule);
            if (start != null) {
                earlier.add(start);
            }
        }
        String status;
        if (session.status() == SessionStatus.CANCELLED) {
            status = "EventCancelled";
            earlier.clear();
        } else if (session.status() == SessionStatus.POSTPONED) {
            status = "EventPostponed";
            earlier.clear();
        } else if (!earlier.isEmpty()) {
            status = "EventRescheduled";
        } else {
            status = "EventScheduled";
        }
        g.writeStringProperty("eventStatus", SCHEMA + status);
        array("previousStartDate", earlier, g::writeString);
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
        String mode;
        if (venue.isHybrid()) {
            mode = "MixedEventAttendanceMode";
        } else if (venue.isOnline()) {
            mode = "OnlineEventAttendanceMode";
        } else if (venue.isPhysical()) {
            mode = "OfflineEventAttendanceMode";
        } else {
            return;
        }
        g.writeStringProperty("eventAttendanceMode", SCHEMA + mode);
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
                g.writeStringProperty("@type", "VirtualLocation");
                g.writeStringProperty("url", link.toString());
            }));
        }
        many("location", locations, Runnable::run);
    }

    private void place(Venue venue) {
        g.writeStartObject();
        g.writeStringProperty("@type", "Place");
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
            g.writeStringProperty("name", name.toString());
        }
        if (venue.street() != null || venue.postalCode() != null || venue.city() != null || venue.country() != null) {
            g.writeName("address");
            postalAddress(venue.street(), venue.postalCode(), venue.city(), venue.country());
        }
        GeoPoint point = venue.coordinates();
        if (point != null && Double.isFinite(point.latitude()) && Double.isFinite(point.longitude())) {
            g.writeName("geo");
            g.writeStartObject();
            g.writeStringProperty("@type", "GeoCoordinates");
            g.writeNumberProperty("latitude", point.latitude());
            g.writeNumberProperty("longitude", point.longitude());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void postalAddress(
            @Nullable String street, @Nullable String postalCode, @Nullable String city, @Nullable String country) {
        g.writeStartObject();
        g.writeStringProperty("@type", "PostalAddress");
        string("streetAddress", street);
        string("postalCode", postalCode);
        string("addressLocality", city);
        string("addressCountry", country);
        g.writeEndObject();
    }

    /**
     * The organisers (the archive's organisation, then co-organisers), sponsors (hosts and
     * partners) and funders, each organisation of the directory once per property.
     */
    private void partners(List<Partnership> partners) {
        List<Runnable> organizers = new ArrayList<>();
        organizers.add(this::organisation);
        for (ListedOrganisation listed : resolve(partners, Set.of(PartnerRole.CO_ORGANISER))) {
            organizers.add(() -> listed(listed));
        }
        many("organizer", organizers, Runnable::run);
        many("sponsor", resolve(partners, Set.of(PartnerRole.HOST, PartnerRole.PARTNER)), this::listed);
        many("funder", resolve(partners, Set.of(PartnerRole.FUNDER)), this::listed);
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
        g.writeStartObject();
        g.writeStringProperty("@type", "Organization");
        g.writeStringProperty("@id", withFragment(urls.base(), "organization"));
        g.writeStringProperty("name", organisation.name());
        string("alternateName", organisation.shortName());
        string("url", organisation.website());
        if (organisation.city() != null || organisation.country() != null) {
            g.writeName("address");
            postalAddress(null, null, organisation.city(), organisation.country());
        }
        g.writeEndObject();
    }

    private void listed(ListedOrganisation listed) {
        g.writeStartObject();
        g.writeStringProperty("@type", "Organization");
        g.writeStringProperty("name", listed.name());
        string("alternateName", listed.shortName());
        string("url", listed.website());
        if (listed.city() != null) {
            g.writeName("address");
            postalAddress(null, null, listed.city(), null);
        }
        g.writeEndObject();
    }

    private void performer(Speaker speaker) {
        Person person = speaker.person();
        g.writeStartObject();
        g.writeStringProperty("@type", "Person");
        g.writeStringProperty("name", person.name());
        text("jobTitle", person.title());
        ListedOrganisation listed = speaker.organisation() == null ? null : archive.listed(speaker.organisation());
        if (listed != null) {
            g.writeName("affiliation");
            listed(listed);
        } else if (person.affiliation() != null) {
            g.writeName("affiliation");
            g.writeStartObject();
            g.writeStringProperty("@type", "Organization");
            g.writeStringProperty("name", person.affiliation().name());
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
            g.writeBooleanProperty("isAccessibleForFree", admission instanceof Admission.Free);
        }
        if (admission != null || link != null) {
            g.writeName("offers");
            g.writeStartObject();
            g.writeStringProperty("@type", "Offer");
            if (admission instanceof Admission.Paid paid) {
                g.writeStringProperty("price", paid.amount().toPlainString());
                g.writeStringProperty("priceCurrency", paid.currency().getCurrencyCode());
                text("description", paid.note());
            } else if (admission != null) {
                g.writeStringProperty("price", "0");
            }
            string("url", link);
            g.writeEndObject();
        }
        if (registration != null && registration.capacity() != null) {
            g.writeNumberProperty(
                    "maximumAttendeeCapacity", registration.capacity().intValue());
        }
    }

    private void superEvent(CycleId id) {
        URI url = urls.cycle(id);
        Cycle cycle = archive.cycle(id);
        g.writeName("superEvent");
        g.writeStartObject();
        g.writeStringProperty("@type", "EventSeries");
        g.writeStringProperty("@id", withFragment(url, "series"));
        g.writeStringProperty("url", url.toString());
        if (cycle != null) {
            text("name", cycle.title());
        }
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ helpers

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

    private void text(String name, @Nullable Text value) {
        if (value != null) {
            g.writeStringProperty(name, value.bestFor(language));
        }
    }

    private void string(String name, @Nullable Object value) {
        if (value != null) {
            g.writeStringProperty(name, value.toString());
        }
    }

    /** A property that may repeat: left out when empty, the value alone when one, else an array. */
    private <T> void many(String name, List<T> values, Consumer<T> writer) {
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
    private <T> void array(String name, List<T> values, Consumer<T> writer) {
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
