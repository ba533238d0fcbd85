package io.github.townhall.ical.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The limits of one import, and the checks that stop it with an error naming the limit, the line
 * and the method that changes it.
 *
 * @param input the most characters read
 * @param line the most characters of one unfolded content line
 * @param events the most events
 * @param timezones the most VTIMEZONE components
 * @param issues the most issues listed
 */
public record ImportLimits(long input, int line, int events, int timezones, int issues) {
    /** The most properties one component may hold. */
    public static final int MAX_PROPERTIES = 10_000;

    /** The deepest components may nest below VCALENDAR (VEVENT is 1, its VALARM 2). */
    public static final int MAX_DEPTH = 8;

    /** The most topics one event gives (CATEGORIES values); the rest is reported, not kept. */
    public static final int MAX_TOPICS = 200;

    /**
     * How recurring events are expanded: the occurrence limits and the window.
     *
     * @param perRule the most occurrences of one recurring event
     * @param perFile the most occurrences of all recurring events of one file
     * @param from the earliest occurrence start kept, inclusive, or null for the DTSTART
     * @param to the latest occurrence start kept, exclusive, or null for the rule's end or the horizon
     */
    public record Recurrence(
            int perRule,
            int perFile,
            @Nullable Instant from,
            @Nullable Instant to) {}

    /** Stops the import when a component would nest deeper than {@link #MAX_DEPTH}. */
    static void checkDepth(List<String> stack, String name, int line) {
        if (stack.size() >= MAX_DEPTH) {
            throw ImportAbort.limit(
                    "Components nested more than " + MAX_DEPTH + " deep: " + name + " inside "
                            + String.join(" > ", stack),
                    line);
        }
    }

    /** Stops the import at the event past the limit. */
    void checkEvents(int count, int at) {
        if (count > events) {
            throw ImportAbort.limit(
                    "More than " + events + " events in one file: the limit is IcalReader.withMaxEvents(int)", at);
        }
    }

    /** Stops the import at the VTIMEZONE past the limit. */
    void checkTimezones(int count, int at) {
        if (count > timezones) {
            throw ImportAbort.limit(
                    "More than " + timezones + " VTIMEZONE components in one file: the limit is"
                            + " IcalReader.withMaxTimezones(int)",
                    at);
        }
    }

    /** Stops the import at the property past {@link #MAX_PROPERTIES} in one component. */
    static void checkProperties(int count, String component, int at) {
        if (count > MAX_PROPERTIES) {
            throw ImportAbort.limit("More than " + MAX_PROPERTIES + " properties in one " + component, at);
        }
    }

    /** Stops the import at the character past the file's limit. */
    void checkInput(long count, int at) {
        if (count > input) {
            throw ImportAbort.limit(
                    "The file is longer than " + input + " characters: the limit is"
                            + " IcalReader.withMaxInputLength(long)",
                    at);
        }
    }

    /** Stops the import at the character past the limit of one unfolded line. */
    void checkLine(int length, int at) {
        if (length > line) {
            throw ImportAbort.limit(
                    "A content line is longer than " + line + " characters: the limit is"
                            + " IcalReader.withMaxLineLength(int)",
                    at);
        }
    }
}
