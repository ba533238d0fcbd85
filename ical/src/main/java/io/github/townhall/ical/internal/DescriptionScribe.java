package io.github.townhall.ical.internal;

import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.organisation.Partnership;
import io.github.townhall.people.Affiliation;
import io.github.townhall.people.ContactPoint;
import io.github.townhall.people.Person;
import io.github.townhall.place.AccessFeature;
import io.github.townhall.place.Venue;
import io.github.townhall.session.Admission;
import io.github.townhall.session.AgendaItem;
import io.github.townhall.session.Link;
import io.github.townhall.session.PracticalDetails;
import io.github.townhall.session.Registration;
import io.github.townhall.session.Session;
import io.github.townhall.session.Speaker;
import io.github.townhall.text.Text;
import java.math.BigDecimal;
import java.net.URI;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * DESCRIPTION in the chosen language: the guiding questions, the free description, the speakers
 * with their roles and organisations, the partner organisations with their roles, the agenda, the
 * links, how to register, and the practical details (accessibility of the venue and the session,
 * admission, contact point, languages spoken). Organisations are named from the archive's
 * directory; an entry the directory lacks is left out. Attendance and the roles people held are
 * never written.
 */
final class DescriptionScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        out.start("DESCRIPTION").language(event.language());
        out.beginText();
        Paragraphs text = new Paragraphs(out);
        describe(event, text);
        if (text.anyOut) {
            out.endText();
        } else {
            out.dropText();
        }
    }

    /**
     * Composes the DESCRIPTION straight into the line being written: paragraphs separated by a
     * blank line, each made of lines, the last line break of a paragraph left out. The characters
     * given are those of the text the paragraphs make; the writer escapes and folds them.
     */
    static final class Paragraphs {
        private final ContentLineWriter out;
        /** Whether the text so far is not empty. */
        boolean anyOut;
        /** Whether the current paragraph has any character, its last line break included. */
        private boolean blockNonEmpty;
        /** Whether the current paragraph's separator has been written. */
        private boolean blockStarted;
        /** Whether the current paragraph ends with a line break not written yet. */
        private boolean pendingNewline;

        Paragraphs(ContentLineWriter out) {
            this.out = out;
        }

        /** Adds characters to the current paragraph. */
        Paragraphs add(String piece) {
            if (piece.isEmpty()) {
                return this;
            }
            beforePiece();
            out.append(piece);
            return this;
        }

        /** Adds a number to the current paragraph. */
        Paragraphs add(long number) {
            beforePiece();
            out.append(number);
            return this;
        }

        private void beforePiece() {
            open();
            if (pendingNewline) {
                out.appendLineBreak();
                pendingNewline = false;
            }
            blockNonEmpty = true;
        }

        /** Ends a line of the current paragraph. */
        Paragraphs newline() {
            if (pendingNewline) {
                open();
                out.appendLineBreak();
            }
            pendingNewline = true;
            blockNonEmpty = true;
            return this;
        }

        /** Ends the current paragraph, without its last line break. */
        void paragraph() {
            if (!blockNonEmpty) {
                return;
            }
            if (!blockStarted && anyOut) {
                out.appendLineBreak().appendLineBreak();
            }
            blockNonEmpty = false;
            blockStarted = false;
            pendingNewline = false;
        }

        /** Adds a paragraph of its own, outside the paragraph being built (which is empty). */
        void whole(String text) {
            if (!text.isEmpty()) {
                if (anyOut) {
                    out.appendLineBreak().appendLineBreak();
                }
                out.append(text);
                anyOut = true;
            }
        }

        private void open() {
            if (!blockStarted) {
                blockStarted = true;
                if (anyOut) {
                    out.appendLineBreak().appendLineBreak();
                }
                anyOut = true;
            }
        }
    }

    static void describe(EventContext event, Paragraphs out) {
        Session session = event.session();
        Labels labels = event.labels();
        boolean titled = session.title() != null;
        List<Text> questions = session.questions();
        for (int i = titled ? 0 : 1; i < questions.size(); i++) {
            out.add(event.text(questions.get(i))).newline();
        }
        out.paragraph();
        Text description = session.description();
        if (description != null) {
            out.whole(event.text(description));
        }
        if (!session.speakers().isEmpty()) {
            out.add(labels.speakers()).add(labels.colonAtLineEnd()).newline();
            List<Speaker> speakers = session.speakers();
            for (int i = 0; i < speakers.size(); i++) {
                Speaker speaker = speakers.get(i);
                out.add("- ");
                speaker(event, speaker, out);
                out.newline();
            }
            out.paragraph();
        }
        boolean partnersListed = false;
        for (Partnership partner : session.partners()) {
            ListedOrganisation listed = event.listed(partner.organisation());
            if (listed == null) {
                continue;
            }
            if (!partnersListed) {
                out.add(labels.partners()).add(labels.colonAtLineEnd()).newline();
                partnersListed = true;
            }
            out.add("- ")
                    .add(listed.name())
                    .add(" (")
                    .add(labels.partnerRole(partner.role()))
                    .add(")")
                    .newline();
        }
        out.paragraph();
        if (!session.agenda().isEmpty()) {
            out.add(labels.agenda()).add(labels.colonAtLineEnd()).newline();
            agenda(event, session.agenda(), new int[4], 0, out);
            out.paragraph();
        }
        URI url = event.url();
        boolean listed = false;
        List<Link> links = session.links();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            Text title = link.title();
            URI uri = link.uri();
            if (title == null && (uri == null || uri.equals(url))) {
                continue;
            }
            if (!listed) {
                out.add(labels.links()).add(labels.colonAtLineEnd()).newline();
                listed = true;
            }
            out.add("- ");
            if (title != null) {
                out.add(event.text(title));
            }
            if (uri != null) {
                out.add(title != null ? labels.colon() : "").add(uri.toString());
            }
            Text linkDescription = link.description();
            if (linkDescription != null) {
                out.add(" (").add(event.text(linkDescription)).add(")");
            }
            out.newline();
        }
        if (listed) {
            out.paragraph();
        }
        Registration registration = session.registration();
        URI registrationLink = registration != null ? registration.link() : null;
        Integer capacity = registration != null ? registration.capacity() : null;
        if (registrationLink != null || capacity != null) {
            out.add(labels.registration()).add(labels.colon());
            if (registrationLink != null) {
                out.add(registrationLink.toString());
            }
            if (capacity != null) {
                out.add(registrationLink != null ? " " : "")
                        .add("(")
                        .add(capacity)
                        .add(" ")
                        .add(labels.places())
                        .add(")");
            }
            out.paragraph();
        }
        practical(event, out);
        out.paragraph();
        URI page = event.page();
        if (page != null) {
            out.add(labels.page()).add(labels.colon()).add(page.toString());
            out.paragraph();
        }
    }

    /** One line per practical detail the session has: accessibility, admission, contact, languages. */
    private static void practical(EventContext event, Paragraphs block) {
        Session session = event.session();
        Labels labels = event.labels();
        PracticalDetails details = session.practical();
        Venue venue = session.venue();
        List<AccessFeature> atVenue = venue != null ? venue.accessibility() : List.of();
        List<AccessFeature> forSession = details != null ? details.accessibility() : List.of();
        if (!atVenue.isEmpty() || !forSession.isEmpty()) {
            Set<AccessFeature> features = EnumSet.noneOf(AccessFeature.class);
            features.addAll(atVenue);
            features.addAll(forSession);
            List<String> names = new ArrayList<>(features.size());
            for (AccessFeature feature : features) {
                names.add(labels.feature(feature));
            }
            labelled(labels, labels.accessibility(), String.join(", ", names), block);
        }
        if (details == null) {
            return;
        }
        Admission admission = details.admission();
        if (admission instanceof Admission.Free) {
            labelled(labels, labels.admission(), labels.free(), block);
        } else if (admission instanceof Admission.Paid paid) {
            String price = price(paid.amount(), paid.currency(), event.language());
            Text note = paid.note();
            labelled(labels, labels.admission(), note != null ? price + " (" + event.text(note) + ")" : price, block);
        }
        ContactPoint contact = details.contact();
        if (contact != null) {
            List<String> parts = new ArrayList<>(3);
            addPart(contact.name(), parts);
            addPart(contact.email(), parts);
            addPart(contact.phone(), parts);
            if (!parts.isEmpty()) {
                labelled(labels, labels.contact(), String.join(", ", parts), block);
            }
        }
        List<String> languages = new ArrayList<>(details.languages().size());
        for (Locale spoken : details.languages()) {
            String name = spoken.getDisplayName(event.language());
            if (!name.isBlank() && !languages.contains(name)) {
                languages.add(name);
            }
        }
        if (!languages.isEmpty()) {
            labelled(labels, labels.languages(), String.join(", ", languages), block);
        }
    }

    private static void labelled(Labels labels, String label, String value, Paragraphs block) {
        block.add(label).add(labels.colon()).add(value).newline();
    }

    private static void addPart(@Nullable String part, List<String> parts) {
        if (part != null && !part.isBlank()) {
            parts.add(part.strip());
        }
    }

    /**
     * Formats a price for a language: {@code 5,00 €} in French, {@code €5.00} in English; never
     * rounded (more decimals than the currency uses are kept), and a letter symbol is kept apart
     * from the digits ({@code CHF 5.00}).
     *
     * @param amount the amount, not null
     * @param currency its currency, not null
     * @param language the language of the feed, not null
     * @return the price, not null
     */
    static String price(BigDecimal amount, Currency currency, Locale language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language);
        format.setCurrency(currency);
        int scale = Math.max(0, amount.stripTrailingZeros().scale());
        if (scale > format.getMaximumFractionDigits()) {
            format.setMaximumFractionDigits(scale);
        }
        String formatted = format.format(amount);
        StringBuilder spaced = new StringBuilder(formatted.length() + 1);
        for (int i = 0; i < formatted.length(); i++) {
            char c = formatted.charAt(i);
            if (i > 0) {
                char previous = formatted.charAt(i - 1);
                if ((Character.isLetter(previous) && Character.isDigit(c))
                        || (Character.isDigit(previous) && Character.isLetter(c))) {
                    spaced.append('\u00a0');
                }
            }
            spaced.append(c);
        }
        return spaced.toString();
    }

    private static void speaker(EventContext event, Speaker speaker, Paragraphs out) {
        Person person = speaker.person();
        out.add(person.name());
        out.add(" (").add(event.labels().role(speaker.role())).add(")");
        Text title = person.title();
        if (title != null) {
            out.add(", ").add(event.text(title));
        }
        OrganisationId organisation = speaker.organisation();
        ListedOrganisation listed = organisation != null ? event.listed(organisation) : null;
        Affiliation affiliation = person.affiliation();
        if (listed != null) {
            out.add(", ").add(listed.name());
            Text mission = listed.mission();
            if (mission != null) {
                out.add(" – ").add(event.text(mission));
            }
        } else if (affiliation != null) {
            out.add(", ").add(affiliation.name());
            Text mission = affiliation.mission();
            if (mission != null) {
                out.add(" – ").add(event.text(mission));
            }
        }
        String city = person.city();
        if (city != null) {
            out.add(", ").add(city);
        }
    }

    /**
     * Writes agenda items numbered after their parents ({@code 2.1.}): {@code path} holds the
     * numbers of the parents, {@code depth} of them.
     */
    private static void agenda(EventContext event, List<AgendaItem> items, int[] path, int depth, Paragraphs out) {
        int[] numbers = depth < path.length ? path : Arrays.copyOf(path, 2 * path.length);
        for (int index = 0; index < items.size(); index++) {
            AgendaItem item = items.get(index);
            int number = index + 1;
            numbers[depth] = number;
            indent(depth, out);
            for (int k = 0; k <= depth; k++) {
                out.add(numbers[k]).add(".");
            }
            out.add(" ").add(event.text(item.title()));
            Duration duration = item.duration();
            if (duration != null) {
                out.add(" (").add(duration.toMinutes()).add(" min)");
            }
            out.newline();
            Text notes = item.notes();
            if (notes != null) {
                indent(depth + 1, out);
                out.add(event.text(notes)).newline();
            }
            agenda(event, item.items(), numbers, depth + 1, out);
        }
    }

    private static void indent(int depth, Paragraphs out) {
        for (int k = 0; k < depth; k++) {
            out.add("  ");
        }
    }
}
