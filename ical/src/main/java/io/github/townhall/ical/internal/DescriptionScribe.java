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
import java.util.List;
import java.util.Optional;

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
        boolean titled = session.title().isPresent();
        List<Text> questions = session.questions();
        StringBuilder block = new StringBuilder();
        for (int i = titled ? 0 : 1; i < questions.size(); i++) {
            line(block, event.text(questions.get(i)));
        }
        paragraph(out, block);
        if (session.description().isPresent()) {
            String text = event.text(session.description().get());
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
        Optional<URI> url = event.url();
        boolean listed = false;
        for (Link link : session.links()) {
            if (link.title() == null && (link.uri() == null || url.equals(Optional.of(link.uri())))) {
                continue;
            }
            if (!listed) {
                block.append(labels.links())
                        .append(labels.colon().stripTrailing())
                        .append('\n');
                listed = true;
            }
            block.append("- ");
            if (link.title() != null) {
                block.append(event.text(link.title()));
            }
            if (link.uri() != null) {
                block.append(link.title() != null ? labels.colon() : "").append(link.uri());
            }
            if (link.description() != null) {
                block.append(" (").append(event.text(link.description())).append(')');
            }
            block.append('\n');
        }
        if (listed) {
            paragraph(out, block);
        }
        Registration r = session.registration().orElse(null);
        if (r != null && (r.link() != null || r.capacity() != null)) {
            block.append(labels.registration()).append(labels.colon());
            if (r.link() != null) {
                block.append(r.link());
            }
            if (r.capacity() != null) {
                block.append(r.link() != null ? " " : "")
                        .append('(')
                        .append(r.capacity())
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
        if (person.title().isPresent()) {
            out.append(", ").append(event.text(person.title().get()));
        }
        if (person.affiliation().isPresent()) {
            Affiliation affiliation = person.affiliation().get();
            out.append(", ").append(affiliation.name());
            if (affiliation.mission() != null) {
                out.append(" – ").append(event.text(affiliation.mission()));
            }
        }
        if (person.city().isPresent()) {
            out.append(", ").append(person.city().get());
        }
    }

    private static void agenda(
            EventContext event, List<AgendaItem> items, String prefix, int depth, StringBuilder out) {
        int number = 1;
        for (AgendaItem item : items) {
            String label = prefix + number + ".";
            indent(depth, out);
            out.append(label).append(' ').append(event.text(item.title()));
            if (item.duration() != null) {
                out.append(" (").append(item.duration().toMinutes()).append(" min)");
            }
            out.append('\n');
            if (item.notes() != null) {
                indent(depth + 1, out);
                out.append(event.text(item.notes())).append('\n');
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
