package io.github.townhall.ical.internal;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.ical.IcalOptions;
import io.github.townhall.ical.TentativePolicy;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.schedule.UndatedSchedule;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.Session;
import io.github.townhall.session.Visibility;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Streams a VCALENDAR: the calendar properties, one compact VTIMEZONE per zone used, then one
 * VEVENT per session, each written as soon as it is read. Sessions are iterated twice (once to
 * find the zones and years, once to write), and never held together.
 */
public final class FeedWriter {
    private static final List<PropertyScribe> SCRIBES = List.of(
            new UidScribe(),
            new StampScribe(),
            new SequenceScribe(),
            new TimeScribe(),
            new StatusScribe(),
            new SummaryScribe(),
            new DescriptionScribe(),
            new LocationScribe(),
            new GeoScribe(),
            new UrlScribe(),
            new ConferenceScribe(),
            new CategoriesScribe(),
            new OrganizerScribe());

    /**
     * What the calendar says of itself.
     *
     * @param name NAME and X-WR-CALNAME, not null
     * @param description DESCRIPTION and X-WR-CALDESC, or null
     * @param url URL, or null
     */
    public record Header(
            Text name, @Nullable Text description, @Nullable URI url) {}

    private final IcalOptions options;

    /**
     * Creates a feed writer.
     *
     * @param options the settings, not null
     */
    public FeedWriter(IcalOptions options) {
        this.options = options;
    }

    /**
     * Tells whether a session goes into a feed under the options: never an undated one (it has
     * no day a calendar can show, whatever the options), a members-only one only when asked, a
     * tentative one only under {@link TentativePolicy#ALL_DAY}.
     *
     * @param session the session, not null
     * @return true to write it
     */
    public boolean accepts(Session session) {
        if (session.visibility() == Visibility.MEMBERS_ONLY && !options.includeMembersOnly()) {
            return false;
        }
        Schedule schedule = session.schedule();
        if (schedule instanceof UndatedSchedule) {
            return false;
        }
        return !(schedule instanceof TentativeSchedule) || options.tentativePolicy() == TentativePolicy.ALL_DAY;
    }

    /**
     * Writes a whole calendar, then flushes the writer.
     *
     * @param header the calendar's own properties, not null
     * @param records the organisation of every session, and the cycles and directory entries the
     *     sessions refer to (its own sessions are not read), not null
     * @param sessions the sessions, already filtered, iterated twice, not null
     * @param out where to write, not null
     */
    public void write(Header header, Archive records, Iterable<Session> sessions, ContentLineWriter out) {
        Organisation organisation = records.organisation();
        Map<String, int[]> zones = new TreeMap<>();
        int[] span = null; // the span of the last zone seen: sessions of a feed mostly share one
        String spanZone = "";
        for (Session session : sessions) {
            Schedule schedule = session.schedule();
            ZoneId zone = schedule instanceof ExactSchedule exact
                    ? exact.zone()
                    : schedule instanceof OpenEndedSchedule open ? open.zone() : null;
            if (zone == null || zone instanceof ZoneOffset) {
                continue;
            }
            if (span == null || !zone.getId().equals(spanZone)) {
                spanZone = zone.getId();
                span = zones.computeIfAbsent(spanZone, id -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
            }
            collectYears(schedule, span);
        }
        out.line("BEGIN", "VCALENDAR");
        out.line("VERSION", "2.0");
        out.textLine("PRODID", "-//townhall//townhall-ical " + options.productVersion() + "//EN");
        out.line("CALSCALE", "GREGORIAN");
        out.line("METHOD", "PUBLISH");
        Locale chosen = options.language();
        Locale language = chosen != null ? chosen : header.name().originalLanguage();
        String name = header.name().bestFor(language);
        ContentLineWriter nameLine = out.start("NAME");
        Locale nameLanguage = header.name().languageFor(language);
        if (!nameLanguage.getLanguage().isEmpty()) {
            nameLine.language(nameLanguage);
        }
        nameLine.text(name);
        out.textLine("X-WR-CALNAME", name);
        Text description = header.description();
        if (description != null) {
            out.start("DESCRIPTION").language(description.languageFor(language)).text(description.bestFor(language));
            out.textLine("X-WR-CALDESC", description.bestFor(language));
        }
        URI url = header.url();
        if (url != null) {
            out.start("URL").paramToken("VALUE", "URI").raw(UriText.clean(url));
        }
        String refresh = Formats.duration(options.refreshInterval());
        out.start("REFRESH-INTERVAL").paramToken("VALUE", "DURATION").raw(refresh);
        out.line("X-PUBLISHED-TTL", refresh);
        if (zones.size() == 1) {
            out.textLine("X-WR-TIMEZONE", zones.keySet().iterator().next());
        }
        for (Map.Entry<String, int[]> zone : zones.entrySet()) {
            TimezoneWriter.write(ZoneId.of(zone.getKey()), zone.getValue()[0], zone.getValue()[1], out);
        }
        Function<OrganisationId, @Nullable ListedOrganisation> directory = records::listed;
        for (Session session : sessions) {
            CyclePosition position = session.cycle();
            Cycle cycle = position != null ? records.cycle(position.cycle()) : null;
            writeEvent(session, organisation, directory, cycle, out);
        }
        out.line("END", "VCALENDAR");
        out.flush();
    }

    private void writeEvent(
            Session session,
            Organisation organisation,
            Function<OrganisationId, @Nullable ListedOrganisation> directory,
            @Nullable Cycle cycle,
            ContentLineWriter out) {
        Locale language = eventLanguage(session, cycle);
        EventContext event = new EventContext(
                session,
                organisation,
                cycle,
                directory,
                options.domain(),
                language,
                Labels.of(language),
                options.clock(),
                options.assumedDuration(),
                options.siteUrls() == null ? null : options.siteUrls().session(session.id()));
        out.line("BEGIN", "VEVENT");
        for (PropertyScribe scribe : SCRIBES) {
            scribe.write(event, out);
        }
        out.line("END", "VEVENT");
    }

    /** The language of an event: the options', else its label's, else its cycle title's, else English. */
    private Locale eventLanguage(Session session, @Nullable Cycle cycle) {
        Locale language = options.language();
        if (language != null) {
            return language;
        }
        Text label = session.label();
        if (label != null) {
            return label.originalLanguage();
        }
        return cycle != null ? cycle.title().originalLanguage() : Locale.ENGLISH;
    }

    /** Widens a zone's span of years to the years of a dated schedule (exact or open-ended). */
    private void collectYears(Schedule schedule, int[] span) {
        LocalDateTime start;
        LocalDateTime end;
        if (schedule instanceof ExactSchedule exact) {
            start = exact.start();
            end = exact.end();
        } else if (schedule instanceof OpenEndedSchedule open) {
            start = open.start();
            end = ZonedDateTime.of(open.start(), open.zone())
                    .plus(options.assumedDuration())
                    .toLocalDateTime();
        } else {
            return;
        }
        span[0] = Math.min(span[0], Math.min(start.getYear(), end.getYear()));
        span[1] = Math.max(span[1], Math.max(start.getYear(), end.getYear()));
    }
}
