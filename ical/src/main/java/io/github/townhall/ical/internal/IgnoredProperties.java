package io.github.townhall.ical.internal;

import io.github.townhall.ical.ImportIssue;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The properties of an event that mean nothing for a session, and their count in one file: the
 * import reports them in one summary issue instead of one issue per line, so that what a person
 * must act on (a rule part, an attendee list, a zone or a value that lost meaning) stands out.
 *
 * <p>Ignored on purpose, because they describe the calendar of the person who exported the file,
 * not the meeting:
 *
 * <ul>
 *   <li>{@code PRIORITY}, {@code TRANSP} (busy or free), {@code COLOR}, {@code REQUEST-STATUS}:
 *       the exporter's own view and scheduling bookkeeping;
 *   <li>{@code VALARM}: a reminder the exporter set for themselves;
 *   <li>{@code X-ALT-DESC}: an HTML copy of {@code DESCRIPTION}, which is read;
 *   <li>{@code X-MICROSOFT-*} and {@code X-MS-OLK-*} (Outlook, Exchange: busy status, importance,
 *       instance type, a copy of {@code SEQUENCE}...), {@code X-MOZ-*} (Thunderbird: generation,
 *       snooze, last acknowledgement), {@code X-APPLE-*} (Apple Calendar: travel time, structured
 *       location that repeats {@code LOCATION}), {@code X-GOOGLE-*} but
 *       {@code X-GOOGLE-CONFERENCE} (Google Calendar), {@code X-EVOLUTION-*} (Evolution), {@code
 *       X-LIC-*} but {@code X-LIC-ERROR} (libical).
 * </ul>
 *
 * <p>Every other property that is not read, {@code X-} or not, keeps an issue at its line: it may
 * hold meaning ({@code X-GOOGLE-CONFERENCE} is a meeting's online link, {@code X-LIC-ERROR} a
 * value libical could not read, {@code ATTACH} a document).
 */
final class IgnoredProperties {
    /** The most names the summary lists; the count covers all. */
    static final int MAX_NAMES = 20;

    /** The longest name the summary shows whole. */
    private static final int MAX_NAME_LENGTH = 60;

    private static final Set<String> NAMES = Set.of("PRIORITY", "TRANSP", "COLOR", "REQUEST-STATUS", "X-ALT-DESC");

    private static final String[] PREFIXES = {
        "X-MICROSOFT-", "X-MS-OLK-", "X-MOZ-", "X-APPLE-", "X-GOOGLE-", "X-EVOLUTION-", "X-LIC-"
    };

    private static final Set<String> KEPT = Set.of("X-GOOGLE-CONFERENCE", "X-LIC-ERROR");

    private final Set<String> seen = new LinkedHashSet<>();
    private int properties;
    private int components;
    private int firstLine;
    private boolean moreNames;

    /**
     * Returns whether a property of an event means nothing for a session.
     *
     * @param name the property name in upper case, not null
     * @return true when it is ignored with the others
     */
    static boolean isIgnored(String name) {
        if (NAMES.contains(name)) {
            return true;
        }
        if (name.length() < 6 || name.charAt(0) != 'X' || name.charAt(1) != '-' || KEPT.contains(name)) {
            return false;
        }
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether a component inside an event means nothing for a session.
     *
     * @param name the component name in upper case, not null
     * @return true when it is ignored with the properties
     */
    static boolean isIgnoredComponent(String name) {
        return name.equals("VALARM");
    }

    /**
     * Counts an ignored property.
     *
     * @param name its name, not null
     * @param line its line
     */
    void property(String name, int line) {
        properties++;
        note(name, line);
    }

    /**
     * Counts an ignored component.
     *
     * @param name its name, not null
     * @param line its line
     */
    void component(String name, int line) {
        components++;
        note(name, line);
    }

    private void note(String name, int line) {
        if (firstLine == 0 || line < firstLine) {
            firstLine = line;
        }
        String shown = name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) + "…" : name;
        if (seen.size() < MAX_NAMES) {
            seen.add(shown);
        } else if (!seen.contains(shown)) {
            moreNames = true;
        }
    }

    /**
     * The summary of the file, at the line of the first ignored property: "10 properties
     * ignored: PRIORITY, TRANSP, ...".
     *
     * @return the issue, or null when nothing was ignored
     */
    @Nullable
    ImportIssue summary() {
        int total = properties + components;
        if (total == 0) {
            return null;
        }
        String what = components == 0
                ? (total == 1 ? "property" : "properties")
                : properties == 0 ? (total == 1 ? "component" : "components") : "properties and components";
        StringBuilder message = new StringBuilder()
                .append(total)
                .append(' ')
                .append(what)
                .append(" ignored: ")
                .append(String.join(", ", seen));
        if (moreNames) {
            message.append(", ...");
        }
        return new ImportIssue(firstLine, "", "", message.toString());
    }
}
