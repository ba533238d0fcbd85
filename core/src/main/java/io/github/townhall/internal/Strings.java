package io.github.townhall.internal;

/**
 * Checks on strings shared by the constraint validators. Not part of the API.
 */
public final class Strings {
    private Strings() {}

    /**
     * Tells whether a string holds a control character or a line or paragraph separator.
     *
     * @param value the string
     * @return true if it cannot stand on one line
     */
    public static boolean isMultiLine(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
