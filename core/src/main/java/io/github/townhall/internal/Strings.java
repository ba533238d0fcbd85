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
        for (int i = 0, length = value.length(); i < length; i++) {
            char c = value.charAt(i);
            if (c < ' ') {
                return true;
            } else if (c >= '\u007f' && (c <= '\u009f' || c == '\u2028' || c == '\u2029')) {
                return true; // the other ISO controls, then the two separators
            }
        }
        return false;
    }
}
