package io.github.townhall.jsonld;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.townhall.site.SiteUrls;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the tests share: a writer for a test site, and reading its output back. */
final class Ld {
    static final SiteUrls URLS = SiteUrls.of(URI.create("https://idc.example.org/rencontres/"));
    static final SchemaOrg FRENCH = SchemaOrg.of(JsonLdOptions.of(URLS, Locale.FRENCH));
    static final SchemaOrg ENGLISH = SchemaOrg.of(JsonLdOptions.of(URLS, Locale.ENGLISH));

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Ld() {}

    /**
     * Reads a JSON-LD text as a tree, after checking what makes it safe in an HTML script element:
     * no {@code <}, {@code >}, {@code &}, U+2028 nor U+2029 written as such.
     */
    static JsonNode read(String json) {
        assertFalse(json.contains("</"), () -> "</ in " + json);
        for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
            assertTrue(json.indexOf(c) < 0, () -> "U+" + Integer.toHexString(c) + " written as such in " + json);
        }
        return MAPPER.readTree(json);
    }

    /** Every string of a tree, property names included, as a reader sees it (unescaped). */
    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isString()) {
            out.add(node.asString());
        }
        for (String name : node.propertyNames()) {
            out.add(name);
            collect(node.get(name), out);
        }
        if (node.isArray()) {
            for (JsonNode element : node.values()) {
                collect(element, out);
            }
        }
    }

    /** The values of a property that may be one value or an array, as a list. */
    static List<JsonNode> many(JsonNode node, String name) {
        JsonNode value = node.get(name);
        List<JsonNode> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value.isArray()) {
            value.values().forEach(out::add);
        } else {
            out.add(value);
        }
        return out;
    }

    /** The text of each value of a property that may repeat. */
    static List<String> texts(JsonNode node, String name) {
        return many(node, name).stream().map(JsonNode::asString).toList();
    }
}
