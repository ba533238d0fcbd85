package io.github.townhall.ical.internal;

import io.github.townhall.people.Affiliation;
import io.github.townhall.people.Person;
import io.github.townhall.session.AgendaItem;
import io.github.townhall.session.Link;
import io.github.townhall.session.Registration;
import io.github.townhall.session.Session;
import io.github.townhall.session.Speaker;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * DESCRIPTION in the chosen language: the guiding questions, the free description, the speakers
 * with their roles and organisations, the agenda, the links and how to register.
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
        return out.toString();
    }

    private static void speaker(EventContext event, Speaker speaker, StringBuilder out) {
        Person person = speaker.person();
        out.append(person.name());
        out.append(" (").append(event.labels().role(speaker.role())).append(')');
        Text title = person.title();
        if (title != null) {
            out.append(", ").append(event.text(title));
        }
        Affiliation affiliation = person.affiliation();
        if (affiliation != null) {
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
