package io.github.townhall.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
    static Violation at(String path) {
        return new Violation(path, "c", "m", "v");
    }

    @Test
    void sortsPathsNaturally() {
        ValidationReport report = ValidationReport.of(List.of(
                at("sessions[10].id"), at("sessions[2].title"), at("cycles[0].id"), at(""), at("sessions[2].id")));
        assertEquals(
                List.of("", "cycles[0].id", "sessions[2].id", "sessions[2].title", "sessions[10].id"),
                report.violations().stream().map(Violation::path).toList());
    }

    @Test
    void isImmutable() {
        List<Violation> list = new ArrayList<>(List.of(at("a")));
        ValidationReport report = ValidationReport.of(list);
        list.add(at("b"));
        assertEquals(1, report.violations().size());
        assertThrows(
                UnsupportedOperationException.class, () -> report.violations().add(at("c")));
    }

    @Test
    void emptyIsValid() {
        assertTrue(ValidationReport.of(List.of()).isValid());
        assertEquals("valid", ValidationReport.of(List.of()).toString());
    }

    @Test
    void equalReports() {
        assertEquals(ValidationReport.of(List.of(at("a"), at("b"))), ValidationReport.of(List.of(at("b"), at("a"))));
        assertEquals(
                ValidationReport.of(List.of(at("a"), at("b"))).hashCode(),
                ValidationReport.of(List.of(at("b"), at("a"))).hashCode());
    }

    @Test
    void violationOnTheRecordItself() {
        assertEquals("(record): m (v)", at("").toString());
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> new Violation(null, "c", "m", "v"));
        List<Violation> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> ValidationReport.of(withNull));
    }
}
