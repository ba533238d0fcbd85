package io.github.townhall.validation;

import io.github.townhall.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every broken rule of one record, found in one pass, sorted by path.
 *
 * <pre>{@code
 * ValidationReport report = RecordValidator.create(Locale.FRENCH).validate(archive);
 * if (!report.isValid()) {
 *     System.out.println(report);
 * }
 * }</pre>
 *
 * <p>Paths sort in natural order ({@code sessions[2]} before {@code sessions[10]}), then by
 * constraint and message. Immutable and thread-safe.
 *
 * @param violations every violation, sorted by path (an unmodifiable list, empty when valid)
 *
 * @since 0.1
 */
public record ValidationReport(List<Violation> violations) {
    private static final Comparator<Violation> ORDER = Comparator.comparing(
                    Violation::path, ValidationReport::comparePaths)
            .thenComparing(Violation::constraint)
            .thenComparing(Violation::message)
            .thenComparing(Violation::invalidValue);
    private static final ValidationReport VALID = new ValidationReport(List.of());

    /**
     * Creates a report of the given violations, sorted by path.
     *
     * @param violations the violations in any order, not null, no null element
     * @throws NullPointerException if the list or an element is null
     */
    public ValidationReport {
        List<Violation> sorted = new ArrayList<>(Checks.copy(violations, "violations"));
        sorted.sort(ORDER);
        violations = sorted.isEmpty() ? List.of() : List.copyOf(sorted);
    }

    /**
     * Obtains a report of the given violations, sorted by path.
     *
     * @param violations the violations in any order, not null, no null element
     * @return the report, not null
     * @throws NullPointerException if the collection or an element is null
     */
    public static ValidationReport of(Collection<Violation> violations) {
        return Objects.requireNonNull(violations, "violations").isEmpty()
                ? VALID
                : new ValidationReport(List.copyOf(violations));
    }

    /** {@return true if there is no violation} */
    public boolean isValid() {
        return violations.isEmpty();
    }

    /**
     * Returns the violations at one path.
     *
     * @param path the property path ({@code sessions[0].schedule.end}), not null
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<Violation> violationsAt(String path) {
        Objects.requireNonNull(path, "path");
        return violations.stream().filter(v -> v.path().equals(path)).toList();
    }

    /**
     * Returns the report, one violation a line ({@code path: message (value)}), or
     * {@code "valid"}.
     *
     * @return the printed report, not null
     */
    @Override
    public String toString() {
        if (violations.isEmpty()) {
            return "valid";
        }
        StringBuilder out = new StringBuilder();
        for (Violation violation : violations) {
            if (out.length() > 0) {
                out.append(System.lineSeparator());
            }
            out.append(violation);
        }
        return out.toString();
    }

    /** Compares paths with runs of digits compared as numbers. */
    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = i;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                int endB = j;
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                String numberA = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
                String numberB = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
                int compare = numberA.length() != numberB.length()
                        ? Integer.compare(numberA.length(), numberB.length())
                        : numberA.compareTo(numberB);
                if (compare != 0) {
                    return compare;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
