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
            // the C0 controls, DEL and the C1 controls, the two separators: each test is false for
            // every other character, accented or not, so that none is a branch the processor guesses
            if (c < ' ' || (char) (c - '\u007f') <= '\u009f' - '\u007f' || (char) (c - '\u2028') <= 1) {
                return true;
            }
        }
        return false;
    }
}
