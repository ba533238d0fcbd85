package io.github.townhall.ical.internal;

import io.github.townhall.organisation.PartnerRole;
import io.github.townhall.place.AccessFeature;
import io.github.townhall.session.SessionFormat;
import io.github.townhall.session.SpeakerRole;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The words we add to generated text, in French and English (English for other languages). */
public final class Labels {
    /** French labels. */
    public static final Labels FRENCH = new Labels(
            Locale.FRENCH,
            "Séance %d",
            " : ",
            "Intervenants",
            "Ordre du jour",
            "Liens",
            "Inscription",
            "places",
            new String[] {"intervenant", "animation", "grand témoin", "facilitation"},
            new String[] {
                "Réunion de travail",
                "Soirée-débat",
                "Atelier thématique",
                "Rencontre de réseau",
                "Réunion fondatrice",
                "Autre"
            },
            new Practical(
                    "Partenaires",
                    List.of("hôte", "co-organisateur", "partenaire", "financeur"),
                    "Accessibilité",
                    List.of(
                            "accès de plain-pied",
                            "boucle à induction magnétique",
                            "interprétation en langue des signes",
                            "sous-titrage en direct",
                            "documents faciles à lire et à comprendre (FALC)",
                            "garde d’enfants",
                            "espace calme"),
                    "Entrée",
                    "libre et gratuite",
                    "Contact",
                    "Langues"));

    /** English labels. */
    public static final Labels ENGLISH = new Labels(
            Locale.ENGLISH,
            "Session %d",
            ": ",
            "Speakers",
            "Agenda",
            "Links",
            "Registration",
            "places",
            new String[] {"speaker", "moderator", "witness", "facilitator"},
            new String[] {
                "Working meeting", "Debate evening", "Thematic workshop", "Network meeting", "Founding meeting", "Other"
            },
            new Practical(
                    "Partners",
                    List.of("host", "co-organiser", "partner", "funder"),
                    "Accessibility",
                    List.of(
                            "step-free access",
                            "hearing loop",
                            "sign-language interpretation",
                            "live captions",
                            "easy-read documents",
                            "childcare",
                            "quiet room"),
                    "Admission",
                    "free",
                    "Contact",
                    "Languages"));

    /** The labels of partners and practical details, grouped to keep the constructor short. */
    private record Practical(
            String partners,
            List<String> partnerRoles,
            String accessibility,
            List<String> features,
            String admission,
            String free,
            String contact,
            String languages) {}

    private final Locale language;
    private final String sessionPattern;
    private final String colon;
    private final String colonAtLineEnd;
    private final String speakers;
    private final String agenda;
    private final String links;
    private final String registration;
    private final String places;
    private final Map<SpeakerRole, String> roles = new EnumMap<>(SpeakerRole.class);
    private final Map<SessionFormat, String> formats = new EnumMap<>(SessionFormat.class);
    private final Map<PartnerRole, String> partnerRoles = new EnumMap<>(PartnerRole.class);
    private final Map<AccessFeature, String> features = new EnumMap<>(AccessFeature.class);
    private final Practical practical;

    private Labels(
            Locale language,
            String sessionPattern,
            String colon,
            String speakers,
            String agenda,
            String links,
            String registration,
            String places,
            String[] roles,
            String[] formats,
            Practical practical) {
        this.language = language;
        this.sessionPattern = sessionPattern;
        this.colon = colon;
        this.colonAtLineEnd = colon.stripTrailing();
        this.speakers = speakers;
        this.agenda = agenda;
        this.links = links;
        this.registration = registration;
        this.places = places;
        fill(this.roles, SpeakerRole.values(), List.of(roles));
        fill(this.formats, SessionFormat.values(), List.of(formats));
        fill(partnerRoles, PartnerRole.values(), practical.partnerRoles());
        fill(features, AccessFeature.values(), practical.features());
        this.practical = practical;
    }

    /** Gives each constant of an enum, in declaration order, the label at the same place. */
    private static <E extends Enum<E>> void fill(Map<E, String> map, E[] constants, List<String> labels) {
        if (constants.length != labels.size()) {
            throw new IllegalStateException(
                    constants.length + " constants and " + labels.size() + " labels: " + labels);
        }
        for (int i = 0; i < constants.length; i++) {
            map.put(constants[i], labels.get(i));
        }
    }

    /**
     * Returns the labels for a language: French for French, English otherwise.
     *
     * @param language the language, not null
     * @return the labels, not null
     */
    public static Labels of(Locale language) {
        return language.getLanguage().equals("fr") ? FRENCH : ENGLISH;
    }

    /**
     * Finds the format whose label, in French or English, is the given category.
     *
     * @param category a CATEGORIES value, not null
     * @return the format, or null when no format has that label
     */
    public static @Nullable SessionFormat formatOf(String category) {
        String trimmed = category.trim();
        for (Labels labels : new Labels[] {FRENCH, ENGLISH}) {
            for (Map.Entry<SessionFormat, String> entry : labels.formats.entrySet()) {
                if (entry.getValue().equalsIgnoreCase(trimmed)) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    /**
     * Returns the language of these labels.
     *
     * @return the language, not null
     */
    public Locale language() {
        return language;
    }

    /**
     * Returns "Séance 2" or "Session 2".
     *
     * @param ordinal the ordinal in the cycle
     * @return the label, not null
     */
    public String session(int ordinal) {
        return sessionPattern.replace("%d", Integer.toString(ordinal));
    }

    /**
     * Returns what a session of a format is called within a sentence, after a name and a colon:
     * "réunion de travail", "working meeting"; "séance", "session" for the format "other".
     *
     * @param format the format, not null
     * @return the noun, starting in lower case, not null
     */
    public String formatNoun(SessionFormat format) {
        if (format == SessionFormat.OTHER) {
            return language.getLanguage().equals("fr") ? "séance" : "session";
        }
        String label = format(format);
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /**
     * Returns the separator between a label and its value (" : " in French).
     *
     * @return the separator, not null
     */
    public String colon() {
        return colon;
    }

    /**
     * Returns the separator after a heading that ends its line (" :" in French, ":" in English):
     * {@link #colon()} without its trailing space.
     *
     * @return the separator, not null
     */
    public String colonAtLineEnd() {
        return colonAtLineEnd;
    }

    /**
     * Returns the heading of the speakers.
     *
     * @return the heading, not null
     */
    public String speakers() {
        return speakers;
    }

    /**
     * Returns the heading of the agenda.
     *
     * @return the heading, not null
     */
    public String agenda() {
        return agenda;
    }

    /**
     * Returns the label of the session page's address, which ends a description.
     *
     * @return the label, not null
     */
    public String page() {
        return language.getLanguage().equals("fr") ? "Page de la séance" : "Session page";
    }

    /**
     * Returns the heading of the links.
     *
     * @return the heading, not null
     */
    public String links() {
        return links;
    }

    /**
     * Returns the label of the registration link.
     *
     * @return the label, not null
     */
    public String registration() {
        return registration;
    }

    /**
     * Returns the word for seats.
     *
     * @return the word, not null
     */
    public String places() {
        return places;
    }

    /**
     * Returns a speaker role's label.
     *
     * @param role the role, not null
     * @return the label, not null
     */
    public String role(SpeakerRole role) {
        return java.util.Objects.requireNonNull(roles.get(role), role::name);
    }

    /**
     * Returns a format's label, as written in CATEGORIES.
     *
     * @param format the format, not null
     * @return the label, not null
     */
    public String format(SessionFormat format) {
        return java.util.Objects.requireNonNull(formats.get(format), format::name);
    }

    /**
     * Returns the heading of the partner organisations.
     *
     * @return the heading, not null
     */
    public String partners() {
        return practical.partners();
    }

    /**
     * Returns a partner role's label ("hôte", "host").
     *
     * @param role the role, not null
     * @return the label, not null
     */
    public String partnerRole(PartnerRole role) {
        return java.util.Objects.requireNonNull(partnerRoles.get(role), role::name);
    }

    /**
     * Returns the label of the accessibility features.
     *
     * @return the label, not null
     */
    public String accessibility() {
        return practical.accessibility();
    }

    /**
     * Returns an accessibility feature's label ("accès de plain-pied", "step-free access").
     *
     * @param feature the feature, not null
     * @return the label, not null
     */
    public String feature(AccessFeature feature) {
        return java.util.Objects.requireNonNull(features.get(feature), feature::name);
    }

    /**
     * Returns the label of the admission ("Entrée", "Admission").
     *
     * @return the label, not null
     */
    public String admission() {
        return practical.admission();
    }

    /**
     * Returns the word for free admission ("libre et gratuite", "free").
     *
     * @return the word, not null
     */
    public String free() {
        return practical.free();
    }

    /**
     * Returns the label of the contact point.
     *
     * @return the label, not null
     */
    public String contact() {
        return practical.contact();
    }

    /**
     * Returns the label of the languages spoken.
     *
     * @return the label, not null
     */
    public String languages() {
        return practical.languages();
    }
}
