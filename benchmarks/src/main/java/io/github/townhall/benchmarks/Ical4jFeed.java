package io.github.townhall.benchmarks;

import io.github.townhall.organisation.Organisation;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.session.Session;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The baseline: the same events, and the VTIMEZONE of each zone, built as an iCal4j 4.4
 * {@link Calendar} and written with {@link CalendarOutputter} (validation off), the way iCal4j's
 * documentation shows. The zone registry is created once and shared, as an application would.
 */
public final class Ical4jFeed {
    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private Ical4jFeed() {}

    /**
     * Builds the calendar and writes it.
     *
     * @param organisation the organisation, not null
     * @param sessions sessions with exact schedules, not null
     * @param domain the UID domain, not null
     * @param out where to write, not null
     * @throws IOException if the writer fails
     */
    public static void write(Organisation organisation, List<Session> sessions, String domain, Writer out)
            throws IOException {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//townhall//ical4j//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", organisation.name()));
        Set<String> zones = new TreeSet<>();
        for (Session session : sessions) {
            zones.add(((ExactSchedule) session.schedule()).zone().getId());
        }
        for (String zone : zones) {
            calendar.add(ZONES.getTimeZone(zone).getVTimeZone());
        }
        for (Session session : sessions) {
            calendar.add(event(PlainEvent.of(session, organisation, domain)));
        }
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
    }

    static VEvent event(PlainEvent event) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.uid()));
        vevent.add(new DtStamp(event.stamp()));
        if (event.created() != null) {
            vevent.add(new Created(event.created()));
        }
        if (event.modified() != null) {
            vevent.add(new LastModified(event.modified()));
        }
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new DtStart<>(event.start()));
        vevent.add(new DtEnd<>(event.end()));
        vevent.add(new Status(event.status()));
        Summary summary = new Summary(event.summary());
        summary.add(new Language(event.language()));
        vevent.add(summary);
        if (event.description() != null) {
            Description description = new Description(event.description());
            description.add(new Language(event.language()));
            vevent.add(description);
        }
        if (event.location() != null) {
            vevent.add(new Location(event.location()));
        }
        if (event.latitude() != null) {
            vevent.add(new Geo(BigDecimal.valueOf(event.latitude()), BigDecimal.valueOf(event.longitude())));
        }
        if (event.url() != null) {
            vevent.add(new Url(URI.create(event.url())));
        }
        vevent.add(new Categories(event.category()));
        Organizer organizer = new Organizer(URI.create(event.organizer()));
        organizer.add(new Cn(event.organizerName()));
        vevent.add(organizer);
        return vevent;
    }
}
