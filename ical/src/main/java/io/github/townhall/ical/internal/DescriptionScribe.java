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
        String description = describe(event);
        if (!description.isEmpty()) {
            out.start("DESCRIPTION")
                    .param("LANGUAGE", event.language().toLanguageTag())
                    .text(description);
        }
    }

    static String describe(EventContext event) {
        Session session = event.session();
        Labels labels = event.labels();
        StringBuilder out = new StringBuilder();
        boolean titled = session.title() != null;
        List<Text> questions = session.questions();
        StringBuilder block = new StringBuilder();
        for (int i = titled ? 0 : 1; i < questions.size(); i++) {
            line(block, event.text(questions.get(i)));
        }
        paragraph(out, block);
        Text description = session.description();
        if (description != null) {
            String text = event.text(description);
            if (!text.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(text);
            }
        }
        if (!session.speakers().isEmpty()) {
            block.append(labels.speakers())
                    .append(labels.colon().stripTrailing())
                    .append('\n');
            for (Speaker speaker : session.speakers()) {
                block.append("- ");
                speaker(event, speaker, block);
                block.append('\n');
            }
            paragraph(out, block);
        }
        boolean partnersListed = false;
        for (Partnership partner : session.partners()) {
            ListedOrganisation listed = event.listed(partner.organisation());
            if (listed == null) {
                continue;
            }
            if (!partnersListed) {
                block.append(labels.partners())
                        .append(labels.colon().stripTrailing())
                        .append('\n');
                partnersListed = true;
            }
            block.append("- ")
                    .append(listed.name())
                    .append(" (")
                    .append(labels.partnerRole(partner.role()))
                    .append(")\n");
        }
        paragraph(out, block);
        if (!session.agenda().isEmpty()) {
            block.append(labels.agenda()).append(labels.colon().stripTrailing()).append('\n');
            agenda(event, session.agenda(), "", 0, block);
            paragraph(out, block);
        }
        URI url = event.url();
        boolean listed = false;
        for (Link link : session.links()) {
            Text title = link.title();
            URI uri = link.uri();
            if (title == null && (uri == null || uri.equals(url))) {
                continue;
            }
            if (!listed) {
                block.append(labels.links())
                        .append(labels.colon().stripTrailing())
                        .append('\n');
                listed = true;
            }
            block.append("- ");
            if (title != null) {
                block.append(event.text(title));
            }
            if (uri != null) {
                block.append(title != null ? labels.colon() : "").append(uri);
            }
            Text linkDescription = link.description();
            if (linkDescription != null) {
                block.append(" (").append(event.text(linkDescription)).append(')');
            }
            block.append('\n');
        }
        if (listed) {
            paragraph(out, block);
        }
        Registration registration = session.registration();
        URI registrationLink = registration != null ? registration.link() : null;
        Integer capacity = registration != null ? registration.capacity() : null;
        if (registrationLink != null || capacity != null) {
            block.append(labels.registration()).append(labels.colon());
            if (registrationLink != null) {
                block.append(registrationLink);
            }
            if (capacity != null) {
                block.append(registrationLink != null ? " " : "")
                        .append('(')
                        .append(capacity)
                        .append(' ')
                        .append(labels.places())
                        .append(')');
            }
            paragraph(out, block);
        }
        practical(event, block);
        paragraph(out, block);
        URI page = event.page();
        if (page != null) {
            block.append(labels.page()).append(labels.colon()).append(page);
            paragraph(out, block);
        }
        return out.toString();
    }

    /** One line per practical detail the session has: accessibility, admission, contact, languages. */
    private static void practical(EventContext event, StringBuilder block) {
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

    private static void labelled(Labels labels, String label, String value, StringBuilder block) {
        block.append(label).append(labels.colon()).append(value).append('\n');
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

    private static void speaker(EventContext event, Speaker speaker, StringBuilder out) {
        Person person = speaker.person();
        out.append(person.name());
        out.append(" (").append(event.labels().role(speaker.role())).append(')');
        Text title = person.title();
        if (title != null) {
            out.append(", ").append(event.text(title));
        }
        OrganisationId organisation = speaker.organisation();
        ListedOrganisation listed = organisation != null ? event.listed(organisation) : null;
        Affiliation affiliation = person.affiliation();
        if (listed != null) {
            out.append(", ").append(listed.name());
            Text mission = listed.mission();
            if (mission != null) {
                out.append(" – ").append(event.text(mission));
            }
        } else if (affiliation != null) {
            out.append(", ").append(affiliation.name());
            Text mission = affiliation.mission();
            if (mission != null) {
                out.append(" – ").append(event.text(mission));
            }
        }
        String city = person.city();
        if (city != null) {
            out.append(", ").append(city);
        }
    }

    private static void agenda(
            EventContext event, List<AgendaItem> items, String prefix, int depth, StringBuilder out) {
        int number = 1;
        for (AgendaItem item : items) {
            String label = prefix + number + ".";
            indent(depth, out);
            out.append(label).append(' ').append(event.text(item.title()));
            Duration duration = item.duration();
            if (duration != null) {
                out.append(" (").append(duration.toMinutes()).append(" min)");
            }
            out.append('\n');
            Text notes = item.notes();
            if (notes != null) {
                indent(depth + 1, out);
                out.append(event.text(notes)).append('\n');
            }
            agenda(event, item.items(), label, depth + 1, out);
            number++;
        }
    }

    private static void indent(int depth, StringBuilder out) {
        for (int k = 0; k < depth; k++) {
            out.append("  ");
        }
    }

    private static void line(StringBuilder out, String line) {
        out.append(line).append('\n');
    }

    private static void paragraph(StringBuilder out, StringBuilder block) {
        if (block.length() == 0) {
            return;
        }
        if (block.charAt(block.length() - 1) == '\n') {
            block.setLength(block.length() - 1);
        }
        if (out.length() > 0) {
            out.append("\n\n");
        }
        out.append(block);
        block.setLength(0);
    }
}
