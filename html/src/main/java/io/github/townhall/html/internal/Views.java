package io.github.townhall.html.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The views the templates render: plain values prepared from the records, every text already in
 * the page's language (or marked with its own), every address already relative or checked. The
 * templates hold no logic beyond loops and presence tests.
 */
public final class Views {
    private Views() {}

    /**
     * A text to show, with its language when it differs from the page's.
     *
     * @param value the text
     * @param lang its BCP 47 tag when not the page's language, else null
     */
    public record Txt(String value, @Nullable String lang) {}

    /**
     * Paragraphs of prose, split on blank lines; single line breaks are kept by the stylesheet.
     *
     * @param paragraphs the paragraphs
     * @param lang the text's language when not the page's, else null
     */
    public record Prose(List<String> paragraphs, @Nullable String lang) {}

    /**
     * A link: an address that is safe to follow, or none (the text is then shown alone).
     *
     * @param href the address (relative within the site, or http/https), or null
     * @param text the link's text
     */
    public record Anchor(@Nullable String href, Txt text) {}

    /**
     * A page in another language.
     *
     * @param hreflang the language tag
     * @param href the page's absolute address
     */
    public record Alternate(String hreflang, String href) {}

    /**
     * The page at the root of a site written in several languages: a link to the agenda in each.
     *
     * @param lang the page's language tag (the first site's)
     * @param title the site's name
     * @param canonical the page's absolute address
     * @param stylesheetHref the first site's stylesheet, relative
     * @param navLabel the name of the list of languages, in the page's language
     * @param alternates each language's agenda, then {@code x-default}: this page
     * @param choices the links, each in its own language
     */
    public record LanguagesView(
            String lang,
            String title,
            String canonical,
            String stylesheetHref,
            String navLabel,
            List<Alternate> alternates,
            List<Choice> choices) {}

    /**
     * A link to the site in one language, written in that language.
     *
     * @param lang the language tag
     * @param href the agenda in that language, relative
     * @param name the language's own name ("Français", "English")
     */
    public record Choice(String lang, String href, String name) {}

    /**
     * What every page has: head, header, navigation and footer.
     *
     * @param l the labels
     * @param lang the page's language tag
     * @param title the {@code <title>}
     * @param description the meta description
     * @param canonical the page's absolute address
     * @param ogType the Open Graph type
     * @param siteName the site's name
     * @param homeHref the agenda, relative
     * @param stylesheetHref the stylesheet, relative
     * @param feedHref the calendar feed, relative
     * @param alternates the page in other languages, with itself first and {@code x-default} last, or
     *     empty
     * @param jsonLd the JSON-LD script's text, checked, or null
     * @param current which navigation entry is the current page ({@code agenda} or empty)
     */
    public record Page(
            Labels l,
            String lang,
            String title,
            String description,
            String canonical,
            String ogType,
            String siteName,
            String homeHref,
            String stylesheetHref,
            String feedHref,
            List<Alternate> alternates,
            @Nullable String jsonLd,
            String current) {}

    /**
     * When something happens, ready to show.
     *
     * @param text the date (and start time)
     * @param datetime the machine-readable start, or null
     * @param endText the end time, or null
     * @param endDatetime the machine-readable end, or null
     * @param zone the time zone's name and offset, or null
     */
    public record When(
            String text,
            @Nullable String datetime,
            @Nullable String endText,
            @Nullable String endDatetime,
            @Nullable String zone) {}

    /**
     * A session in a list.
     *
     * @param href its page, relative
     * @param label what it is called
     * @param when when
     * @param status its status when worth saying (cancelled, postponed, planned), or null
     * @param place its city or place, or null
     */
    public record Item(
            String href,
            Txt label,
            When when,
            @Nullable String status,
            @Nullable String place) {}

    /**
     * Sessions of one cycle (or of none).
     *
     * @param cycle the cycle's page and title, or null for sessions outside cycles
     * @param items the sessions
     */
    public record Group(@Nullable Anchor cycle, List<Item> items) {}

    /**
     * The organisation's agenda.
     *
     * @param page the page
     * @param heading the {@code h1}
     * @param split whether there are upcoming and past sections (an {@code asOf} day was given)
     * @param asOf the day, shown, or null
     * @param upcoming upcoming sessions by cycle (with {@code split})
     * @param past past sessions by cycle, latest first (with {@code split})
     * @param all every dated session by cycle, in date order (without {@code split})
     * @param undated sessions whose date is to be set
     * @param feedUrl the feed's absolute address
     * @param description the organisation's description, or null
     * @param board the organisation's board, or empty
     */
    public record AgendaView(
            Page page,
            String heading,
            boolean split,
            @Nullable String asOf,
            List<Group> upcoming,
            List<Group> past,
            List<Group> all,
            List<Item> undated,
            String feedUrl,
            @Nullable Prose description,
            List<BoardRow> board) {}

    /**
     * A role on the organisation's board.
     *
     * @param role the role's name
     * @param holder who holds it, or null when the record does not name them
     * @param from the first day of the term, shown, or null
     * @param fromDate the first day, ISO-8601, or null
     * @param until the last day of the term, shown, or null
     * @param untilDate the last day, ISO-8601, or null
     */
    public record BoardRow(
            Txt role,
            @Nullable String holder,
            @Nullable String from,
            @Nullable String fromDate,
            @Nullable String until,
            @Nullable String untilDate) {}

    /**
     * A cycle's page.
     *
     * @param page the page
     * @param title the cycle's title
     * @param place its place, or null
     * @param description its description, or null
     * @param website its website, or null
     * @param partners the partners with their roles
     * @param topics its topics
     * @param objectives its objectives
     * @param sessions its public sessions in order
     */
    public record CycleView(
            Page page,
            Txt title,
            @Nullable String place,
            @Nullable Prose description,
            @Nullable Anchor website,
            List<Txt> partners,
            List<Txt> topics,
            List<Txt> objectives,
            List<Item> sessions) {}

    /**
     * A speaker.
     *
     * @param name the name
     * @param role the role
     * @param title the person's title, or null
     * @param organisation the organisation spoken for, or null
     * @param mission that organisation's mission, or null
     * @param city the city they come from, or null
     * @param background their background, or null
     */
    public record SpeakerView(
            String name,
            String role,
            @Nullable Txt title,
            @Nullable Anchor organisation,
            @Nullable Txt mission,
            @Nullable String city,
            @Nullable Txt background) {}

    /**
     * An agenda item, nested.
     *
     * @param title the title
     * @param duration how long, or null
     * @param durationIso the duration as ISO 8601, or null
     * @param notes what was said, or null
     * @param items the sub-items
     */
    public record Entry(
            Txt title,
            @Nullable String duration,
            @Nullable String durationIso,
            @Nullable Prose notes,
            List<Entry> items) {}

    /**
     * A proposal.
     *
     * @param title its title
     * @param kind theme or action
     * @param status where it stands
     * @param questions its guiding questions
     * @param description its description, or null
     * @param proposedBy who proposed it, or null
     */
    public record ProposalView(
            Txt title,
            String kind,
            String status,
            List<Txt> questions,
            @Nullable Prose description,
            @Nullable Txt proposedBy) {}

    /**
     * A vote's count.
     *
     * @param inFavour in favour
     * @param against against
     * @param abstentions abstentions
     */
    public record Tally(int inFavour, int against, int abstentions) {}

    /**
     * A decision.
     *
     * @param outcome what it did
     * @param statement what was decided
     * @param settles the titles of the proposals it settles
     * @param method how, or null
     * @param tally the vote, or null
     * @param reason why, or null
     * @param revisit when to revisit, or null
     * @param angle the angle chosen, or null
     */
    public record DecisionView(
            String outcome,
            Prose statement,
            List<Txt> settles,
            @Nullable String method,
            @Nullable Tally tally,
            @Nullable Txt reason,
            @Nullable Txt revisit,
            @Nullable Txt angle) {}

    /**
     * An appointment.
     *
     * @param role the role
     * @param appointee who, or null
     * @param group for which project group, or null
     * @param note a note, or null
     * @param by who appointed, or null
     */
    public record AppointmentView(
            Txt role,
            @Nullable String appointee,
            @Nullable Txt group,
            @Nullable Txt note,
            @Nullable Txt by) {}

    /**
     * A commitment.
     *
     * @param description what
     * @param by who, or null
     */
    public record CommitmentView(
            Prose description, @Nullable Txt by) {}

    /**
     * An action item.
     *
     * @param description what
     * @param owner who, or null
     * @param due when due, or null
     * @param dueDatetime the due date as ISO, or null
     * @param status where it stands
     */
    public record ActionView(
            Prose description,
            @Nullable Txt owner,
            @Nullable String due,
            @Nullable String dueDatetime,
            String status) {}

    /**
     * What a session deliberated.
     *
     * @param proposals the proposals
     * @param decisions the decisions
     * @param appointments the appointments
     * @param commitments the commitments
     * @param actions the action items
     */
    public record Deliberation(
            List<ProposalView> proposals,
            List<DecisionView> decisions,
            List<AppointmentView> appointments,
            List<CommitmentView> commitments,
            List<ActionView> actions) {
        /** {@return whether there is nothing} */
        public boolean isEmpty() {
            return proposals.isEmpty()
                    && decisions.isEmpty()
                    && appointments.isEmpty()
                    && commitments.isEmpty()
                    && actions.isEmpty();
        }
    }

    /**
     * A profile present.
     *
     * @param profile the profile
     * @param count how many, or null
     */
    public record ProfileRow(Txt profile, @Nullable String count) {}

    /**
     * Who came.
     *
     * @param count the head count, or null
     * @param profiles the profiles
     * @param note a note, or null
     * @param attendees the attendance list (only when the option says so), or empty
     */
    public record AttendanceView(
            @Nullable String count,
            List<ProfileRow> profiles,
            @Nullable Txt note,
            List<String> attendees) {}

    /**
     * Where the minutes stand.
     *
     * @param text the state
     * @param page the minutes page, relative, or null
     * @param external where they are published or will appear, or null
     * @param note a note, or null
     */
    public record MinutesState(
            String text,
            @Nullable String page,
            @Nullable Anchor external,
            @Nullable Txt note) {}

    /**
     * The next session as announced.
     *
     * @param link its page and name, or null when it has no page
     * @param when when, or null
     * @param venue where, or empty
     * @param topic about what, or null
     */
    public record NextView(
            @Nullable Anchor link,
            @Nullable When when,
            List<String> venue,
            @Nullable Txt topic) {}

    /**
     * An external link.
     *
     * @param kind what it points to
     * @param anchor the address (when safe) and title
     * @param description a note, or null
     * @param organiser who runs the linked event, or null
     * @param note why there is no address, or null
     */
    public record LinkView(
            String kind,
            Anchor anchor,
            @Nullable Prose description,
            @Nullable String organiser,
            @Nullable String note) {}

    /**
     * Practical details.
     *
     * @param admission what it costs, or null
     * @param admissionNote a note on the price, or null
     * @param contactName whom to ask, or null
     * @param email an e-mail address, or null
     * @param emailHref its {@code mailto:} address when well-formed, or null
     * @param phone a phone number, or null
     * @param languages the languages spoken
     * @param registration whether and how to register, or null
     * @param capacity how many places, or null
     * @param registrationHref where to register, or null
     */
    public record PracticalView(
            @Nullable String admission,
            @Nullable Txt admissionNote,
            @Nullable String contactName,
            @Nullable String email,
            @Nullable String emailHref,
            @Nullable String phone,
            List<String> languages,
            @Nullable String registration,
            @Nullable String capacity,
            @Nullable String registrationHref) {}

    /**
     * An announcement about a session.
     *
     * @param date when it was made
     * @param datetime the day as ISO
     * @param text what it says
     * @param href where it was published, when safe, or null
     * @param channel where it was made (a social network, the website), or null
     */
    public record AnnouncementView(
            String date,
            String datetime,
            Txt text,
            @Nullable String href,
            @Nullable String channel) {}

    /**
     * A session's page.
     *
     * @param page the page
     * @param heading the {@code h1}
     * @param format the kind of gathering
     * @param status the status
     * @param notice what changed (cancelled, postponed, moved), or null
     * @param earlier the earlier dates of a moved session
     * @param cycle its cycle's page, with its position, or null
     * @param when when
     * @param venue the venue's parts, one a line
     * @param venueOrganisation the organisation owning the venue, or null
     * @param online the online link, or null
     * @param accessibility the accessibility offered (venue and session)
     * @param questions the guiding questions
     * @param description the description, or null
     * @param objectives the objectives
     * @param topics the topics
     * @param speakers the speakers
     * @param partners the partners with their roles
     * @param agenda the agenda
     * @param deliberation proposals, decisions, appointments, commitments, action items
     * @param attendance who came, or null
     * @param roles who held meeting roles
     * @param minutes where the minutes stand, or null when there are none
     * @param next the next session, or null
     * @param links the links
     * @param practical the practical details, or null
     * @param icsHref the session's own calendar file, relative, or null
     * @param announcements the organisation's announcements about the session, by date
     */
    public record SessionView(
            Page page,
            Txt heading,
            String format,
            String status,
            @Nullable String notice,
            List<When> earlier,
            @Nullable Anchor cycle,
            When when,
            List<String> venue,
            @Nullable Anchor venueOrganisation,
            @Nullable String online,
            List<String> accessibility,
            List<Txt> questions,
            @Nullable Prose description,
            List<Txt> objectives,
            List<Txt> topics,
            List<SpeakerView> speakers,
            List<Txt> partners,
            List<Entry> agenda,
            Deliberation deliberation,
            @Nullable AttendanceView attendance,
            List<Txt> roles,
            @Nullable MinutesState minutes,
            @Nullable NextView next,
            List<LinkView> links,
            @Nullable PracticalView practical,
            @Nullable String icsHref,
            List<AnnouncementView> announcements) {}

    /**
     * A minutes page (compte-rendu).
     *
     * @param page the page
     * @param heading the {@code h1}
     * @param session the session's page and name
     * @param when when the session took place
     * @param venue where, one part a line
     * @param state published or approved, with the day
     * @param external where the minutes are published elsewhere, or null
     * @param attendance who came, or null
     * @param organisation the organisation's name
     * @param purposes the organisation's purposes
     * @param roles who held meeting roles
     * @param agenda the agenda with notes
     * @param deliberation proposals, decisions, appointments, commitments, action items
     * @param next the next session, or null
     * @param text the minutes' own text, or null
     */
    public record MinutesView(
            Page page,
            Txt heading,
            Anchor session,
            When when,
            List<String> venue,
            String state,
            @Nullable Anchor external,
            @Nullable AttendanceView attendance,
            String organisation,
            List<Txt> purposes,
            List<Txt> roles,
            List<Entry> agenda,
            Deliberation deliberation,
            @Nullable NextView next,
            @Nullable Prose text) {}
}
