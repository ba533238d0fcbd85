package io.github.townhall.ical.internal;

import io.github.townhall.ical.ImportIssue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The issues of one import, up to a limit (the rest counted), and the properties ignored in
 * bulk.
 */
final class ImportIssues {
    private final int max;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final IgnoredProperties ignored = new IgnoredProperties();
    private int dropped;

    /**
     * Creates an empty list.
     *
     * @param max the most issues listed
     */
    ImportIssues(int max) {
        this.max = max;
    }

    /**
     * Adds an issue, or counts it past the limit.
     *
     * @param line the line of the file
     * @param uid the event's UID, or empty
     * @param property the property or component, or empty
     * @param message what happened, not null
     */
    void add(int line, String uid, String property, String message) {
        if (issues.size() < max) {
            issues.add(new ImportIssue(line, uid, property, message));
        } else {
            dropped++;
        }
    }

    /**
     * Returns the properties ignored in bulk.
     *
     * @return them, not null
     */
    IgnoredProperties ignored() {
        return ignored;
    }

    /**
     * Returns the number of issues listed so far.
     *
     * @return the count
     */
    int size() {
        return issues.size();
    }

    /**
     * Puts the issues listed since a mark in the order of their lines.
     *
     * @param from the {@link #size()} at the mark
     */
    void sortFrom(int from) {
        issues.subList(Math.min(from, issues.size()), issues.size()).sort(Comparator.comparingInt(ImportIssue::line));
    }

    /**
     * Returns the issues, with the summary of ignored properties and the count of the issues
     * not listed.
     *
     * @param lastLine the line where the file ended
     * @return the issues, not null
     */
    List<ImportIssue> finish(int lastLine) {
        ImportIssue summary = ignored.summary();
        if (summary != null) {
            issues.add(summary);
        }
        if (dropped > 0) {
            issues.add(new ImportIssue(lastLine, "", "", dropped + " more issues were found and not listed"));
        }
        return List.copyOf(issues);
    }
}
