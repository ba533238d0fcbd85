package io.github.townhall.html.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The words of the pages in French and English: headings, field names and the names of the
 * model's enum values. Templates call {@link #t(String)}; a missing key fails loudly.
 */
public final class Labels {
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            // key, French, English
            e("skip", "Aller au contenu", "Skip to content"),
            e("nav", "Navigation du site", "Site navigation"),
            e("languageName", "Français", "English"),
            e("siteLanguages", "Langues du site", "The site’s languages"),
            e("agenda", "Agenda", "Agenda"),
            e("agendaOf", "Agenda de", "Agenda of"),
            e("subscribe", "S’abonner au calendrier (iCalendar)", "Subscribe to the calendar (iCalendar)"),
            e("upcoming", "À venir", "Upcoming"),
            e("past", "Passées", "Past"),
            e("sessions", "Rencontres", "Sessions"),
            e("toBeSet", "Date à fixer", "Date to be set"),
            e("otherSessions", "Autres rencontres", "Other sessions"),
            e("noUpcoming", "Aucune rencontre à venir n’est annoncée.", "No upcoming session is announced."),
            e("noSession", "Aucune rencontre publique.", "No public session."),
            e("asOf", "au", "as of"),
            e("cycle", "Cycle", "Cycle"),
            e("cycleSessions", "Les rencontres du cycle", "The cycle’s sessions"),
            e("place", "Lieu", "Place"),
            e("website", "Site web", "Website"),
            e("about", "Présentation", "About"),
            e("when", "Quand", "When"),
            e("where", "Où", "Where"),
            e("timeZone", "fuseau horaire", "time zone"),
            e("online", "Participer en ligne", "Join online"),
            e("accessibility", "Accessibilité", "Accessibility"),
            e("status", "Statut", "Status"),
            e("earlierDates", "Dates précédentes", "Earlier dates"),
            e("questions", "Questions", "Questions"),
            e("description", "Description", "Description"),
            e("objectives", "Objectifs", "Objectives"),
            e("topics", "Thématiques", "Topics"),
            e("speakers", "Intervenants", "Speakers"),
            e("partners", "Partenaires", "Partners"),
            e("programme", "Ordre du jour", "Agenda"),
            e("minutes", "Compte-rendu", "Minutes"),
            e("minutesOf", "Compte-rendu", "Minutes"),
            e("readMinutes", "Lire le compte-rendu", "Read the minutes"),
            e("minutesElsewhere", "Le compte-rendu publié ailleurs", "The minutes published elsewhere"),
            e("expectedAt", "Où il paraîtra", "Where they will appear"),
            e("proposals", "Propositions", "Proposals"),
            e("decisions", "Décisions", "Decisions"),
            e("appointments", "Désignations", "Appointments"),
            e("commitments", "Engagements", "Commitments"),
            e("actionItems", "Actions à mener", "Action items"),
            e("owner", "Qui", "Who"),
            e("due", "Échéance", "Due"),
            e("attendance", "Participation", "Attendance"),
            e("present", "Présents", "Present"),
            e("profiles", "Profils présents", "Profiles present"),
            e("profile", "Profil", "Profile"),
            e("count", "Nombre", "Number"),
            e("attendees", "Liste de présence", "Attendance list"),
            e("roles", "Rôles", "Roles"),
            e("next", "Prochaine rencontre", "Next session"),
            e("links", "Liens", "Links"),
            e("announcements", "Annonces", "Announcements"),
            e("source", "voir l’annonce", "see the announcement"),
            e("practical", "Infos pratiques", "Practical details"),
            e("admission", "Entrée", "Admission"),
            e("contact", "Contact", "Contact"),
            e("languages", "Langues", "Languages"),
            e("registration", "Inscription", "Registration"),
            e("register", "S’inscrire", "Register"),
            e("registrationRequired", "Inscription obligatoire", "Registration required"),
            e("registrationOptional", "Inscription facultative", "Registration optional"),
            e("capacity", "Places", "Places"),
            e("calendar", "Calendrier", "Calendar"),
            e("addToCalendar", "Ajouter à mon calendrier (.ics)", "Add to my calendar (.ics)"),
            e("session", "Rencontre", "Session"),
            e("sessionPage", "Page de la rencontre", "Session page"),
            e("purposes", "Raison d’être de l’association", "The organisation’s purposes"),
            e("minutesText", "Texte du compte-rendu", "Text of the minutes"),
            e("publishedOn", "Publié le", "Published on"),
            e("approvedOn", "Approuvé le", "Approved on"),
            e("method", "Mode de décision", "Method"),
            e("tally", "Vote", "Vote"),
            e("inFavour", "Pour", "In favour"),
            e("against", "Contre", "Against"),
            e("abstentions", "Abstentions", "Abstentions"),
            e("settles", "Porte sur", "Settles"),
            e("reason", "Motif", "Reason"),
            e("revisit", "À revoir", "To revisit"),
            e("angle", "Angle retenu", "Angle"),
            e("proposedBy", "Proposé par", "Proposed by"),
            e("appointedBy", "Désigné par", "Appointed by"),
            e("committedBy", "Engagement de", "Committed by"),
            e("group", "groupe", "group"),
            e("meeting", "le groupe", "the meeting"),
            e("people", "personnes", "people"),
            e("about15", "environ", "about"),
            e("session.n", "Rencontre n° ", "Session no. "),
            e("of", "du", "of"),
            e("free", "Entrée libre et gratuite", "Free admission"),
            e("untitled", "Rencontre du", "Session of"),
            e("footer", "Pages publiées par", "Pages published by"),
            e("sitemap", "Plan du site", "Site map"),
            e("format.WORKING_MEETING", "Réunion de travail", "Working meeting"),
            e("format.DEBATE_EVENING", "Soirée-débat", "Debate evening"),
            e("format.THEMATIC_WORKSHOP", "Animation thématique", "Thematic workshop"),
            e("format.NETWORK_MEETING", "Rencontre de réseau", "Network meeting"),
            e("format.FOUNDING_MEETING", "Réunion constitutive", "Founding meeting"),
            e("format.OTHER", "Rencontre", "Gathering"),
            e("status.PLANNED", "Prévue", "Planned"),
            e("status.SCHEDULED", "Programmée", "Scheduled"),
            e("status.HELD", "A eu lieu", "Held"),
            e("status.POSTPONED", "Reportée, nouvelle date à venir", "Postponed, new date to come"),
            e("status.CANCELLED", "Annulée", "Cancelled"),
            e("moved", "Cette rencontre a changé de date.", "This session has moved."),
            e("minutes.PENDING", "Le compte-rendu est annoncé.", "The minutes are announced."),
            e("minutes.DRAFT", "Le compte-rendu est en cours de rédaction.", "The minutes are being written."),
            e("minutes.APPROVED", "Le compte-rendu est approuvé.", "The minutes are approved."),
            e("minutes.PUBLISHED", "Le compte-rendu est publié.", "The minutes are published."),
            e("access.STEP_FREE", "Accès de plain-pied", "Step-free access"),
            e("access.HEARING_LOOP", "Boucle à induction magnétique", "Hearing loop"),
            e("access.SIGN_LANGUAGE", "Interprétation en langue des signes", "Sign-language interpretation"),
            e("access.LIVE_CAPTIONS", "Sous-titrage en direct", "Live captions"),
            e("access.EASY_READ", "Documents faciles à lire et à comprendre", "Easy-to-read documents"),
            e("access.CHILDCARE", "Garde d’enfants", "Childcare"),
            e("access.QUIET_ROOM", "Espace calme", "Quiet room"),
            e("speaker.SPEAKER", "intervenant·e", "speaker"),
            e("speaker.MODERATOR", "modération", "moderator"),
            e("speaker.WITNESS", "grand témoin", "witness"),
            e("speaker.FACILITATOR", "facilitation", "facilitator"),
            e("partner.HOST", "accueille", "host"),
            e("partner.CO_ORGANISER", "co-organisateur", "co-organiser"),
            e("partner.PARTNER", "partenaire", "partner"),
            e("partner.FUNDER", "financeur", "funder"),
            e("link.RELATED", "Ressource", "Related"),
            e("link.PARTNER_EVENT", "Événement partenaire", "Partner event"),
            e("link.DOCUMENT", "Document", "Document"),
            e("link.MEDIA", "Média", "Media"),
            e("noAddress", "adresse non donnée", "no address given"),
            e("unsafeAddress", "adresse non publiée", "address not published"),
            e("proposal.THEME", "Thématique", "Theme"),
            e("proposal.ACTION", "Action", "Action"),
            e("proposalStatus.PROPOSED", "proposée", "proposed"),
            e("proposalStatus.SELECTED", "retenue", "selected"),
            e("proposalStatus.SET_ASIDE", "mise de côté", "set aside"),
            e("proposalStatus.REJECTED", "rejetée", "rejected"),
            e("proposalStatus.WITHDRAWN", "retirée", "withdrawn"),
            e("outcome.ADOPTED", "Adoptée", "Adopted"),
            e("outcome.CHOSEN", "Choix", "Chosen"),
            e("outcome.SET_ASIDE", "Mise de côté", "Set aside"),
            e("outcome.REJECTED", "Rejetée", "Rejected"),
            e("method.CONSENSUS", "au consensus", "by consensus"),
            e("method.SHOW_OF_HANDS", "à main levée", "by a show of hands"),
            e("method.MAJORITY_VOTE", "vote à la majorité", "by a majority vote"),
            e("method.UNANIMITY", "à l’unanimité", "unanimously"),
            e("method.BALLOT", "à bulletin secret", "by secret ballot"),
            e("action.OPEN", "à faire", "open"),
            e("action.DONE", "fait", "done"),
            e("action.DROPPED", "abandonné", "dropped"),
            e("role.CHAIR", "Présidence de séance", "Chair"),
            e("role.FACILITATOR", "Animation", "Facilitator"),
            e("role.SECRETARY", "Secrétariat de séance", "Secretary"),
            e("role.TIMEKEEPER", "Gardien·ne du temps", "Timekeeper"),
            e("role.MINUTES_AUTHOR", "Rédaction du compte-rendu", "Minutes written by"),
            e("role.MINUTES_APPROVER", "Approbation du compte-rendu", "Minutes approved by"),
            e("attendee.PRESENT", "présent·e", "present"),
            e("attendee.REMOTE", "à distance", "remote"),
            e("attendee.EXCUSED", "excusé·e", "excused"),
            e("attendee.ABSENT", "absent·e", "absent"),
            e("board", "Le bureau", "The board"),
            e("boardCaption", "Membres du bureau et leur mandat", "Board members and their terms"),
            e("boardRole", "Fonction", "Office"),
            e("boardHolder", "Nom", "Name"),
            e("termFrom", "Depuis le", "Since"),
            e("termUntil", "Jusqu’au", "Until"),
            e("notNamed", "non nommé·e", "not named"),
            e("board.PRESIDENT", "Président·e", "President"),
            e("board.VICE_PRESIDENT", "Vice-président·e", "Vice-president"),
            e("board.TREASURER", "Trésorier·ère", "Treasurer"),
            e("board.SECRETARY", "Secrétaire", "Secretary"),
            e("board.MEMBER", "Membre du bureau", "Board member"),
            e("board.OTHER", "Autre fonction", "Other office"),
            e("tentative", "date provisoire", "provisional date"),
            e("between", "entre le", "between"),
            e("and", "et le", "and"));

    private static final Labels FRENCH = new Labels(0, Locale.FRENCH);
    private static final Labels ENGLISH = new Labels(1, Locale.ENGLISH);

    private final int index;
    private final Locale locale;

    private Labels(int index, Locale locale) {
        this.index = index;
        this.locale = locale;
    }

    private static Map.Entry<String, String[]> e(String key, String french, String english) {
        return Map.entry(key, new String[] {french, english});
    }

    /**
     * {@return the labels of a language: English for English, French otherwise}
     *
     * @param language the pages' language
     */
    public static Labels of(Locale language) {
        return language.getLanguage().equals("en") ? ENGLISH : FRENCH;
    }

    /** {@return the labels' language} */
    public Locale locale() {
        return locale;
    }

    /**
     * {@return the label}
     *
     * @param key the label's key
     * @throws IllegalArgumentException if there is no such label
     */
    public String t(String key) {
        String[] words = WORDS.get(Objects.requireNonNull(key, "key"));
        if (words == null) {
            throw new IllegalArgumentException("No label " + key);
        }
        return words[index];
    }

    /**
     * {@return the label of an enum value, such as {@code format.DEBATE_EVENING}}
     *
     * @param prefix the label's prefix
     * @param value the value
     */
    public String t(String prefix, Enum<?> value) {
        return t(prefix + "." + value.name());
    }
}
