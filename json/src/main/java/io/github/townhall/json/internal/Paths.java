package io.github.townhall.json.internal;

/** Bean Validation property paths as JSON Pointers. */
public final class Paths {
    private Paths() {}

    /**
     * Turns a Bean Validation property path into a JSON Pointer:
     * {@code sessions[2].schedule.end} becomes {@code /sessions/2/schedule/end}, a map key
     * {@code title[fr]} becomes {@code /title/fr}, the empty path the empty pointer.
     *
     * @param path the property path, not null
     * @return the JSON Pointer
     */
    public static String toPointer(String path) {
        StringBuilder pointer = new StringBuilder(path.length() + 8);
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                flush(pointer, segment);
            } else if (c == ']') {
                flush(pointer, segment);
                if (i + 1 < path.length() && path.charAt(i + 1) == '.') {
                    i++;
                }
            } else {
                segment.append(c);
            }
        }
        flush(pointer, segment);
        return pointer.toString();
    }

    private static void flush(StringBuilder pointer, StringBuilder segment) {
        if (segment.length() == 0) {
            return;
        }
        pointer.append('/');
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '~') {
                pointer.append("~0");
            } else if (c == '/') {
                pointer.append("~1");
            } else {
                pointer.append(c);
            }
        }
        segment.setLength(0);
    }
}
