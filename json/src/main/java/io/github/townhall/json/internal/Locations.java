package io.github.townhall.json.internal;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where each value of a document is: JSON Pointer to line and column. Made only when a record
 * read from the document has validation violations to place, by a second pass over the text.
 */
public final class Locations {
    private final Map<String, int[]> places = new HashMap<>();

    private Locations() {}

    /**
     * Indexes a document; the parser is consumed and not closed.
     *
     * @param parser a parser on the document, before its first token
     * @return the index
     */
    public static Locations index(JsonParser parser) {
        Locations locations = new Locations();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                continue;
            }
            String pointer;
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                pointer = parser.streamReadContext().getParent() == null
                        ? ""
                        : parser.streamReadContext().getParent().pathAsPointer().toString();
            } else {
                pointer = parser.streamReadContext().pathAsPointer().toString();
            }
            TokenStreamLocation location = parser.currentTokenLocation();
            locations.places.putIfAbsent(pointer, new int[] {location.getLineNr(), location.getColumnNr()});
        }
        return locations;
    }

    /**
     * Finds the line and column of a pointer, or of its nearest ancestor in the document.
     *
     * @param pointer the pointer
     * @return the pointer found, its line and column
     */
    public Place find(String pointer) {
        if (!places.containsKey(pointer) && pointer.lastIndexOf('/') >= 0) {
            // A value the model names differently from the format, inside a one-member object:
            // a head count's value is written {"exact": 7} or {"approximately": 15}.
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            Map.Entry<String, int[]> only = null;
            int children = 0;
            for (Map.Entry<String, int[]> candidate : places.entrySet()) {
                String key = candidate.getKey();
                if (key.startsWith(parent + "/") && key.indexOf('/', parent.length() + 1) < 0) {
                    only = candidate;
                    children++;
                }
            }
            if (only != null && children == 1) {
                return new Place(only.getKey(), only.getValue()[0], only.getValue()[1]);
            }
        }
        String at = pointer;
        while (true) {
            int[] place = places.get(at);
            if (place != null) {
                return new Place(at, place[0], place[1]);
            }
            if (at.isEmpty()) {
                return new Place("", 0, 0);
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }

    /**
     * A place in the document.
     *
     * @param pointer the JSON Pointer found
     * @param line the line, from 1, or 0
     * @param column the column, from 1, or 0
     */
    public record Place(String pointer, int line, int column) {}
}
