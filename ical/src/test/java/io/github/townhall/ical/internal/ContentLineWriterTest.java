package io.github.townhall.ical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentLineWriterTest {
    /** The value of a TEXT line as the writer writes it, unfolded. */
    private static String written(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ContentLineWriter lines = new ContentLineWriter(out);
        lines.textLine("X", text);
        lines.flush();
        String line = out.toString(StandardCharsets.UTF_8).replace("\r\n ", "");
        assertTrue(line.startsWith("X:") && line.endsWith("\r\n"), line);
        return line.substring(2, line.length() - 2);
    }

    /** RFC 5545's escaping of a TEXT value, spelled out: the oracle of the writer's. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : TextEscaper.normalise(text).toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void escapesTextSpecials() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf\\ng", written("a\\b;c,d\re\r\nf\ng"));
    }

    @Test
    void removesControlCharacters() {
        assertEquals("ab", written("a\u0000\u001b\u007f\u0085b"));
    }

    @Test
    void dropsSpacesAndTabsAroundAValueOnly() {
        assertEquals("a \t b", written(" \t a \t b \t\u0001 "));
        assertEquals("\\n a", written("\r a\t"));
        assertEquals("", written(" \t\u0001\ud800 "));
    }

    @Test
    void leavesOutListValuesThatWriteNothing() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ContentLineWriter lines = new ContentLineWriter(out);
        lines.start("CATEGORIES").texts(java.util.List.of(" ", "a,b", "\u0001", " c ", "\t"));
        lines.flush();
        assertEquals("CATEGORIES:a\\,b,c\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesDatesNumbersAndTimesAsTheirFormsDo() {
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 2000; round++) {
            java.time.Instant instant = java.time.Instant.ofEpochSecond(
                    random.nextLong() % (400L * 365 * 86_400) * (round % 10 == 0 ? 30 : 1));
            java.time.LocalDateTime local = java.time.LocalDateTime.ofEpochSecond(
                    random.nextLong() % (300L * 365 * 86_400), 0, java.time.ZoneOffset.UTC);
            long number = round % 2 == 0 ? random.nextInt(100) : random.nextLong();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ContentLineWriter lines = new ContentLineWriter(out);
            lines.start("A").utc(instant);
            lines.start("B").local(local);
            lines.start("C").number(number);
            lines.flush();
            assertEquals(
                    "A:" + Formats.utc(instant) + "\r\nB:" + Formats.local(local) + "\r\nC:" + number + "\r\n",
                    out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void quotesParameterValuesAndReplacesQuotes() {
        assertEquals("\"a:b\"", TextEscaper.paramValue("a:b"));
        assertEquals("it's", TextEscaper.paramValue("it\"s"));
        assertEquals("a b", TextEscaper.paramValue("a\r\nb"));
    }

    @Test
    void unescapeIsTheInverseOfEscape() {
        String text = "x\\n;,\\\\\r\n\u00e9";
        assertEquals(TextEscaper.normalise(text), TextEscaper.unescapeText(written(text)));
    }

    @Test
    void foldsAt75OctetsWithoutSplittingCharacters() throws CharacterCodingException {
        Random random = new Random(7);
        String[] pieces = {"a", "é", "中", "😀", " ", "\\;"};
        for (int round = 0; round < 500; round++) {
            StringBuilder value = new StringBuilder();
            int n = random.nextInt(300);
            for (int i = 0; i < n; i++) {
                value.append(pieces[random.nextInt(pieces.length)]);
            }
            StringWriter out = new StringWriter();
            ContentLineWriter lines = new ContentLineWriter(out);
            lines.line("SUMMARY", value.toString());
            lines.flush();
            String written = out.toString();
            assertTrue(written.endsWith("\r\n"));
            for (String line : written.substring(0, written.length() - 2).split("\r\n", -1)) {
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                assertTrue(bytes.length <= 75, "line of " + bytes.length + " octets: " + line);
                // each physical line is valid UTF-8 on its own: no character was split
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            }
            assertEquals("SUMMARY:" + value, written.replace("\r\n ", "").replace("\r\n", ""));
        }
    }

    @Test
    void aValueGivenInPiecesIsWrittenAsIfJoinedFirstInValidFoldedUtf8() throws CharacterCodingException {
        Random random = new Random(11);
        String[] pieces = {"a", "é", "中", "😀", "\ud83d", "\ude00", " ", "\t", "\r", "\n", "\u0001", "\u0085", ";", "\\"
        };
        for (int round = 0; round < 500; round++) {
            StringBuilder value = new StringBuilder();
            int n = random.nextInt(200);
            for (int i = 0; i < n; i++) {
                value.append(pieces[random.nextInt(pieces.length)]);
            }
            String whole = value.toString();
            java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
            ContentLineWriter first = new ContentLineWriter(joined);
            first.start("DESCRIPTION").text(whole);
            first.flush();
            java.io.ByteArrayOutputStream split = new java.io.ByteArrayOutputStream();
            ContentLineWriter second = new ContentLineWriter(split);
            second.start("DESCRIPTION").beginText();
            int at = 0;
            while (at < whole.length()) {
                int end = Math.min(whole.length(), at + random.nextInt(5));
                second.append(whole.substring(at, end));
                at = end;
            }
            second.endText();
            second.flush();
            byte[] bytes = joined.toByteArray();
            assertEquals(new String(bytes, StandardCharsets.UTF_8), split.toString(StandardCharsets.UTF_8));
            assertEquals(
                    "DESCRIPTION:" + escaped(whole) + "\r\n",
                    new String(bytes, StandardCharsets.UTF_8).replace("\r\n ", ""));
            String written = new String(bytes, StandardCharsets.UTF_8);
            for (String line : written.substring(0, written.length() - 2).split("\r\n", -1)) {
                byte[] octets = line.getBytes(StandardCharsets.UTF_8);
                assertTrue(octets.length <= 75, "line of " + octets.length + " octets: " + line);
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(octets));
            }
        }
    }
}
