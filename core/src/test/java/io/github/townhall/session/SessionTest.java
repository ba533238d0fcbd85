package io.github.townhall.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.place.GeoPoint;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTest {
    private final Session session = Session.builder(
                    SessionId.of("s1"),
                    OrganisationId.of("o1"),
                    OpenEndedSchedule.of(LocalDate.of(2018, 1, 15), LocalTime.of(18, 0), ZoneId.of("Europe/Paris")))
            .build();

    @Test
    void defaults() {
        assertEquals(SessionFormat.OTHER, session.format());
        assertEquals(SessionStatus.SCHEDULED, session.status());
        assertEquals(Visibility.PUBLIC, session.visibility());
        assertEquals(Minutes.none(), session.minutes());
        assertEquals(Revision.initial(), session.revision());
        assertTrue(session.speakers().isEmpty());
        assertEquals(null, session.label());
    }

    @Test
    void labelIsTheTitleElseTheGuidingQuestion() {
        Session asked = session.withQuestions(List.of(Text.fr("Question ?"), Text.fr("Autre ?")));
        assertEquals(Text.fr("Question ?"), asked.label());
        assertEquals(Text.fr("Titre"), asked.withTitle(Text.fr("Titre")).label());
    }

    @Test
    void revisedBumpsTheRevisionAndKeepsTheCreation() {
        Instant first = Instant.parse("2017-12-06T09:00:00Z");
        Instant second = Instant.parse("2017-12-07T09:00:00Z");
        Session once = session.revised(first);
        Session twice = once.revised(second);
        assertEquals(new Revision(1, first, first), once.revision());
        assertEquals(new Revision(2, first, second), twice.revision());
        assertEquals(session.withRevision(Revision.initial()), session);
    }

    @Test
    void listsAreCopiedOnceAndSharedByTheCopiesOfARecord() {
        List<Text> topics = new ArrayList<>(List.of(Text.fr("Mobilité"), Text.fr("Budget")));
        Session withTopics = session.withTopics(topics);
        topics.add(Text.fr("Ajouté après"));
        topics.set(0, Text.fr("Changé après"));
        assertEquals(List.of(Text.fr("Mobilité"), Text.fr("Budget")), withTopics.topics());
        // a copy with another component keeps the same list, which cannot change
        Session moved = withTopics.withId(SessionId.of("s2")).withTitle(Text.fr("Titre"));
        assertSame(withTopics.topics(), moved.topics());
        List<Text> kept = moved.topics();
        assertThrows(UnsupportedOperationException.class, () -> kept.add(Text.fr("Non")));
        assertThrows(UnsupportedOperationException.class, () -> kept.set(0, Text.fr("Non")));
        assertThrows(UnsupportedOperationException.class, () -> kept.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> {
            var each = kept.iterator();
            each.next();
            each.remove();
        });
        assertThrows(UnsupportedOperationException.class, () -> kept.sort(null));
        assertThrows(
                UnsupportedOperationException.class, () -> kept.subList(0, 1).clear());
        // even when nothing would change, as unmodifiable lists do
        assertThrows(UnsupportedOperationException.class, () -> session.topics().clear());
        assertThrows(UnsupportedOperationException.class, () -> session.topics().removeIf(topic -> true));
        assertEquals(List.of(Text.fr("Mobilité"), Text.fr("Budget")), moved.topics());
        assertEquals(
                withTopics.topics().hashCode(), List.copyOf(withTopics.topics()).hashCode());
    }

    @Test
    void nullElementsAreRefusedWithTheirIndex() {
        List<Speaker> speakers = new ArrayList<>();
        speakers.add(Speaker.of(io.github.townhall.people.Person.of("A")));
        speakers.add(null);
        var error = assertThrows(NullPointerException.class, () -> session.withSpeakers(speakers));
        assertEquals("speakers[1] is null", error.getMessage());
    }

    @Test
    void requiredPartsAreRefusedWithTheirName() {
        var error = assertThrows(NullPointerException.class, () -> session.withSchedule(null));
        assertEquals("schedule", error.getMessage());
        var builderError = assertThrows(
                NullPointerException.class, () -> session.with().status(null).build());
        assertEquals("status", builderError.getMessage());
    }

    @Test
    void listsGivenToTheBuilderAreCopied() {
        List<Text> questions = new ArrayList<>(List.of(Text.fr("Une ?")));
        Session asked = session.withQuestions(questions);
        questions.add(Text.fr("Deux ?"));
        assertEquals(1, asked.questions().size());
    }

    @Test
    void venueKinds() {
        Venue physical = Venue.named("Ferme des 50");
        Venue online = Venue.online(URI.create("https://visio.example.org/r"));
        Venue hybrid = physical.withOnlineLink(URI.create("https://visio.example.org/r"));
        assertTrue(physical.isPhysical());
        assertFalse(physical.isOnline());
        assertTrue(online.isOnline());
        assertFalse(online.isPhysical());
        assertTrue(hybrid.isHybrid());
        assertTrue(Venue.builder().coordinates(GeoPoint.of(43.6, 1.44)).build().isPhysical());
    }

    @Test
    void venueToStringNamesItsParts() {
        Venue venue = Venue.builder().room("Salle 21").city("Rennes").build();
        assertEquals(
                "Venue[name=null, room=Salle 21, building=null, street=null, postalCode=null, city=Rennes,"
                        + " country=null, coordinates=null, onlineLink=null, accessibility=[], organisation=null]",
                venue.toString());
    }

    @Test
    void headCounts() {
        assertEquals(new ExactCount(7), HeadCount.exactly(7));
        assertEquals(15, HeadCount.about(15).value());
        assertFalse(HeadCount.exactly(15).equals(HeadCount.about(15)));
    }

    @Test
    void attendanceCopies() {
        Attendance attendance = Attendance.of(HeadCount.exactly(7));
        Attendance withProfiles = attendance.withProfiles(List.of(ProfileCount.of(Text.fr("sociologues"), 2)));
        assertEquals(1, withProfiles.profiles().size());
        assertEquals(HeadCount.exactly(7), withProfiles.count());
        assertEquals(Text.fr("n"), withProfiles.withNote(Text.fr("n")).note());
    }

    @Test
    void agendaItemsNest() {
        AgendaItem item = AgendaItem.of(Text.fr("Les soirées-débat"))
                .withItems(List.of(AgendaItem.of(Text.fr("Choix de la thématique"))))
                .withDuration(java.time.Duration.ofMinutes(30));
        assertEquals(1, item.items().size());
        assertEquals(
                java.time.Duration.ofMinutes(30), item.withNotes(Text.fr("x")).duration());
    }
}
