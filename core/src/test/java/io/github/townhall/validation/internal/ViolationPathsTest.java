package io.github.townhall.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ViolationPathsTest {
    @Test
    void printsOnOneLine() {
        assertEquals("a\\nb\\r\\tc\\u0007", ViolationPaths.print("a\nb\r\tc\u0007"));
    }

    @Test
    void printsNull() {
        assertEquals("null", ViolationPaths.print(null));
    }

    @Test
    void shortensLongValues() {
        String printed = ViolationPaths.print("x".repeat(200));
        assertEquals(80, printed.length());
        assertEquals("x".repeat(79) + "…", printed);
        assertEquals("y".repeat(80), ViolationPaths.print("y".repeat(80)));
    }
}
