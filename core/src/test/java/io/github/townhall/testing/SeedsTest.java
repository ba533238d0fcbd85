package io.github.townhall.testing;

import static io.github.townhall.testing.Seeds.PARIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.announcement.Announcement;
import io.github.townhall.archive.Archive;
import io.github.townhall.deliberation.Appointment;
import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.DecisionOutcome;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.deliberation.ProposalKind;
import io.github.townhall.deliberation.ProposalStatus;
import io.github.townhall.organisation.BoardChange;
import io.github.townhall.organisation.DeclarationStatus;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.PartnerRole;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.ProjectGroup;
import io.github.townhall.people.Person;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.schedule.UndatedSchedule;
import io.github.townhall.session.ActionStatus;
import io.github.townhall.session.AgendaItem;
import io.github.townhall.session.ApproximateCount;
import io.github.townhall.session.ExactCount;
import io.github.townhall.session.Link;
import io.github.townhall.session.LinkKind;
import io.github.townhall.session.NextSession;
import io.github.townhall.session.PendingMinutes;
import io.github.townhall.session.ProfileCount;
import io.github.townhall.session.PublishedMinutes;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionFormat;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.session.Speaker;
import io.github.townhall.session.SpeakerRole;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Asserts, fact by fact, that the seed records hold what the two source documents say. */
class SeedsTest {

    private static List<String> originals(List<Text> texts) {
        return texts.stream().map(Text::original).toList();
    }

    @Nested
    class Toulouse {
        private final Archive archive = Seeds.toulouse();

        private Session session(int ordinal) {
            return archive.session(Seeds.toulouseSession(ordinal));
        }

        @Test
        void organiserIsTheInstitute() {
            assertEquals("Institut de la concertation", archive.organisation().name());
            assertEquals(Seeds.IDC, archive.cycles().get(0).organiser());
        }

        @Test
        void cycleHasTitlePlaceAndPurpose() {
            var cycle = archive.cycle(Seeds.TOULOUSE_CYCLE);
            assertEquals("Cycle de rencontres à Toulouse", cycle.title().original());
            assertEquals("Toulouse ou à proximité", cycle.place());
            assertTrue(cycle.description().original().contains("développer un réseau"));
        }

        @Test
        void fourSessionsInOrder() {
            List<Session> sessions = archive.sessionsOf(Seeds.TOULOUSE_CYCLE);
            assertEquals(4, sessions.size());
            for (int i = 0; i < 4; i++) {
                assertEquals(i + 1, sessions.get(i).cycle().ordinal());
                assertEquals(SessionStatus.HELD, sessions.get(i).status());
            }
        }

        @Test
        void firstSessionSchedule() {
            var schedule = assertInstanceOf(ExactSchedule.class, session(1).schedule());
            assertEquals(LocalDateTime.of(2015, 12, 1, 18, 30), schedule.start());
            assertEquals(LocalDateTime.of(2015, 12, 1, 20, 0), schedule.end());
            assertEquals(PARIS, schedule.zone());
        }

        @Test
        void firstSessionVenue() {
            Venue venue = session(1).venue();
            assertEquals("Maison de la mobilité de Basso Cambo", venue.name());
            assertEquals("Toulouse", venue.city());
        }

        @Test
        void firstSessionAboutFifteenWithSevenProfiles() {
            var attendance = session(1).attendance();
            assertEquals(new ApproximateCount(15), attendance.count());
            assertEquals(
                    List.of(
                            "travailleurs sociaux",
                            "consultants",
                            "chargés de concertation de grandes entreprises publiques",
                            "sociologues",
                            "agents de la fonction publique",
                            "agents du secteur associatif",
                            "agents de l’ESS"),
                    attendance.profiles().stream()
                            .map(ProfileCount::profile)
                            .map(Text::original)
                            .toList());
            assertTrue(attendance.profiles().stream().allMatch(p -> p.count() == null));
        }

        @Test
        void firstSessionAgendaIsTourDeTableThenExperiences() {
            List<AgendaItem> agenda = session(1).agenda();
            assertEquals(2, agenda.size());
            assertEquals("Tour de table de présentation", agenda.get(0).title().original());
        }

        @Test
        void firstSessionAnnouncesFebruaryOnParticipatoryBudgets() {
            NextSession next = session(1).nextSession();
            assertEquals(Seeds.toulouseSession(2), next.session());
            assertNull(next.schedule(), "the second session's record holds its date: no copy");
            assertNull(next.venue());
            assertTrue(next.topic().original().contains("budgets participatifs"));
            var announced = assertInstanceOf(
                    TentativeSchedule.class, session(2).earlierSchedules().get(0));
            assertEquals(YearMonth.of(2016, 2), announced.month(), "« prévu en février », kept as the earlier plan");
            assertEquals(List.of("budgets participatifs"), originals(session(2).topics()));
        }

        @Test
        void secondSessionIsAQuestionWithoutTitle() {
            Session second = session(2);
            assertNull(second.title());
            assertEquals(
                    "Prendre part aux décisions sur un budget public, est-ce réellement possible ?",
                    second.guidingQuestion().original());
            assertEquals(second.guidingQuestion(), second.label());
        }

        @Test
        void secondSessionScheduleAndStreet() {
            var schedule = assertInstanceOf(ExactSchedule.class, session(2).schedule());
            assertEquals(LocalDateTime.of(2016, 2, 18, 18, 0), schedule.start());
            assertEquals(LocalDateTime.of(2016, 2, 18, 20, 0), schedule.end());
            Venue venue = session(2).venue();
            assertEquals("Centre social Partage Faourette", venue.name());
            assertEquals("rue de l’Ukraine", venue.street());
        }

        @Test
        void secondSessionSpeakerWithOrganisationAndMission() {
            Speaker speaker = session(2).speakers().get(0);
            assertEquals(SpeakerRole.SPEAKER, speaker.role());
            assertEquals("Patrick Bodart", speaker.person().name());
            assertNull(speaker.person().affiliation(), "written once, in the directory");
            assertEquals(Seeds.PERIFERIA, speaker.organisation());
            ListedOrganisation periferia = archive.listed(Seeds.PERIFERIA);
            assertEquals("Periferia", periferia.name());
            assertEquals(
                    "pour encourager la rencontre et l’action entre les différents acteurs",
                    periferia.mission().original());
        }

        @Test
        void directoryHoldsEachOtherOrganisationOnce() {
            assertEquals(
                    List.of(Seeds.PERIFERIA, Seeds.IRFSS, Seeds.CODEV_SICOVAL),
                    archive.directory().stream().map(ListedOrganisation::id).toList());
            assertEquals("IRFSS Croix Rouge", archive.listed(Seeds.IRFSS).name());
        }

        @Test
        void topicsOfTheThirdAndFourthSessions() {
            assertEquals(
                    List.of("numérique", "participation citoyenne"),
                    originals(session(3).topics()));
            assertEquals(
                    List.of("travail social", "participation citoyenne"),
                    originals(session(4).topics()));
        }

        @Test
        void thirdSessionInRamonville() {
            Session third = session(3);
            var schedule = assertInstanceOf(ExactSchedule.class, third.schedule());
            assertEquals(LocalDateTime.of(2016, 5, 12, 18, 0), schedule.start());
            assertEquals(LocalDateTime.of(2016, 5, 12, 20, 0), schedule.end());
            assertEquals("Ferme des 50", third.venue().name());
            assertEquals("Ramonville-Saint-Agne", third.venue().city());
            assertEquals(
                    "Le numérique et la participation citoyenne", third.title().original());
            assertEquals(2, third.questions().size());
        }

        @Test
        void thirdSessionEchoesThePartnerEventOfTheCodev() {
            Link partner = session(3).links().stream()
                    .filter(link -> link.kind() == LinkKind.PARTNER_EVENT)
                    .findFirst()
                    .orElseThrow();
            assertTrue(partner.title().original().contains("Codev du Sicoval"));
            assertEquals(
                    URI.create(
                            "https://web.archive.org/web/20210924150440/https://www.sicoval.fr//fr/s-impliquer/"
                                    + "codev/nos-travaux/participation-citoyenne/rencontre-debat-participation-et-numerique.html"),
                    partner.uri());
            assertTrue(partner.description().original().contains("Marmande, Mulhouse ou encore Nantes"));
            assertEquals(Seeds.CODEV_SICOVAL, partner.organiser());
            assertEquals("Codev du Sicoval", archive.listed(partner.organiser()).name());
        }

        @Test
        void thirdSessionNamesTheCyclePageWhoseAddressIsMissing() {
            Link page = session(3).links().stream()
                    .filter(link -> link.kind() == LinkKind.RELATED)
                    .findFirst()
                    .orElseThrow();
            assertTrue(page.title().original().contains("Cycle Concertation & Numérique"));
            assertEquals(null, page.uri());
        }

        @Test
        void fourthSessionTwoSpeakersWithCitiesTitlesAndBackground() {
            Session fourth = session(4);
            assertEquals(
                    "Travail social et participation citoyenne. Regards croisés",
                    fourth.title().original());
            List<Person> people =
                    fourth.speakers().stream().map(Speaker::person).toList();
            assertEquals(
                    List.of("Céline Soupène-Martin", "Rémy Vergnes"),
                    people.stream().map(Person::name).toList());
            assertEquals("Toulouse", people.get(0).city());
            assertEquals("Tarbes", people.get(1).city());
            assertEquals("formatrice pôle social", people.get(0).title().original());
            assertEquals(Seeds.IRFSS, fourth.speakers().get(0).organisation());
            assertNull(people.get(0).affiliation());
            assertTrue(people.get(0).background().original().contains("auparavant responsable de centre social"));

            assertEquals(
                    "Foyer de Jeunes Travailleurs", people.get(1).affiliation().name());
        }

        @Test
        void fourthSessionScheduleVenueAndFourQuestions() {
            Session fourth = session(4);
            var schedule = assertInstanceOf(ExactSchedule.class, fourth.schedule());
            assertEquals(LocalDateTime.of(2017, 11, 28, 18, 30), schedule.start());
            assertEquals(LocalDateTime.of(2017, 11, 28, 20, 30), schedule.end());
            assertEquals("MJC Prévert", fourth.venue().name());
            assertEquals(4, fourth.questions().size());
        }

        @Test
        void fourthSessionMinutesArePending() {
            var minutes = assertInstanceOf(PendingMinutes.class, session(4).minutes());
            assertTrue(minutes.note().original().contains("bientôt disponible"));
        }

        @Test
        void everySessionIsANetworkMeetingInParis() {
            for (Session session : archive.sessions()) {
                assertEquals(SessionFormat.NETWORK_MEETING, session.format());
                assertEquals(PARIS, ((ExactSchedule) session.schedule()).zone());
            }
        }
    }

    @Nested
    class ImpActe {
        private final Archive archive = Seeds.impActe();
        private final Session meeting = archive.session(Seeds.IMP_ACTE_MEETING);

        private Proposal proposal(io.github.townhall.deliberation.ProposalId id) {
            return meeting.proposals().stream()
                    .filter(p -> p.id().equals(id))
                    .findFirst()
                    .orElseThrow();
        }

        private Decision decision(DecisionOutcome outcome) {
            return meeting.decisions().stream()
                    .filter(d -> d.outcome() == outcome)
                    .findFirst()
                    .orElseThrow();
        }

        @Test
        void meetingOfFiveDecemberAtSix() {
            var schedule = assertInstanceOf(OpenEndedSchedule.class, meeting.schedule());
            assertEquals(LocalDateTime.of(2017, 12, 5, 18, 0), schedule.start());
            assertEquals(PARIS, schedule.zone());
            assertEquals(SessionStatus.HELD, meeting.status());
            assertEquals(SessionFormat.WORKING_MEETING, meeting.format());
        }

        @Test
        void meetingIsTheThirdOfTheAssociation() {
            assertEquals(3, meeting.cycle().ordinal());
            assertEquals(Seeds.IMP_ACTE_MEETINGS, meeting.cycle().cycle());
        }

        @Test
        void exactlySevenPeopleWithTheirProfiles() {
            var attendance = meeting.attendance();
            assertEquals(new ExactCount(7), attendance.count());
            assertEquals(
                    List.of(
                            "professionnels du secteur de l’intervention sociale",
                            "enseignants du Collège Coopératif en Bretagne",
                            "étudiants du Master DPDIMP"),
                    attendance.profiles().stream()
                            .map(p -> p.profile().original())
                            .toList());
        }

        @Test
        void threePurposes() {
            assertEquals(
                    List.of(
                            "Mettre en lien les acteurs du territoire",
                            "Être un lieu ressource",
                            "Être un lieu d’innovation sociale"),
                    originals(archive.organisation().purposes()));
        }

        @Test
        void boardChangeToDeclareAtThePrefecture() {
            BoardChange change = archive.organisation().boardChanges().get(0);
            assertEquals("Préfecture", change.authority());
            assertEquals(DeclarationStatus.PENDING, change.declaration());
            assertTrue(change.description().original().contains("bureau"));
        }

        @Test
        void agendaOpensWithSummaryAndPrefectureProcedure() {
            List<AgendaItem> agenda = meeting.agenda();
            assertEquals(
                    "Résumé des rencontres précédentes", agenda.get(0).title().original());
            assertTrue(agenda.get(1).title().original().contains("Préfecture"));
            assertEquals(3, agenda.get(2).items().size());
            assertTrue(agenda.get(2).items().get(1).notes().original().contains("Transmission d’expériences"));
        }

        @Test
        void fourThemeProposalsWithTheirQuestions() {
            List<Proposal> themes = meeting.proposals().stream()
                    .filter(p -> p.kind() == ProposalKind.THEME)
                    .toList();
            assertEquals(
                    List.of(
                            "Le bien-être au travail",
                            "L’insertion par la création d’activité",
                            "Participation et place des habitants, des usagers",
                            "Coopération et travail partenarial"),
                    themes.stream().map(p -> p.title().original()).toList());
            assertEquals(
                    List.of(1, 2, 1, 1),
                    themes.stream().map(p -> p.questions().size()).toList());
            assertEquals(
                    "Est-il possible de penser la création en collectif ?",
                    proposal(Seeds.THEME_INSERTION).questions().get(1).original());
        }

        @Test
        void threeActionProposalsAndTheIncubator() {
            assertEquals(
                    ProposalKind.ACTION, proposal(Seeds.ACTION_DEBATE_EVENINGS).kind());
            assertEquals(
                    "Réalisation de soirées-débat thématiques",
                    proposal(Seeds.ACTION_DEBATE_EVENINGS).title().original());
            assertTrue(proposal(Seeds.ACTION_WORKSHOPS)
                    .title()
                    .original()
                    .startsWith("Proposition d’animations thématiques"));
            assertTrue(proposal(Seeds.ACTION_COMMUNICATION)
                    .title()
                    .original()
                    .startsWith("Communication auprès des structures"));
            assertEquals(
                    ProposalStatus.PROPOSED, proposal(Seeds.ACTION_WORKSHOPS).status());
            assertEquals(
                    ProposalStatus.SET_ASIDE, proposal(Seeds.ACTION_INCUBATOR).status());
        }

        @Test
        void debateEveningsAdopted() {
            Decision adopted = decision(DecisionOutcome.ADOPTED);
            assertEquals(List.of(Seeds.ACTION_DEBATE_EVENINGS), adopted.settles());
            assertEquals(
                    ProposalStatus.SELECTED,
                    proposal(Seeds.ACTION_DEBATE_EVENINGS).status());
            assertTrue(adopted.statement().original().contains("acté"));
        }

        @Test
        void incubatorSetAsideAsPremature() {
            Decision setAside = decision(DecisionOutcome.SET_ASIDE);
            assertEquals(List.of(Seeds.ACTION_INCUBATOR), setAside.settles());
            assertEquals(
                    "qui aujourd’hui pourrait être prématuré", setAside.reason().original(), "the hedge is kept");
            assertTrue(setAside.revisit().original().contains("au fil des rencontres"));
        }

        @Test
        void participationThemeChosenWithItsAngle() {
            Decision chosen = decision(DecisionOutcome.CHOSEN);
            assertEquals(List.of(Seeds.THEME_PARTICIPATION), chosen.settles());
            assertEquals(
                    ProposalStatus.SELECTED, proposal(Seeds.THEME_PARTICIPATION).status());
            String angle = chosen.angle().original();
            assertTrue(angle.contains("modèle économique et statutaire du monde associatif"));
            assertTrue(angle.contains("capacité d’agir des habitants/usagers"));
        }

        @Test
        void twoFinancialReferentsForTheTwoProjectGroups() {
            List<Appointment> appointments = meeting.appointments();
            assertEquals(2, appointments.size());
            assertTrue(appointments.stream().allMatch(a -> a.role().original().equals("référent financier")));
            assertEquals(
                    List.of(Seeds.GROUP_1, Seeds.GROUP_2),
                    appointments.stream().map(Appointment::projectGroup).toList());
            assertTrue(appointments.stream()
                    .allMatch(a -> a.appointedBy().equals(Party.named("les étudiants du Master DPDIMP"))));
            List<ProjectGroup> groups = archive.organisation().projectGroups();
            assertEquals(
                    List.of(Seeds.GROUP_1, Seeds.GROUP_2),
                    groups.stream().map(ProjectGroup::id).toList());
            assertTrue(groups.stream().allMatch(g -> g.referents().isEmpty()), "the appointments hold them, once");
            assertTrue(groups.stream().allMatch(g -> g.editorial().equals(List.of("name"))), "« Groupe projet 1 »");
        }

        @Test
        void rotatingPresenceOnePersonPerProject() {
            var commitment = meeting.commitments().get(0);
            assertTrue(commitment.description().original().contains("roulement (une personne par projet)"));
            assertEquals(
                    "Les étudiants du Master DPDIMP", commitment.committedBy().original());
        }

        @Test
        void twoQuestionsFromTheMinutes() {
            assertEquals(2, meeting.questions().size());
            assertTrue(meeting.questions().get(1).original().contains("co-construction"));
        }

        @Test
        void actionItemsWorkOnTheTheme() {
            assertEquals(2, meeting.actionItems().size());
            assertTrue(meeting.actionItems().get(0).description().original().contains("questionnement"));
            assertTrue(meeting.actionItems().stream()
                    .allMatch(item -> item.owner().equals(Party.meeting()) && item.status() == ActionStatus.OPEN));
            assertEquals(
                    List.of(Seeds.IMP_ACTE_MEETING),
                    List.copyOf(archive.openActionItems().keySet()));
        }

        @Test
        void nextMeetingFifteenJanuaryAtSixInSalle21() {
            NextSession next = meeting.nextSession();
            assertEquals(Seeds.IMP_ACTE_JANUARY, next.session());
            assertNull(next.schedule(), "one place per fact: the January record holds it");
            Session january = archive.session(next.session());
            var schedule = assertInstanceOf(OpenEndedSchedule.class, january.schedule());
            assertEquals(LocalDateTime.of(2018, 1, 15, 18, 0), schedule.start());
            Venue venue = january.venue();
            assertEquals("Salle 21", venue.room());
            assertEquals("Collège Coopératif, Campus de la Harpe", venue.building());
            assertEquals("Rennes", venue.city());
        }

        @Test
        void januaryMeetingIsScheduledFourth() {
            Session january = archive.session(Seeds.IMP_ACTE_JANUARY);
            assertEquals(SessionStatus.SCHEDULED, january.status());
            assertEquals(4, january.cycle().ordinal());
            assertEquals(List.of("title"), january.editorial(), "« Préparation de la première soirée-débat »");
        }

        @Test
        void collegeCooperatifHostsTheJanuaryMeeting() {
            Session january = archive.session(Seeds.IMP_ACTE_JANUARY);
            assertEquals(List.of(Partnership.of(Seeds.COLLEGE_COOPERATIF, PartnerRole.HOST)), january.partners());
            assertEquals(Seeds.COLLEGE_COOPERATIF, january.venue().organisation());
            assertEquals(
                    "Collège Coopératif en Bretagne",
                    archive.listed(Seeds.COLLEGE_COOPERATIF).name());
        }

        @Test
        void firstDebateEveningPlannedWithItsThemeAndNoDate() {
            Session first = archive.session(Seeds.IMP_ACTE_FIRST_DEBATE);
            assertInstanceOf(UndatedSchedule.class, first.schedule());
            assertEquals(SessionStatus.PLANNED, first.status());
            assertEquals(SessionFormat.DEBATE_EVENING, first.format());
            assertEquals(List.of("Participation et place des habitants, des usagers"), originals(first.topics()));
            assertTrue(first.description().original().contains("capacité d’agir des habitants/usagers"));
            assertEquals(3, first.objectives().size());
        }

        @Test
        void novemberMeetingOnlyAnnounced() {
            Session november = archive.session(Seeds.IMP_ACTE_NOVEMBER);
            assertEquals(SessionStatus.SCHEDULED, november.status(), "only announcements made before it are known");
            assertNull(november.cycle());
            assertNull(november.attendance());
            assertEquals(List.of("title"), november.editorial());
        }

        @Test
        void editorialCycleTitle() {
            assertEquals(
                    List.of("title", "description"), archive.cycles().get(0).editorial());
        }

        @Test
        void profilesIntroducedByDontAreNotExhaustive() {
            assertTrue(meeting.attendance().note().original().contains("pas exhaustive"));
        }

        @Test
        void dropInParticipationKept() {
            assertTrue(meeting.agenda().stream()
                    .anyMatch(item ->
                            item.notes() != null && item.notes().original().contains("baisse des participations")));
        }

        @Test
        void minutesArePublishedWithTheirTitle() {
            var minutes = assertInstanceOf(PublishedMinutes.class, meeting.minutes());
            assertTrue(minutes.title().original().startsWith("Compte-rendu de la rencontre de l’association IMP’acte"));
            String text = minutes.text().original();
            assertTrue(text.startsWith("Cette troisième rencontre a réuni 7 personnes"));
            assertTrue(text.contains("Parmi ces différentes thématiques"), "the published text, whole");
            assertTrue(text.endsWith("Salle 21 du Collège Coopératif, Campus de la Harpe à Rennes"));
        }

        @Test
        void fiveDatedAnnouncements() {
            List<Announcement> announcements = archive.announcements();
            assertEquals(
                    List.of(
                            LocalDate.of(2018, 1, 24),
                            LocalDate.of(2018, 1, 9),
                            LocalDate.of(2017, 11, 27),
                            LocalDate.of(2017, 11, 9),
                            LocalDate.of(2017, 10, 27)),
                    announcements.stream().map(Announcement::date).toList());
            assertTrue(announcements.stream().allMatch(a -> a.link().toString().startsWith("https://t.co/")));
            assertEquals(Seeds.IMP_ACTE_NOVEMBER, announcements.get(3).session());
            var november = archive.session(Seeds.IMP_ACTE_NOVEMBER);
            assertEquals(LocalDateTime.of(2017, 11, 14, 18, 0), ((OpenEndedSchedule) november.schedule()).start());
        }

        @Test
        void organisationInRennes() {
            Organisation association = archive.organisation();
            assertEquals("IMP'acte", association.name());
            assertEquals("Rennes", association.city());
            assertNotNull(association.description());
        }
    }
}
