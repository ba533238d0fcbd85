package io.github.townhall.ical.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URI values as written: ASCII only, no control character, space or quote. */
final class UriText {
    private UriText() {}

    static String clean(URI uri) {
        return clean(uri.toASCIIString());
    }

    static String clean(String value) {
        boolean clean = true;
        for (int i = 0; i < value.length() && clean; i++) {
            char c = value.charAt(i);
            clean = c > 0x20 && c < 0x7f && c != '"';
        }
        if (clean) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '"' || c > 0x7e) {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
                    bytes = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                for (byte b : bytes) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
