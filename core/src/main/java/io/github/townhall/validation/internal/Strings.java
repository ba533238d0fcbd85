package io.github.townhall.validation.internal;

import io.github.townhall.text.Text;

/** Checks on text shared by the validators. */
final class Strings {
    private Strings() {}

    /**
     * Tells whether a string is empty or only white space.
     *
     * @param value the string
     * @return true if blank
     */
    static boolean isBlank(String value) {
        return value.isBlank();
    }

    /**
     * Tells whether a string holds a control character or a line or paragraph separator.
     *
     * @param value the string
     * @return true if it cannot stand on one line
     */
    static boolean isMultiLine(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether any language of a text is multi-line.
     *
     * @param text the text
     * @return true if a value cannot stand on one line
     */
    static boolean isMultiLine(Text text) {
        return text.values().values().stream().anyMatch(Strings::isMultiLine);
    }
}
