package io.github.townhall.testing;

import io.github.townhall.announcement.Announcement;
import io.github.townhall.announcement.AnnouncementId;
import io.github.townhall.archive.Archive;
import io.github.townhall.cycle.Cycle;
import io.github.townhall.cycle.CycleId;
import io.github.townhall.deliberation.Appointment;
import io.github.townhall.deliberation.Commitment;
import io.github.townhall.deliberation.Decision;
import io.github.townhall.deliberation.DecisionId;
import io.github.townhall.deliberation.DecisionOutcome;
import io.github.townhall.deliberation.Proposal;
import io.github.townhall.deliberation.ProposalId;
import io.github.townhall.deliberation.ProposalStatus;
import io.github.townhall.organisation.BoardChange;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.PartnerRole;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.organisation.Party;
import io.github.townhall.organisation.ProjectGroup;
import io.github.townhall.organisation.ProjectGroupId;
import io.github.townhall.people.Affiliation;
import io.github.townhall.people.Person;
import io.github.townhall.place.Venue;
import io.github.townhall.schedule.ExactSchedule;
import io.github.townhall.schedule.OpenEndedSchedule;
import io.github.townhall.schedule.Schedule;
import io.github.townhall.schedule.TentativeSchedule;
import io.github.townhall.session.ActionItem;
import io.github.townhall.session.ActionStatus;
import io.github.townhall.session.AgendaItem;
import io.github.townhall.session.Attendance;
import io.github.townhall.session.CyclePosition;
import io.github.townhall.session.HeadCount;
import io.github.townhall.session.Link;
import io.github.townhall.session.LinkKind;
import io.github.townhall.session.Minutes;
import io.github.townhall.session.NextSession;
import io.github.townhall.session.ProfileCount;
import io.github.townhall.session.PublishedMinutes;
import io.github.townhall.session.Session;
import io.github.townhall.session.SessionBuilder;
import io.github.townhall.session.SessionFormat;
import io.github.townhall.session.SessionId;
import io.github.townhall.session.SessionStatus;
import io.github.townhall.session.Speaker;
import io.github.townhall.session.SpeakerRole;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The two source documents of townhall's domain as records, built through the public API only.
 *
 * <ul>
 *   <li>{@link #toulouse()}: the Institut de la concertation's cycle of four public sessions in
 *       and around Toulouse, 2015 to 2017.
 *   <li>{@link #impActe()}: the minutes (compte-rendu) of the IMP'acte association's working
 *       meeting of 5 December 2017 in Rennes, with the association's announcements.
 * </ul>
 *
 * <p>Every fact of both documents is held as structured data; free text is kept only where the
 * document itself is prose (descriptions, notes of what was said). Tests assert the facts one by
 * one; the ical and json modules use these records for their golden files.
 */
public final class Seeds {
    /** Every seed event's zone. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The Institut de la concertation. */
    public static final OrganisationId IDC = OrganisationId.of("institut-de-la-concertation");

    /** The Toulouse cycle. */
    public static final CycleId TOULOUSE_CYCLE = CycleId.of("rencontres-toulouse");

    /** The IMP'acte association. */
    public static final OrganisationId IMP_ACTE = OrganisationId.of("imp-acte");

    /** The IMP'acte association's series of working meetings. */
    public static final CycleId IMP_ACTE_MEETINGS = CycleId.of("imp-acte-rencontres");

    /** The meeting of 5 December 2017, the subject of the IMP'acte minutes. */
    public static final SessionId IMP_ACTE_MEETING = SessionId.of("imp-acte-2017-12-05");

    /** The meeting announced on Twitter for 14 November 2017. */
    public static final SessionId IMP_ACTE_NOVEMBER = SessionId.of("imp-acte-2017-11-14");

    /** The next meeting announced at the end of the minutes, 15 January 2018. */
    public static final SessionId IMP_ACTE_JANUARY = SessionId.of("imp-acte-2018-01-15");

    /** The first project group of the Master DPDIMP students. */
    public static final ProjectGroupId GROUP_1 = ProjectGroupId.of("groupe-projet-1");

    /** The second project group of the Master DPDIMP students. */
    public static final ProjectGroupId GROUP_2 = ProjectGroupId.of("groupe-projet-2");

    private Seeds() {}

    /** The IMP'acte minutes as published on the association's page, whole. */
    static final String IMP_ACTE_MINUTES = """
            Cette troisième rencontre a réuni 7 personnes dont des professionnels du secteur de l’intervention sociale et des enseignants du Collège Coopératif en Bretagne.

            Après avoir fait un résumé des rencontres précédentes, nous avons échangé sur les démarches à suivre auprès de la Préfecture pour modifier le bureau de l’association. Nous avons ensuite repris notre interrogation initiale sur les orientations concrètes de l’association.

            1. Déclinaison concrète des axes de l’association

            Nous avons rappelé la volonté d’être de l’association autour de 3 éléments de cadre :

            - Mettre en lien les acteurs du territoire ;
            - Etre un lieu ressource ;
            - Etre un lieu d’innovation sociale.

            Puis nous avons tenté de décliner les axes d’action à partir d’une interrogation :

            En fonction de ces points de cadrage, comment trouver une déclinaison qui fasse suffisamment échos aux personnes, à leurs intérêts, à leurs questionnements ?

            Cette interrogation est d’autant plus importante qu’il s’agit de penser cette association collectivement, en croisant les statuts. Nous observons parallèlement une baisse des participations qui nous amène à réintroduire les besoins et attentes initiales exprimées. Dans ces dernières, nous retrouvions l’idée de transmission d’expériences auprès des étudiants, d’échanges sur des thématiques, de réflexion sur des sujets issus d’un cadre professionnel ou de formation, d’outillage, de rencontres et de croisement des regards. Les participants ont également exprimé le besoin de définir les actions concrètes de l’association pour parvenir à s’y investir. Les étudiants du Master DPDIMP ont également questionné cette dimension tout en précisant leur intérêt pour l’association et en proposant une présence continue aux réunions sur la base d’un roulement (une personne par projet). De plus, ils ont désigné 2 référents financiers rattachés à l’association pour les 2 groupes projets.

            Ainsi, une nouvelle question s’est posée : tout en étant dans une démarche de co-construction, comment parvenir à répondre à ces attentes autour d’axes concrets ?

            Nous avons proposé plusieurs entrées possibles :

            - Réalisation de soirées-débat thématiques,
            - Proposition d’animations thématiques auprès de structures qui ont une volonté de mettre en réflexion un sujet,
            - Communication auprès des structures de l’intervention sociale de la possibilité d’investir l’association comme un espace ressource.

            Dans cette première phase de construction collective de l’association, nous avons mis de côté l’idée d’un incubateur de projet, qui aujourd’hui pourrait être prématuré. Toutefois, cela pourrait se construire au fil des rencontres, des participations, des évènements, des besoins, envies et attentes de chacun.

            Finalement, nous avons acté dans un premier temps pour la réalisation de soirées-débat thématiques.

            1. Les soirées-débat

            Ces évènements doivent être l’occasion de réflexions, d’échanges, de rencontres et de regards croisés entre acteurs du territoire. Ils peuvent aussi permettre de faire intervenir des personnes sur des sujets ciblés, de communiquer sur l’association, ses objectifs et d’ouvrir aux participations. Enfin, ces espaces pourront faire émerger des besoins, des envies, des volontés, qui peuvent être saisis dans le cadre de l’association, vers d’autres formes d’agir, de création collective.

            Nous avons amorcé les échanges en vue de choisir une thématique traitée lors de la première soirée débat et plusieurs propositions ont été formulées :

            - Le bien-être au travail : Comment les professionnels du travail social appréhendent ils leur rapport au travail de nos jours ?
            - L’insertion par la création d’activité : Est-il possible de penser un autre modèle que l’auto-entrepreneuriat ? Est-il possible de penser la création en collectif ?
            - Participation et place des habitants, des usagers : Quelles places possibles, quelles participations possibles des habitants sur les questions de gouvernance et de modèle économique dans les structures d’action sociale et médico-sociale ?
            - Coopération et travail partenarial : Quels enjeux de coopération ou de non-coopération entre des structures du champ social sur un territoire localisé ?

            Parmi ces différentes thématiques, le groupe a choisi d’aborder la participation et la place des habitants en interrogeant les tensions entre le modèle économique et statutaire du monde associatif, qui laisse peu de place à l'autonomie, et la capacité d'agir des habitants/usagers.

            1. A venir

            Nous devons à ce jour préciser et travailler sur cette thématique pour en faire un questionnement à traiter lors de la première soirée débat.

            Les prochaines rencontres permettront alors de définir davantage le sujet, ce que l’on attend de ces soirées, le contenu, le déroulé et l’organisation concrète.

            Afin de poursuivre dans cette démarche, nous vous proposons de nous retrouver :

            Le lundi 15 Janvier 2018 à 18h

            Salle 21 du Collège Coopératif, Campus de la Harpe à Rennes""";

    /** Periferia, the organisation of the second Toulouse session's speaker. */
    public static final OrganisationId PERIFERIA = OrganisationId.of("periferia");

    /** IRFSS Croix Rouge, the organisation of a speaker of the fourth Toulouse session. */
    public static final OrganisationId IRFSS = OrganisationId.of("irfss-croix-rouge");

    /** The Codev du Sicoval, organiser of the partner event of the third Toulouse session. */
    public static final OrganisationId CODEV_SICOVAL = OrganisationId.of("codev-sicoval");

    /** The Collège Coopératif en Bretagne, where the IMP'acte meeting of January 2018 takes place. */
    public static final OrganisationId COLLEGE_COOPERATIF = OrganisationId.of("college-cooperatif-bretagne");

    /** IMP'acte's first soirée-débat: theme chosen on 5 December 2017, date not set. */
    public static final SessionId IMP_ACTE_FIRST_DEBATE = SessionId.of("imp-acte-premiere-soiree-debat");

    /**
     * Returns the id of the Toulouse cycle's session with the given ordinal.
     *
     * @param ordinal 1 to 4
     * @return the session id
     */
    public static SessionId toulouseSession(int ordinal) {
        return SessionId.of("rencontres-toulouse-" + ordinal);
    }

    private static Text fr(String text) {
        return Text.fr(text);
    }

    // ---------------------------------------------------------------------------------------
    // Toulouse: "Cycle de rencontres à Toulouse", Institut de la concertation
    // ---------------------------------------------------------------------------------------

    /**
     * Returns the Institut de la concertation's Toulouse cycle: the organisation, the cycle and
     * its four sessions.
     *
     * @return the archive
     */
    public static Archive toulouse() {
        Organisation institute =
                Organisation.builder(IDC, "Institut de la concertation").build();
        Cycle cycle = Cycle.builder(TOULOUSE_CYCLE, IDC, fr("Cycle de rencontres à Toulouse"))
                .place("Toulouse ou à proximité")
                .description(fr("L’Institut de la concertation organise régulièrement des rencontres à Toulouse ou à"
                        + " proximité. Ces rencontres ont pour but de développer un réseau, de rencontrer des acteurs"
                        + " du monde de la concertation et de réfléchir ensemble sur nos pratiques quotidiennes."))
                .build();
        return Archive.builder(institute)
                .addDirectory(ListedOrganisation.builder(PERIFERIA, "Periferia")
                        .mission(fr("pour encourager la rencontre et l’action entre les différents acteurs"))
                        .build())
                .addDirectory(ListedOrganisation.of(IRFSS, "IRFSS Croix Rouge"))
                .addDirectory(ListedOrganisation.of(CODEV_SICOVAL, "Codev du Sicoval"))
                .addCycles(cycle)
                .addSessions(toulouseFirst())
                .addSessions(toulouseSecond())
                .addSessions(toulouseThird())
                .addSessions(toulouseFourth())
                .build();
    }

    private static SessionBuilder toulouseSession(int ordinal, ExactSchedule schedule) {
        return Session.builder(toulouseSession(ordinal), IDC, schedule)
                .cycle(CyclePosition.of(TOULOUSE_CYCLE, ordinal))
                .format(SessionFormat.NETWORK_MEETING)
                .status(SessionStatus.HELD);
    }

    private static Session toulouseFirst() {
        return toulouseSession(
                        1,
                        ExactSchedule.of(LocalDate.of(2015, 12, 1), LocalTime.of(18, 30), LocalTime.of(20, 0), PARIS))
                .title(fr("Premier rendez-vous à Toulouse"))
                .description(fr("Un premier rendez-vous à Toulouse afin de permettre aux participants de se"
                        + " rencontrer, de présenter l’Institut de la Concertation, de partager sur les actualités"
                        + " participatives de chacun et d’échanger sur les possibilités de suites à donner à cette"
                        + " rencontre."))
                .venue(Venue.builder()
                        .name("Maison de la mobilité de Basso Cambo")
                        .city("Toulouse")
                        .country("FR")
                        .build())
                .attendance(new Attendance(
                        HeadCount.about(15),
                        List.of(
                                ProfileCount.of(fr("travailleurs sociaux")),
                                ProfileCount.of(fr("consultants")),
                                ProfileCount.of(fr("chargés de concertation de grandes entreprises publiques")),
                                ProfileCount.of(fr("sociologues")),
                                ProfileCount.of(fr("agents de la fonction publique")),
                                ProfileCount.of(fr("agents du secteur associatif")),
                                ProfileCount.of(fr("agents de l’ESS"))),
                        fr("Une quinzaine de participants aux profils très divers ; la liste des profils n’est pas"
                                + " exhaustive."),
                        List.of()))
                .agenda(List.of(
                        AgendaItem.of(fr("Tour de table de présentation")),
                        AgendaItem.of(fr("Expériences professionnelles de chacun dans la concertation, et ses"
                                + " questionnements"))))
                .addDecisions(Decision.builder(
                                DecisionId.of("deuxieme-rendez-vous"),
                                DecisionOutcome.ADOPTED,
                                fr("Un deuxième rendez-vous a été prévu en février pour une rencontre autour des"
                                        + " budgets participatifs."))
                        .build())
                .nextSession(new NextSession(
                        toulouseSession(2), null, null, fr("Rencontre autour des budgets participatifs")))
                .build();
    }

    private static Session toulouseSecond() {
        return toulouseSession(
                        2, ExactSchedule.of(LocalDate.of(2016, 2, 18), LocalTime.of(18, 0), LocalTime.of(20, 0), PARIS))
                .addQuestions(fr("Prendre part aux décisions sur un budget public, est-ce réellement possible ?"))
                .addEarlierSchedules(TentativeSchedule.ofMonth(YearMonth.of(2016, 2)))
                .addTopics(fr("budgets participatifs"))
                .description(fr("Avec les nombreux budgets participatifs lancés en Amérique Latine – puis ailleurs –"
                        + " au cours des dernières décennies, c’est la question de la participation aux choix"
                        + " budgétaires qui est lancée. En parcourant quelques expériences en Europe, à différentes"
                        + " échelles, les participants ont posé la question de savoir en quoi cette question"
                        + " constitue une pratique démocratique, parfois pensée par des élus, parfois portée par des"
                        + " citoyens. Construire des avis sur des investissements publics, élaborer des orientations"
                        + " de choix budgétaires, analyser les budgets publics, gérer un fonds, penser des modes de"
                        + " décision… tels sont les aspects que ces expériences permettent de creuser."))
                .venue(Venue.builder()
                        .name("Centre social Partage Faourette")
                        .street("rue de l’Ukraine")
                        .city("Toulouse")
                        .country("FR")
                        .build())
                .addSpeakers(new Speaker(Person.of("Patrick Bodart"), SpeakerRole.SPEAKER, PERIFERIA))
                .build();
    }

    private static Session toulouseThird() {
        return toulouseSession(
                        3, ExactSchedule.of(LocalDate.of(2016, 5, 12), LocalTime.of(18, 0), LocalTime.of(20, 0), PARIS))
                .title(fr("Le numérique et la participation citoyenne"))
                .topics(List.of(fr("numérique"), fr("participation citoyenne")))
                .questions(List.of(
                        fr("L’outil numérique est-il une solution pour faire entendre sa voix et enrichir la"
                                + " participation citoyenne ou n’est-il qu’un gadget ?"),
                        fr("Est-ce que le numérique permet de mobiliser plus de personnes ou à contrario en exclure"
                                + " d’autres ?")))
                .description(fr("Le développement et la diffusion des outils numériques a bouleversé l’organisation"
                        + " de la société dans son ensemble. Les capacités techniques permettent aujourd’hui pour la"
                        + " première fois de mettre l’ensemble des citoyens en réseau pour participer en temps réel"
                        + " aux décisions publiques. Est-ce pour autant le cas ?"))
                .venue(Venue.builder()
                        .name("Ferme des 50")
                        .city("Ramonville-Saint-Agne")
                        .country("FR")
                        .build())
                .agenda(List.of(
                        AgendaItem.of(fr(
                                "Débat sur ces questions, les méthodes utilisées, leurs limites et" + " perspectives")),
                        AgendaItem.of(fr("Échanges autour des actualités participatives de chacun"))))
                .links(List.of(
                        new Link(
                                LinkKind.PARTNER_EVENT,
                                fr("Rencontre-débat « Participation et numérique » du Codev du Sicoval"),
                                URI.create("https://web.archive.org/web/20210924150440/https://www.sicoval.fr//fr/"
                                        + "s-impliquer/codev/nos-travaux/participation-citoyenne/"
                                        + "rencontre-debat-participation-et-numerique.html"),
                                fr("Rencontre-débat organisée par le Codev du Sicoval à partir de retours"
                                        + " d’expériences sur les communes de Marmande, Mulhouse ou encore Nantes ;"
                                        + " ce rendez-vous local de l’Institut de la concertation est organisé en"
                                        + " résonance."),
                                CODEV_SICOVAL),
                        new Link(
                                LinkKind.RELATED,
                                fr("Page dédiée au Cycle Concertation & Numérique"),
                                null,
                                fr("Sur cette question du numérique et de la participation citoyenne ; la page"
                                        + " source ne donne pas l’adresse du lien."),
                                null)))
                .build();
    }

    private static Session toulouseFourth() {
        return toulouseSession(
                        4,
                        ExactSchedule.of(LocalDate.of(2017, 11, 28), LocalTime.of(18, 30), LocalTime.of(20, 30), PARIS))
                .title(fr("Travail social et participation citoyenne. Regards croisés"))
                .topics(List.of(fr("travail social"), fr("participation citoyenne")))
                .questions(List.of(
                        fr("Peut-on considérer que la participation est devenue un élément central du travail"
                                + " social ?"),
                        fr("Les personnes concernées sont-elles considérées dans leurs expertises d’usage, porteuses"
                                + " de savoirs et savoir-faire et non uniquement comme demandeuses ?"),
                        fr("En quoi la participation constitue-t-elle un levier d’accompagnement et de changement"
                                + " social ?"),
                        fr("Comment les personnes concernées forment-elles les travailleurs sociaux ?")))
                .description(fr("Depuis 2016, le plan en faveur du travail social et du développement social, issu"
                        + " des états généraux du travail social, a retenu quatre thématiques dont celle de la"
                        + " participation des personnes. Dans le même mouvement, la nouvelle définition du travail"
                        + " social, en février 2017, introduit la participation citoyenne comme un des buts du"
                        + " travail social."))
                .venue(Venue.named("MJC Prévert"))
                .speakers(List.of(
                        new Speaker(
                                Person.builder("Céline Soupène-Martin")
                                        .city("Toulouse")
                                        .title(fr("formatrice pôle social"))
                                        .background(fr("assistante de service social de formation, auparavant"
                                                + " responsable de centre social associatif"))
                                        .build(),
                                SpeakerRole.SPEAKER,
                                IRFSS),
                        Speaker.of(Person.builder("Rémy Vergnes")
                                .city("Tarbes")
                                .title(fr("assistant de service social"))
                                .affiliation(Affiliation.of("Foyer de Jeunes Travailleurs"))
                                .build())))
                .minutes(Minutes.pending(
                        fr("Le compte-rendu de la séance sera bientôt disponible sur le site de l’Institut.")))
                .build();
    }

    // ---------------------------------------------------------------------------------------
    // IMP'acte: "Compte-rendu de la rencontre de l'association IMP'acte du 5 décembre 2017"
    // ---------------------------------------------------------------------------------------

    /** Proposal ids of the IMP'acte meeting. */
    public static final ProposalId THEME_WELL_BEING = ProposalId.of("theme-bien-etre-au-travail");

    /** The theme on insertion through business creation. */
    public static final ProposalId THEME_INSERTION = ProposalId.of("theme-insertion-creation-activite");

    /** The theme on residents' participation, chosen. */
    public static final ProposalId THEME_PARTICIPATION = ProposalId.of("theme-participation-habitants");

    /** The theme on cooperation between structures. */
    public static final ProposalId THEME_COOPERATION = ProposalId.of("theme-cooperation");

    /** Thematic debate evenings, adopted. */
    public static final ProposalId ACTION_DEBATE_EVENINGS = ProposalId.of("action-soirees-debat");

    /** Thematic workshops for partner structures. */
    public static final ProposalId ACTION_WORKSHOPS = ProposalId.of("action-animations-thematiques");

    /** Communication towards social-work structures. */
    public static final ProposalId ACTION_COMMUNICATION = ProposalId.of("action-communication");

    /** The project incubator, set aside as premature. */
    public static final ProposalId ACTION_INCUBATOR = ProposalId.of("action-incubateur");

    /**
     * Returns the IMP'acte association with its meeting of 5 December 2017 (the minutes), the
     * meeting of 14 November 2017 and the one of 15 January 2018 it announces, and its five
     * announcements.
     *
     * @return the archive
     */
    public static Archive impActe() {
        Venue salle21 = Venue.builder()
                .room("Salle 21")
                .building("Collège Coopératif, Campus de la Harpe")
                .city("Rennes")
                .country("FR")
                .organisation(COLLEGE_COOPERATIF)
                .build();
        Organisation association = Organisation.builder(IMP_ACTE, "IMP'acte")
                .city("Rennes")
                .country("FR")
                .description(fr("Une association porteuse de projets innovants, basés sur les besoins du territoire"
                        + " et de ses habitants."))
                .purposes(List.of(
                        fr("Mettre en lien les acteurs du territoire"),
                        fr("Être un lieu ressource"),
                        fr("Être un lieu d’innovation sociale")))
                .addBoardChanges(BoardChange.pending(fr("Modification du bureau de l’association"), "Préfecture"))
                .projectGroups(
                        List.of(projectGroup(GROUP_1, "Groupe projet 1"), projectGroup(GROUP_2, "Groupe projet 2")))
                .build();
        Cycle meetings = Cycle.builder(IMP_ACTE_MEETINGS, IMP_ACTE, fr("Rencontres de l’association IMP’acte"))
                .place("Rennes")
                .description(fr("Les rencontres de construction collective de l’association."))
                .editorial(List.of("title", "description"))
                .build();
        Session november = Session.builder(
                        IMP_ACTE_NOVEMBER,
                        IMP_ACTE,
                        OpenEndedSchedule.of(LocalDate.of(2017, 11, 14), LocalTime.of(18, 0), PARIS))
                .format(SessionFormat.WORKING_MEETING)
                .status(SessionStatus.SCHEDULED)
                .title(fr("Construire une association qui vous ressemble"))
                .editorial(List.of("title"))
                .description(fr(
                        "Découvrez les nouvelles orientations d’IMP’acte et venez partager vos idées avec" + " nous."))
                .venue(Venue.builder().city("Rennes").country("FR").build())
                .build();
        Session january = Session.builder(
                        IMP_ACTE_JANUARY,
                        IMP_ACTE,
                        OpenEndedSchedule.of(LocalDate.of(2018, 1, 15), LocalTime.of(18, 0), PARIS))
                .cycle(CyclePosition.of(IMP_ACTE_MEETINGS, 4))
                .format(SessionFormat.WORKING_MEETING)
                .status(SessionStatus.SCHEDULED)
                .title(fr("Préparation de la première soirée-débat"))
                .editorial(List.of("title"))
                .addPartners(Partnership.of(COLLEGE_COOPERATIF, PartnerRole.HOST))
                .description(fr("Définir davantage le sujet de la première soirée-débat, ce que l’on attend de ces"
                        + " soirées, le contenu, le déroulé et l’organisation concrète."))
                .venue(salle21)
                .build();
        return Archive.builder(association)
                .addCycles(meetings)
                .addSessions(november)
                .addSessions(impActeMeeting())
                .addSessions(january)
                .addSessions(firstDebate())
                .announcements(impActeAnnouncements())
                .addDirectory(ListedOrganisation.builder(COLLEGE_COOPERATIF, "Collège Coopératif en Bretagne")
                        .city("Rennes")
                        .build())
                .build();
    }

    private static ProjectGroup projectGroup(ProjectGroupId id, String name) {
        return new ProjectGroup(
                id, fr(name), fr("Groupe projet des étudiants du Master DPDIMP"), List.of(), List.of("name"));
    }

    private static Session firstDebate() {
        return Session.builder(IMP_ACTE_FIRST_DEBATE, IMP_ACTE, Schedule.undated())
                .format(SessionFormat.DEBATE_EVENING)
                .status(SessionStatus.PLANNED)
                .title(fr("Première soirée-débat"))
                .addTopics(fr("Participation et place des habitants, des usagers"))
                .description(fr("Thématique choisie le 5 décembre 2017 : la participation et la place des habitants,"
                        + " en interrogeant les tensions entre le modèle économique et statutaire du monde associatif,"
                        + " qui laisse peu de place à l’autonomie, et la capacité d’agir des habitants/usagers. Date à"
                        + " fixer."))
                .objectives(List.of(
                        fr("Être l’occasion de réflexions, d’échanges, de rencontres et de regards croisés entre"
                                + " acteurs du territoire"),
                        fr("Faire intervenir des personnes sur des sujets ciblés"),
                        fr("Communiquer sur l’association, ses objectifs et ouvrir aux participations")))
                .build();
    }

    private static Session impActeMeeting() {
        return Session.builder(
                        IMP_ACTE_MEETING,
                        IMP_ACTE,
                        OpenEndedSchedule.of(LocalDate.of(2017, 12, 5), LocalTime.of(18, 0), PARIS))
                .cycle(CyclePosition.of(IMP_ACTE_MEETINGS, 3))
                .format(SessionFormat.WORKING_MEETING)
                .status(SessionStatus.HELD)
                .title(fr("L’organisation de soirées-débat"))
                .questions(List.of(
                        fr("En fonction de ces points de cadrage, comment trouver une déclinaison qui fasse"
                                + " suffisamment échos aux personnes, à leurs intérêts, à leurs questionnements ?"),
                        fr("Tout en étant dans une démarche de co-construction, comment parvenir à répondre à ces"
                                + " attentes autour d’axes concrets ?")))
                .description(fr("Après avoir fait un résumé des rencontres précédentes, nous avons échangé sur les"
                        + " démarches à suivre auprès de la Préfecture pour modifier le bureau de l’association. Nous"
                        + " avons ensuite repris notre interrogation initiale sur les orientations concrètes de"
                        + " l’association."))
                .venue(Venue.builder().city("Rennes").country("FR").build())
                .attendance(new Attendance(
                        HeadCount.exactly(7),
                        List.of(
                                ProfileCount.of(fr("professionnels du secteur de l’intervention sociale")),
                                ProfileCount.of(fr("enseignants du Collège Coopératif en Bretagne")),
                                ProfileCount.of(fr("étudiants du Master DPDIMP"))),
                        fr("« 7 personnes dont des professionnels du secteur de l’intervention sociale et des"
                                + " enseignants du Collège Coopératif en Bretagne » : la liste des profils n’est pas"
                                + " exhaustive."),
                        List.of()))
                .agenda(impActeAgenda())
                .proposals(List.of(
                        theme(
                                THEME_WELL_BEING,
                                "Le bien-être au travail",
                                ProposalStatus.PROPOSED,
                                "Comment les professionnels du travail social appréhendent ils leur rapport au travail"
                                        + " de nos jours ?"),
                        theme(
                                THEME_INSERTION,
                                "L’insertion par la création d’activité",
                                ProposalStatus.PROPOSED,
                                "Est-il possible de penser un autre modèle que l’auto-entrepreneuriat ?",
                                "Est-il possible de penser la création en collectif ?"),
                        theme(
                                THEME_PARTICIPATION,
                                "Participation et place des habitants, des usagers",
                                ProposalStatus.SELECTED,
                                "Quelles places possibles, quelles participations possibles des habitants sur les"
                                        + " questions de gouvernance et de modèle économique dans les structures"
                                        + " d’action sociale et médico-sociale ?"),
                        theme(
                                THEME_COOPERATION,
                                "Coopération et travail partenarial",
                                ProposalStatus.PROPOSED,
                                "Quels enjeux de coopération ou de non-coopération entre des structures du champ social"
                                        + " sur un territoire localisé ?"),
                        Proposal.action(ACTION_DEBATE_EVENINGS, fr("Réalisation de soirées-débat thématiques"))
                                .withStatus(ProposalStatus.SELECTED),
                        Proposal.action(
                                ACTION_WORKSHOPS,
                                fr("Proposition d’animations thématiques auprès de structures qui ont une volonté de"
                                        + " mettre en réflexion un sujet")),
                        Proposal.action(
                                ACTION_COMMUNICATION,
                                fr("Communication auprès des structures de l’intervention sociale de la possibilité"
                                        + " d’investir l’association comme un espace ressource")),
                        Proposal.action(ACTION_INCUBATOR, fr("Incubateur de projet"))
                                .withStatus(ProposalStatus.SET_ASIDE)))
                .decisions(List.of(
                        Decision.builder(
                                        DecisionId.of("soirees-debat-actees"),
                                        DecisionOutcome.ADOPTED,
                                        fr("Nous avons acté dans un premier temps pour la réalisation de soirées-débat"
                                                + " thématiques."))
                                .addSettles(ACTION_DEBATE_EVENINGS)
                                .build(),
                        Decision.builder(
                                        DecisionId.of("incubateur-mis-de-cote"),
                                        DecisionOutcome.SET_ASIDE,
                                        fr("Dans cette première phase de construction collective de l’association, nous"
                                                + " avons mis de côté l’idée d’un incubateur de projet."))
                                .addSettles(ACTION_INCUBATOR)
                                .reason(fr("qui aujourd’hui pourrait être prématuré"))
                                .revisit(fr("Cela pourrait se construire au fil des rencontres, des participations,"
                                        + " des évènements, des besoins, envies et attentes de chacun."))
                                .build(),
                        Decision.builder(
                                        DecisionId.of("theme-premiere-soiree"),
                                        DecisionOutcome.CHOSEN,
                                        fr("Parmi ces différentes thématiques, le groupe a choisi d’aborder la"
                                                + " participation et la place des habitants pour la première"
                                                + " soirée-débat."))
                                .addSettles(THEME_PARTICIPATION)
                                .angle(fr("Les tensions entre le modèle économique et statutaire du monde associatif,"
                                        + " qui laisse peu de place à l’autonomie, et la capacité d’agir des"
                                        + " habitants/usagers."))
                                .build()))
                .appointments(List.of(
                        new Appointment(
                                fr("référent financier"),
                                null,
                                GROUP_1,
                                fr("Rattaché à l’association."),
                                Party.named("les étudiants du Master DPDIMP")),
                        new Appointment(
                                fr("référent financier"),
                                null,
                                GROUP_2,
                                fr("Rattaché à l’association."),
                                Party.named("les étudiants du Master DPDIMP"))))
                .addCommitments(new Commitment(
                        fr("Une présence continue aux réunions sur la base d’un roulement (une personne par projet)."),
                        fr("Les étudiants du Master DPDIMP")))
                .actionItems(List.of(
                        new ActionItem(
                                fr("Préciser et travailler la thématique choisie pour en faire un questionnement à"
                                        + " traiter lors de la première soirée-débat."),
                                Party.meeting(),
                                null,
                                ActionStatus.OPEN,
                                null),
                        new ActionItem(
                                fr("Définir davantage le sujet, ce que l’on attend des soirées-débat, le contenu, le"
                                        + " déroulé et l’organisation concrète, lors des prochaines rencontres."),
                                Party.meeting(),
                                null,
                                ActionStatus.OPEN,
                                null)))
                .minutes(new PublishedMinutes(
                        fr("Compte-rendu de la rencontre de l’association IMP’acte du 5 décembre 2017 à 18h"),
                        null,
                        null,
                        fr(IMP_ACTE_MINUTES)))
                .nextSession(new NextSession(
                        IMP_ACTE_JANUARY,
                        null,
                        null,
                        fr("Poursuivre la démarche : préciser la thématique de la première soirée-débat.")))
                .build();
    }

    private static Proposal theme(ProposalId id, String title, ProposalStatus status, String... questions) {
        return Proposal.theme(
                        id,
                        fr(title),
                        java.util.Arrays.stream(questions).map(Text::fr).toList())
                .withStatus(status);
    }

    private static List<AgendaItem> impActeAgenda() {
        return List.of(
                AgendaItem.of(fr("Résumé des rencontres précédentes")),
                AgendaItem.of(
                        fr("Démarches à suivre auprès de la Préfecture pour modifier le bureau de l’association")),
                AgendaItem.of(fr("Déclinaison concrète des axes de l’association"))
                        .withNotes(fr("Cette interrogation est d’autant plus importante qu’il s’agit de penser cette"
                                + " association collectivement, en croisant les statuts. Nous observons parallèlement"
                                + " une baisse des participations qui nous amène à réintroduire les besoins et"
                                + " attentes initiales exprimées. Les participants ont également exprimé le besoin de"
                                + " définir les actions concrètes de l’association pour parvenir à s’y investir."))
                        .withItems(List.of(
                                AgendaItem.of(fr("Rappel des trois éléments de cadre de l’association")),
                                AgendaItem.of(fr("Besoins et attentes initiales exprimées"))
                                        .withNotes(fr("Transmission d’expériences auprès des étudiants ; échanges sur"
                                                + " des thématiques ; réflexion sur des sujets issus d’un cadre"
                                                + " professionnel ou de formation ; outillage ; rencontres et"
                                                + " croisement des regards.")),
                                AgendaItem.of(fr("Entrées possibles pour des axes concrets")))),
                AgendaItem.of(fr("Les soirées-débat"))
                        .withNotes(fr("Ces évènements doivent être l’occasion de réflexions, d’échanges, de rencontres"
                                + " et de regards croisés entre acteurs du territoire. Ils peuvent aussi permettre de"
                                + " faire intervenir des personnes sur des sujets ciblés, de communiquer sur"
                                + " l’association, ses objectifs et d’ouvrir aux participations. Enfin, ces espaces"
                                + " pourront faire émerger des besoins, des envies, des volontés, qui peuvent être"
                                + " saisis dans le cadre de l’association, vers d’autres formes d’agir, de création"
                                + " collective."))
                        .withItems(List.of(AgendaItem.of(fr("Choix de la thématique de la première soirée-débat")))),
                AgendaItem.of(fr("À venir"))
                        .withNotes(fr("Nous devons à ce jour préciser et travailler sur cette thématique pour en faire"
                                + " un questionnement à traiter lors de la première soirée débat.")));
    }

    private static List<Announcement> impActeAnnouncements() {
        return List.of(
                tweet(
                        "2018-01-24",
                        LocalDate.of(2018, 1, 24),
                        "L'organisation de notre première soirée-débat prend forme mais nous avons besoin de vous"
                                + " pour la prochaine : n'hési…",
                        "https://t.co/pZhY82vQM6",
                        null),
                tweet(
                        "2018-01-09",
                        LocalDate.of(2018, 1, 9),
                        "Animation d'une soirée-débat sur la participation et la place des habitants : voici le"
                                + " nouveau projet de l'associat…",
                        "https://t.co/PRf84T9G7U",
                        null),
                tweet(
                        "2017-11-27",
                        LocalDate.of(2017, 11, 27),
                        "Une association porteuse de projets innovants, basés sur les besoins du territoire et de"
                                + " ses habitants, dans le but…",
                        "https://t.co/xliIasfl6N",
                        null),
                tweet(
                        "2017-11-09",
                        LocalDate.of(2017, 11, 9),
                        "Venez vous joindre à nous le Mardi 14 Novembre à 18h pour construire une association qui"
                                + " vous ressemble !",
                        "https://t.co/TGVVbmXKC8",
                        IMP_ACTE_NOVEMBER),
                tweet(
                        "2017-10-27",
                        LocalDate.of(2017, 10, 27),
                        "Découvrez les nouvelles orientations d'IMP'acte et venez partager vos idées avec nous le"
                                + " Mardi 14 Novembre à Rennes:",
                        "https://t.co/vM6aCsr377",
                        IMP_ACTE_NOVEMBER));
    }

    private static Announcement tweet(String id, LocalDate date, String text, String link, SessionId session) {
        return new Announcement(
                AnnouncementId.of("tweet-" + id), IMP_ACTE, date, fr(text), URI.create(link), session, "Twitter");
    }
}
