package io.github.townhall.ical.internal;

import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.place.Venue;
import io.github.townhall.place.VenueBuilder;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.Link;
import io.github.townhall.session.LinkKind;
import io.github.townhall.session.Revision;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionBuilder;
import io.github.townhall.session.SessionId;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.text.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the properties of one VEVENT into a session, each property through the reader beside its
 * scribe; what cannot be read is an issue at its line, never an exception.
 */
final class EventReader {
    private static final Set<String> CONSUMED = Set.of("DTSTAMP", TimeScribe.ASSUMED_END);

    private final OrganisationId organisation;
    private final Locale language;
    private final ZoneResolver zones;
    private final ImportIssues issues;
    private @Nullable Organisation organiser;

    /**
     * Creates a reader for the events of one import.
     *
     * @param organisation the organisation of the sessions, not null
     * @param language the language of texts without LANGUAGE, not null
     * @param zones the zones of the file, not null
     * @param issues where issues go, not null
     */
    EventReader(OrganisationId organisation, Locale language, ZoneResolver zones, ImportIssues issues) {
        this.organisation = organisation;
        this.language = language;
        this.zones = zones;
        this.issues = issues;
    }

    /** {@return the organisation named by the first ORGANIZER with a CN, or null} */
    @Nullable
    Organisation organiser() {
        return organiser;
    }

    /**
     * Reads an event.
     *
     * @param event its properties, not null
     * @param line the line of its BEGIN
     * @param uid its UID, not null
     * @return the session, or null (with an issue) when it has no readable DTSTART
     */
    @Nullable
    Session read(List<ContentLine> event, int line, String uid) {
        ContentLine start = ContentLine.first(event, "DTSTART");
        if (start == null) {
            issues.add(line, uid, "DTSTART", "event without DTSTART not imported");
            return null;
        }
        String id = UidReader.sessionId(uid, line, issues);
        Schedule schedule;
        try {
            schedule = TimeReader.read(event, start, uid, zones, issues);
        } catch (DateTimeException | IllegalArgumentException e) {
            issues.add(start.line(), uid, "DTSTART", "unreadable date or time, event not imported: " + e.getMessage());
            return null;
        }
        SessionBuilder builder = Session.builder(SessionId.of(id), organisation, schedule);
        int sequence = 0;
        Instant created = null;
        Instant modified = null;
        VenueBuilder venue = Venue.builder();
        boolean hasVenue = false;
        URI conference = null;
        URI url = null;
        URI page = null;
        ContentLine lifecycle = null;
        SessionStatus status = SessionStatus.SCHEDULED;
        Text description = null;
        String location = null;
        CategoriesReader categories = new CategoriesReader(language);
        for (ContentLine prop : event) {
            try {
                switch (prop.name()) {
                    case "UID", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID" -> {
                        // mapped above
                    }
                    case "SUMMARY" -> builder.title(SummaryReader.read(prop, language));
                    case "DESCRIPTION" -> description = DescriptionReader.read(prop, language);
                    case "LOCATION" -> location = LocationReader.read(prop);
                    case "GEO" -> {
                        venue.coordinates(GeoReader.read(prop));
                        hasVenue = true;
                    }
                    case "CONFERENCE" -> {
                        if (conference == null) {
                            conference = ConferenceReader.read(prop);
                        } else {
                            issues.add(prop.line(), uid, prop.name(), "second conference link not imported");
                        }
                    }
                    case "URL" -> url = UrlReader.read(prop);
                    case UrlScribe.PAGE -> page = UrlReader.read(prop);
                    case "STATUS" -> status = StatusReader.status(prop, uid, issues);
                    case StatusScribe.LIFECYCLE -> lifecycle = prop;
                    case "SEQUENCE" -> sequence = SequenceReader.read(prop);
                    case "CREATED" -> created = StampReader.read(prop);
                    case "LAST-MODIFIED" -> modified = StampReader.read(prop);
                    case "CATEGORIES" -> categories.read(prop, uid, builder, issues);
                    case "ATTENDEE" ->
                        issues.add(
                                prop.line(),
                                uid,
                                prop.name(),
                                "invitation not imported: an attendee of a calendar is someone invited"
                                        + " (PARTSTAT is their reply), not someone who came");
                    case "ORGANIZER" -> {
                        if (organiser == null) {
                            organiser = OrganizerReader.read(prop, organisation);
                        }
                    }
                    case "CLASS" -> builder.visibility(ClassReader.read(prop));
                    default -> {
                        if (IgnoredProperties.isIgnored(prop.name())) {
                            issues.ignored().property(prop.name(), prop.line());
                        } else if (!CONSUMED.contains(prop.name())) {
                            issues.add(prop.line(), uid, prop.name(), "property not imported");
                        }
                    }
                }
            } catch (URISyntaxException | IllegalArgumentException | DateTimeException e) {
                issues.add(prop.line(), uid, prop.name(), "unreadable value not imported: " + e.getMessage());
            }
        }
        if (conference != null) {
            venue.onlineLink(conference);
            hasVenue = true;
        }
        if (location != null && !location.isEmpty()) {
            boolean isConference = conference != null && location.equals(conference.toString());
            URI urlAtLocation = url != null && location.equals(url.toString()) ? url : null;
            if (urlAtLocation != null && conference == null) {
                venue.onlineLink(urlAtLocation);
                conference = urlAtLocation;
                hasVenue = true;
            } else if (!isConference && urlAtLocation == null) {
                venue.name(location);
                hasVenue = true;
            }
        }
        if (hasVenue) {
            builder.venue(venue.build());
        }
        List<Link> links = new ArrayList<>(2);
        if (page != null) {
            links.add(new Link(LinkKind.RELATED, null, page, null, null));
            description = DescriptionReader.withoutPage(description, page);
        }
        if (url != null && !url.equals(conference) && !url.equals(page)) {
            links.add(new Link(LinkKind.RELATED, null, url, null, null));
        }
        builder.links(links);
        builder.description(description);
        builder.status(
                lifecycle == null
                        ? status
                        : StatusReader.lifecycle(
                                lifecycle, status, schedule instanceof TentativeSchedule, uid, issues));
        builder.topics(categories.topics());
        builder.revision(new Revision(sequence, created, modified));
        return builder.build();
    }
}
