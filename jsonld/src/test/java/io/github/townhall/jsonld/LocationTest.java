package io.github.townhall.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.archive.Archive;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.PartnerRole;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.place.GeoPoint;
import io.github.townhall.place.Venue;
import io.github.townhall.session.Session;
import io.github.townhall.session.Visibility;
import io.github.townhall.testing.Seeds;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Where: places, online links (never a members-only one), and who else takes part. */
class LocationTest {
    private static final URI LINK = URI.create("https://visio.example.org/rencontre-secrete");
    private static final Archive TOULOUSE = Seeds.toulouse();
    private static final Session THIRD = Objects.requireNonNull(TOULOUSE.session(Seeds.toulouseSession(3)));
    private static final Venue HYBRID = Objects.requireNonNull(THIRD.venue()).withOnlineLink(LINK);

    private static JsonNode event(Session session) {
        return Ld.read(Ld.FRENCH.session(TOULOUSE, session));
    }

    private static Archive with(Session replaced) {
        List<Session> sessions = new ArrayList<>();
        for (Session session : TOULOUSE.sessions()) {
            sessions.add(session.id().equals(replaced.id()) ? replaced : session);
        }
        return TOULOUSE.withSessions(sessions);
    }

    @Test
    void aPublicHybridSessionIsAPlaceAndAVirtualLocation() {
        JsonNode event = event(THIRD.withVenue(HYBRID));
        assertEquals(
                "https://schema.org/MixedEventAttendanceMode",
                event.get("eventAttendanceMode").asString());
        List<JsonNode> locations = Ld.many(event, "location");
        assertEquals(2, locations.size());
        assertEquals("Place", locations.get(0).get("@type").asString());
        assertEquals("VirtualLocation", locations.get(1).get("@type").asString());
        assertEquals(LINK.toString(), locations.get(1).get("url").asString());
    }

    @Test
    void aPublicOnlineSessionIsAVirtualLocation() {
        JsonNode event = event(THIRD.withVenue(Venue.online(LINK)));
        assertEquals(
                "https://schema.org/OnlineEventAttendanceMode",
                event.get("eventAttendanceMode").asString());
        assertEquals("VirtualLocation", event.get("location").get("@type").asString());
        assertEquals(LINK.toString(), event.get("location").get("url").asString());
    }

    @Test
    void aMembersOnlySessionNeverShowsItsLink() {
        Session hybrid = THIRD.withVenue(HYBRID).withVisibility(Visibility.MEMBERS_ONLY);
        JsonNode event = event(hybrid);
        assertEquals("Place", event.get("location").get("@type").asString(), "the place only");
        assertEquals(
                "https://schema.org/MixedEventAttendanceMode",
                event.get("eventAttendanceMode").asString());
        assertFalse(Ld.strings(event).stream().anyMatch(s -> s.contains("visio.example.org")));

        JsonNode online = event(THIRD.withVenue(Venue.online(LINK)).withVisibility(Visibility.MEMBERS_ONLY));
        assertNull(online.get("location"));
        assertEquals(
                "https://schema.org/OnlineEventAttendanceMode",
                online.get("eventAttendanceMode").asString());
        assertFalse(Ld.strings(online).stream().anyMatch(s -> s.contains("visio.example.org")));
    }

    @Test
    void membersOnlySessionsAreLeftOutOfCyclesAndAgendas() {
        Archive archive = with(THIRD.withVenue(HYBRID).withVisibility(Visibility.MEMBERS_ONLY));
        JsonNode agenda = Ld.read(Ld.FRENCH.agenda(archive));
        assertEquals(3, agenda.get("numberOfItems").asInt());
        JsonNode series = Ld.read(Ld.FRENCH.cycle(archive, Seeds.TOULOUSE_CYCLE));
        assertEquals(3, series.get("subEvent").size());
        for (JsonNode document : List.of(agenda, series)) {
            List<String> strings = Ld.strings(document);
            assertFalse(strings.contains("Le numérique et la participation citoyenne"));
            assertFalse(strings.stream().anyMatch(s -> s.contains("rencontres-toulouse-3")));
        }
    }

    @Test
    void aPlaceHasItsAddressAndCoordinates() {
        Venue venue = Venue.builder()
                .room("Salle 3")
                .street("12 rue des Lois")
                .postalCode("31000")
                .city("Toulouse")
                .country("FR")
                .coordinates(GeoPoint.of(43.6045, 1.444))
                .build();
        JsonNode place = event(THIRD.withVenue(venue)).get("location");
        assertEquals("Salle 3", place.get("name").asString());
        JsonNode address = place.get("address");
        assertEquals("PostalAddress", address.get("@type").asString());
        assertEquals("12 rue des Lois", address.get("streetAddress").asString());
        assertEquals("31000", address.get("postalCode").asString());
        assertEquals("Toulouse", address.get("addressLocality").asString());
        assertEquals("FR", address.get("addressCountry").asString());
        JsonNode geo = place.get("geo");
        assertEquals("GeoCoordinates", geo.get("@type").asString());
        assertEquals(43.6045, geo.get("latitude").asDouble());
        assertEquals(1.444, geo.get("longitude").asDouble());
    }

    @Test
    void aPlaceKnownByItsOwnerOnlyIsNamedAfterIt() {
        Venue premises = Venue.builder().organisation(Seeds.PERIFERIA).build();
        JsonNode place = event(THIRD.withVenue(premises)).get("location");
        assertEquals("Periferia", place.get("name").asString());
        assertNull(place.get("address"));
    }

    @Test
    void noVenueNoLocation() {
        JsonNode event = event(THIRD.withVenue(null));
        assertNull(event.get("location"));
        assertNull(event.get("eventAttendanceMode"));
        JsonNode empty = event(THIRD.withVenue(Venue.builder().build()));
        assertNull(empty.get("location"));
        assertNull(empty.get("eventAttendanceMode"));
    }

    @Test
    void partnersAreCoOrganisersSponsorsAndFunders() {
        OrganisationId region = OrganisationId.of("region");
        Archive archive = TOULOUSE.withDirectory(List.of(
                TOULOUSE.directory().get(0),
                TOULOUSE.directory().get(1),
                TOULOUSE.directory().get(2),
                ListedOrganisation.builder(region, "Région Occitanie")
                        .shortName("Région")
                        .website(URI.create("https://www.laregion.fr/"))
                        .build()));
        Session session = THIRD.withPartners(List.of(
                Partnership.of(Seeds.CODEV_SICOVAL, PartnerRole.CO_ORGANISER),
                Partnership.of(Seeds.PERIFERIA, PartnerRole.HOST),
                Partnership.of(Seeds.IRFSS, PartnerRole.PARTNER),
                Partnership.of(Seeds.PERIFERIA, PartnerRole.PARTNER),
                Partnership.of(region, PartnerRole.FUNDER),
                Partnership.of(OrganisationId.of("not-in-the-directory"), PartnerRole.FUNDER)));
        JsonNode event = Ld.read(Ld.FRENCH.session(archive, session));
        List<JsonNode> organizers = Ld.many(event, "organizer");
        assertEquals(2, organizers.size());
        assertEquals(
                "Institut de la concertation", organizers.get(0).get("name").asString());
        assertEquals(
                "https://idc.example.org/rencontres/#organization",
                organizers.get(0).get("@id").asString());
        assertEquals("Codev du Sicoval", organizers.get(1).get("name").asString());
        List<String> sponsors = Ld.many(event, "sponsor").stream()
                .map(n -> n.get("name").asString())
                .toList();
        assertEquals(List.of("Periferia", "IRFSS Croix Rouge"), sponsors, "each once, in the order given");
        JsonNode funder = event.get("funder");
        assertEquals("Région Occitanie", funder.get("name").asString());
        assertEquals("Région", funder.get("alternateName").asString());
        assertEquals("https://www.laregion.fr/", funder.get("url").asString());
        assertTrue(Ld.strings(event).stream().noneMatch(s -> s.contains("not-in-the-directory")));
    }

    @Test
    void aCycleSaysItsPartnersAndWebsite() {
        Archive archive = TOULOUSE.withCycles(List.of(TOULOUSE.cycles()
                .get(0)
                .withPartners(List.of(Partnership.of(Seeds.PERIFERIA, PartnerRole.FUNDER)))
                .withWebsite(URI.create("https://institut-concertation.org/toulouse"))));
        JsonNode series = Ld.read(Ld.FRENCH.cycle(archive, Seeds.TOULOUSE_CYCLE));
        assertEquals("Periferia", series.get("funder").get("name").asString());
        assertEquals(
                "https://institut-concertation.org/toulouse",
                series.get("sameAs").asString());
        // its own page is no other address for it
        Archive own =
                TOULOUSE.withCycles(List.of(TOULOUSE.cycles().get(0).withWebsite(Ld.URLS.cycle(Seeds.TOULOUSE_CYCLE))));
        assertNull(Ld.read(Ld.FRENCH.cycle(own, Seeds.TOULOUSE_CYCLE)).get("sameAs"));
    }
}
