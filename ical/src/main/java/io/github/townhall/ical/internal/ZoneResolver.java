package io.github.townhall.ical.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The time zones of one import: the zone of floating times (the caller's, or the calendar's
 * X-WR-TIMEZONE), and what each TZID of the file names: an IANA zone (itself, an Outlook name, an
 * IANA id at the end of a longer one, or the X-LIC-LOCATION of its VTIMEZONE), else the offsets
 * of its VTIMEZONE's observances.
 */
final class ZoneResolver {
    private ZoneId defaultZone;
    private boolean zoneFromCalendar;
    private final Map<String, ZoneId> zones = new HashMap<>();
    private final Map<String, ObservanceZone> customZones = new HashMap<>();

    /**
     * Creates a resolver.
     *
     * @param defaultZone the zone of floating times unless the calendar names one, not null
     */
    ZoneResolver(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    /** {@return the zone of floating times and all-day dates} */
    ZoneId defaultZone() {
        return defaultZone;
    }

    /**
     * Reads a property of the calendar: X-WR-TIMEZONE sets the zone of floating times.
     *
     * @param prop the property, not null
     */
    void calendarProperty(ContentLine prop) {
        if (prop.name().equals("X-WR-TIMEZONE")) {
            ZoneId zone = ianaZone(TextEscaper.unescapeText(prop.value()));
            if (zone != null) {
                defaultZone = zone;
                zoneFromCalendar = true;
            }
        }
    }

    /**
     * Reads a VTIMEZONE: the zone its TZID names.
     *
     * @param props its properties, with BEGIN and END lines around each observance, not null
     */
    void timezone(List<ContentLine> props) {
        String tzid = null;
        String location = null;
        for (ContentLine prop : props) {
            if (prop.name().equals("TZID")) {
                tzid = TextEscaper.unescapeText(prop.value());
            } else if (prop.name().equals("X-LIC-LOCATION")) {
                location = TextEscaper.unescapeText(prop.value());
            }
        }
        if (tzid == null) {
            return;
        }
        ZoneId zone = location == null ? null : ianaZone(location);
        if (zone == null) {
            zone = ianaZone(tzid);
        }
        if (zone != null) {
            zones.put(tzid, zone);
        } else {
            ObservanceZone custom = ObservanceZone.of(props);
            if (custom != null) {
                customZones.put(tzid, custom);
            }
        }
    }

    /**
     * Reads a DATE-TIME of DTSTART or DTEND: in UTC (in the calendar's zone when it names one),
     * in its TZID, or floating in the default zone; an issue says when the zone is guessed.
     *
     * @param prop the property, not null
     * @param uid the event's UID, not null
     * @param issues where issues go, not null
     * @return the time, not null
     * @throws DateTimeException if the value is no date-time
     */
    ZonedDateTime dateTime(ContentLine prop, String uid, ImportIssues issues) {
        String value = prop.value().trim();
        if (value.endsWith("Z") || value.endsWith("z")) {
            Instant instant =
                    Formats.parseLocal(value.substring(0, value.length() - 1)).toInstant(ZoneOffset.UTC);
            return instant.atZone(zoneFromCalendar ? defaultZone : ZoneOffset.UTC);
        }
        LocalDateTime local = Formats.parseLocal(value);
        String tzid = prop.param("TZID");
        if (tzid == null) {
            issues.add(prop.line(), uid, prop.name(), "floating time read in " + defaultZone.getId());
            return ZonedDateTime.of(local, defaultZone);
        }
        ZoneId zone = zones.get(tzid);
        if (zone == null) {
            zone = ianaZone(tzid);
        }
        ObservanceZone custom = zone == null ? customZones.get(tzid) : null;
        if (custom != null) {
            issues.add(
                    prop.line(),
                    uid,
                    prop.name(),
                    "time zone '" + tzid + "' is no IANA zone; time kept at the offset its VTIMEZONE gives");
            return ZonedDateTime.of(local, custom.offsetAt(local));
        }
        if (zone == null) {
            issues.add(
                    prop.line(), uid, prop.name(), "unknown time zone '" + tzid + "' read as " + defaultZone.getId());
            zone = defaultZone;
        }
        return ZonedDateTime.ofLocal(local, zone, null);
    }

    /**
     * Returns the zone of a local time of RDATE, EXDATE or RECURRENCE-ID, without issues.
     *
     * @param tzid the TZID, or null
     * @param local the local time, not null
     * @param floating the zone of a time without a known TZID, or null for the default zone
     * @return the zone, not null
     */
    ZoneId zoneOf(@Nullable String tzid, LocalDateTime local, @Nullable ZoneId floating) {
        ZoneId zone = tzid == null ? null : zones.get(tzid);
        if (zone == null && tzid != null) {
            zone = ianaZone(tzid);
        }
        ObservanceZone custom = zone == null && tzid != null ? customZones.get(tzid) : null;
        if (custom != null) {
            zone = custom.offsetAt(local);
        }
        if (zone == null) {
            zone = floating == null ? defaultZone : floating;
        }
        return zone;
    }

    /**
     * Finds the IANA zone a TZID names: itself, a known Outlook name, or an IANA id at its end
     * ({@code /mozilla.org/20050126_1/Europe/Paris}).
     *
     * @param tzid the TZID, not null
     * @return the zone, or null
     */
    static @Nullable ZoneId ianaZone(String tzid) {
        String id = tzid.trim();
        try {
            if (id.contains("/") || id.equals("UTC") || id.equals("GMT")) {
                return ZoneId.of(id);
            }
        } catch (DateTimeException e) {
            // not an IANA id as such; try the other forms
        }
        String windows = WindowsZones.IANA.get(id);
        if (windows != null) {
            return ZoneId.of(windows);
        }
        // An IANA id has at most three segments (America/Argentina/Buenos_Aires): only the
        // last three are tried, so a hostile TZID of many slashes costs no more than a short one.
        int cut = id.length();
        Set<String> available = null;
        for (int segments = 1; segments <= 3; segments++) {
            cut = id.lastIndexOf('/', cut - 1);
            if (cut < 0) {
                break;
            }
            if (segments == 1) {
                continue;
            }
            String candidate = id.substring(cut + 1);
            if (available == null) {
                available = ZoneId.getAvailableZoneIds();
            }
            if (available.contains(candidate)) {
                return ZoneId.of(candidate);
            }
        }
        return null;
    }
}
