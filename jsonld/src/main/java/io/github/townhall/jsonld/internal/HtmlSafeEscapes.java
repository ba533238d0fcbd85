package io.github.townhall.jsonld.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * JSON's own escapes plus {@code <}, {@code >}, {@code &} (as <code>&#92;u003C</code>, <code>&#92;u003E</code>,
 * <code>&#92;u0026</code>) and the line and paragraph separators U+2028 and U+2029: no text of a record can
 * then close the {@code script} element the JSON-LD stands in ({@code </script>}), open a comment
 * ({@code <!--}) or end a JavaScript line. The decoded strings are unchanged.
 */
final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private final int[] ascii;

    HtmlSafeEscapes() {
        int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
        codes['<'] = CharacterEscapes.ESCAPE_STANDARD;
        codes['>'] = CharacterEscapes.ESCAPE_STANDARD;
        codes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        this.ascii = codes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    /** {@inheritDoc} Null, Jackson's "no escape", for every character but U+2028 and U+2029. */
    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
        if (ch == 0x2028) {
            return LINE_SEPARATOR;
        }
        if (ch == 0x2029) {
            return PARAGRAPH_SEPARATOR;
        }
        return null;
    }
}
