package io.github.townhall.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class StringsTest {
    @Test
    void aStringIsMultiLineExactlyWhenItHoldsAControlCharacterOrASeparator() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean expected = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            String alone = String.valueOf((char) c);
            assertEquals(expected, Strings.isMultiLine(alone), () -> "U+" + Integer.toHexString(alone.charAt(0)));
            String inside = "Soirée " + alone + " débat";
            assertEquals(
                    expected, Strings.isMultiLine(inside), () -> "inside, U+" + Integer.toHexString(alone.charAt(0)));
        }
        assertFalse(Strings.isMultiLine(""));
        assertFalse(Strings.isMultiLine("Salle 21, \u00e9t\u00e9 \u2027 \u202a \ud83d\ude42"));
    }
}
