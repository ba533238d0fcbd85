package io.github.townhall.ical;

import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.people.Affiliation;
import io.github.townhall.people.ContactPoint;
import io.github.townhall.people.Person;
import io.github.townhall.place.AccessFeature;
import io.github.townhall.place.GeoPoint;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.Admission;
import io.github.townhall.session.AgendaItem;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.Link;
import io.github.townhall.session.PracticalDetails;
import io.github.townhall.session.Revision;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionFormat;
import io.github.townhall.session.SessionId;
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
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Small archives shaped like the two seed documents, for tests that need records. */
final class TestArchives {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final OrganisationId IDC = OrganisationId.of("idc");
    static final CycleId TOULOUSE = CycleId.of("toulouse");

    private TestArchives() {}

    /** A cycle of public sessions in Toulouse, with every kind of schedule and status. */
    static Archive toulouse() {
        Organisation idc = Organisation.builder(IDC, "Institut de la concertation")
                .shortName("IDC")
                .city("Toulouse")
                .website(URI.create("https://www.example.org/idc"))
                .description(Text.fr("Réseau de praticiens de la concertation"))
                .build();
        Cycle cycle = Cycle.builder(TOULOUSE, IDC, Text.fr("Cycle de rencontres à Toulouse"))
                .place("Toulouse")
                .description(
                        Text.fr("Des rencontres pour développer un réseau et réfléchir ensemble sur nos pratiques."))
                .build();
        Session first = Session.builder(
                        SessionId.of("toulouse-1"),
                        IDC,
                        ExactSchedule.of(LocalDate.of(2015, 12, 1), LocalTime.of(18, 30), LocalTime.of(20, 0), PARIS))
                .cycle(CyclePosition.of(TOULOUSE, 1))
                .format(SessionFormat.NETWORK_MEETING)
                .status(SessionStatus.HELD)
                .title(Text.fr("Premier rendez-vous à Toulouse")
                        .withTranslation(java.util.Locale.ENGLISH, "First meeting in Toulouse"))
                .venue(Venue.builder()
                        .name("Maison de la mobilité de Basso Cambo")
                        .city("Toulouse")
                        .coordinates(GeoPoint.of(43.5700, 1.3920))
                        .build())
                .revision(new Revision(2, Instant.parse("2015-11-10T09:00:00Z"), Instant.parse("2015-12-02T08:00:00Z")))
                .build();
        Session second = Session.builder(
                        SessionId.of("toulouse-2"),
                        IDC,
                        ExactSchedule.of(LocalDate.of(2016, 2, 18), LocalTime.of(18, 0), LocalTime.of(20, 0), PARIS))
                .cycle(CyclePosition.of(TOULOUSE, 2))
                .format(SessionFormat.DEBATE_EVENING)
                .status(SessionStatus.HELD)
                .addQuestions(Text.fr("Prendre part aux décisions sur un budget public, est-ce réellement possible ?"))
                .description(
                        Text.fr("Avec les nombreux budgets participatifs lancés en Amérique Latine – puis ailleurs – "
                                + "au cours des dernières décennies, c’est la question de la participation aux choix budgétaires "
                                + "qui est lancée."))
                .venue(Venue.builder()
                        .name("Centre social Partage Faourette")
                        .street("rue de l'Ukraine")
                        .city("Toulouse")
                        .accessibility(List.of(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP))
                        .build())
                .topics(List.of(Text.fr("budgets participatifs"), Text.fr("démocratie locale")))
                .practical(PracticalDetails.builder()
                        .accessibility(List.of(AccessFeature.SIGN_LANGUAGE, AccessFeature.STEP_FREE))
                        .admission(new Admission.Paid(
                                new BigDecimal("5"), Currency.getInstance("EUR"), Text.fr("tarif réduit : 3 €")))
                        .contact(new ContactPoint("Accueil de l'Institut", "accueil@example.org", "05 61 00 00 00"))
                        .languages(List.of(Locale.FRENCH, Locale.forLanguageTag("oc")))
                        .build())
                .addSpeakers(Speaker.of(
                        Person.builder("Patrick Bodart")
                                .affiliation(
                                        new Affiliation(
                                                "association Periferia",
                                                Text.fr(
                                                        "pour encourager la rencontre et l’action entre les différents acteurs")))
                                .build(),
                        SpeakerRole.SPEAKER))
                .agenda(List.of(
                        AgendaItem.of(Text.fr("Tour de table")).withDuration(Duration.ofMinutes(20)),
                        AgendaItem.of(Text.fr("Expériences en Europe"))
                                .withItems(List.of(AgendaItem.of(Text.fr("Porto Alegre, Paris; Grenoble"))))))
                .links(List.of(Link.related(Text.fr("Compte-rendu"), URI.create("https://www.example.org/cr-2"))))
                .revision(new Revision(1, Instant.parse("2016-01-15T10:00:00Z"), Instant.parse("2016-02-19T07:30:00Z")))
                .build();
        Session third = Session.builder(
                        SessionId.of("toulouse-3"),
                        IDC,
                        OpenEndedSchedule.of(LocalDate.of(2016, 5, 12), LocalTime.of(18, 0), PARIS))
                .cycle(CyclePosition.of(TOULOUSE, 3))
                .format(SessionFormat.DEBATE_EVENING)
                .status(SessionStatus.CANCELLED)
                .title(Text.fr("Numérique et participation citoyenne"))
                .venue(Venue.builder()
                        .name("Ferme des 50")
                        .city("Ramonville-Saint-Agne")
                        .build())
                .revision(Revision.of(3))
                .build();
        Session fourth = Session.builder(
                        SessionId.of("toulouse-4"), IDC, TentativeSchedule.ofMonth(YearMonth.of(2017, 2)))
                .cycle(CyclePosition.of(TOULOUSE, 4))
                .status(SessionStatus.PLANNED)
                .title(Text.fr("Quatrième séance"))
                .build();
        Session online = Session.builder(
                        SessionId.of("visio-1"),
                        IDC,
                        ExactSchedule.of(LocalDate.of(2017, 3, 26), LocalTime.of(10, 0), LocalTime.of(11, 30), PARIS))
                .format(SessionFormat.THEMATIC_WORKSHOP)
                .title(Text.fr("Atelier en ligne"))
                .venue(Venue.online(URI.create("https://visio.example.org/atelier")))
                .practical(PracticalDetails.builder()
                        .admission(Admission.free())
                        .languages(List.of(Locale.ENGLISH))
                        .build())
                .build();
        Session members = Session.builder(
                        SessionId.of("bureau-1"),
                        IDC,
                        ExactSchedule.of(LocalDate.of(2017, 1, 5), LocalTime.of(18, 0), LocalTime.of(19, 0), PARIS))
                .format(SessionFormat.WORKING_MEETING)
                .visibility(Visibility.MEMBERS_ONLY)
                .title(Text.fr("Réunion du bureau"))
                .build();
        return Archive.builder(idc)
                .addCycles(cycle)
                .sessions(List.of(first, second, third, fourth, online, members))
                .build();
    }
}
