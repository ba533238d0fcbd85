package io.github.townhall.ical.internal;

import io.github.townhall.people.Person;
import io.github.townhall.session.AgendaItem;
import io.github.townhall.session.Link;
import io.github.townhall.session.Session;
import io.github.townhall.session.Speaker;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.Duration;
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
        session.description().map(event::text).filter(text -> !text.isEmpty()).ifPresent(text -> {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(text);
        });
        if (!session.speakers().isEmpty()) {
            block.append(labels.speakers())
                    .append(labels.colon().stripTrailing())
                    .append('\n');
            for (Speaker speaker : session.speakers()) {
                line(block, "- " + speaker(event, speaker));
            }
            paragraph(out, block);
        }
        if (!session.agenda().isEmpty()) {
            block.append(labels.agenda()).append(labels.colon().stripTrailing()).append('\n');
            agenda(event, session.agenda(), "", block);
            paragraph(out, block);
        }
        Optional<URI> url = event.url();
        List<Link> listed = session.links().stream()
                .filter(link -> link.title() != null || (link.uri() != null && !url.equals(Optional.of(link.uri()))))
                .toList();
        if (!listed.isEmpty()) {
            block.append(labels.links()).append(labels.colon().stripTrailing()).append('\n');
            for (Link link : listed) {
                StringBuilder item = new StringBuilder("- ");
                if (link.title() != null) {
                    item.append(event.text(link.title()));
                }
                if (link.uri() != null) {
                    item.append(link.title() != null ? labels.colon() : "").append(link.uri());
                }
                if (link.description() != null) {
                    item.append(" (").append(event.text(link.description())).append(')');
                }
                line(block, item.toString());
            }
            paragraph(out, block);
        }
        session.registration()
                .filter(r -> r.link() != null || r.capacity() != null)
                .ifPresent(r -> {
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
                });
        return out.toString();
    }

    private static String speaker(EventContext event, Speaker speaker) {
        Person person = speaker.person();
        StringBuilder out = new StringBuilder(person.name());
        out.append(" (").append(event.labels().role(speaker.role())).append(')');
        person.title().ifPresent(title -> out.append(", ").append(event.text(title)));
        person.affiliation().ifPresent(affiliation -> {
            out.append(", ").append(affiliation.name());
            if (affiliation.mission() != null) {
                out.append(" – ").append(event.text(affiliation.mission()));
            }
        });
        person.city().ifPresent(city -> out.append(", ").append(city));
        return out.toString();
    }

    private static void agenda(EventContext event, List<AgendaItem> items, String prefix, StringBuilder out) {
        int number = 1;
        for (AgendaItem item : items) {
            String label = prefix + number + ".";
            StringBuilder line = new StringBuilder();
            line.append("  ".repeat(prefix.isEmpty() ? 0 : prefix.split("\\.").length))
                    .append(label)
                    .append(' ')
                    .append(event.text(item.title()));
            if (item.duration() != null) {
                line.append(" (").append(minutes(item.duration())).append(')');
            }
            line(out, line.toString());
            if (item.notes() != null) {
                line(out, "  ".repeat(label.split("\\.").length) + event.text(item.notes()));
            }
            agenda(event, item.items(), label, out);
            number++;
        }
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() + " min";
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
