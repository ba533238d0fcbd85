package io.github.townhall.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A message interpolator without Jakarta EL: {@code {key}} is looked up in townhall's own bundle
 * ({@code io/github/townhall/validation/ValidationMessages*.properties}, UTF-8) for the locale,
 * then {@code {attribute}} is replaced by the constraint's attribute of that name. An unknown
 * key is left as it is. Immutable and thread-safe.
 */
public final class BundleMessageInterpolator implements MessageInterpolator {
    /** The resource path of the bundles, without language suffix and extension. */
    public static final String BUNDLE = "/io/github/townhall/validation/ValidationMessages";

    private static final Pattern PARAMETER = Pattern.compile("\\{([^{}$#]+)\\}");
    private static final Map<String, Map<String, String>> FILES = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Map<String, String> messages;

    /**
     * Creates an interpolator for a locale.
     *
     * @param locale the language of the messages, not null
     */
    public BundleMessageInterpolator(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.messages = messages(locale);
    }

    /**
     * Returns the messages for a locale: its country file, then its language file, then the
     * English root file; never the JVM's default locale.
     *
     * @param locale the locale
     * @return an unmodifiable map of key to message
     */
    public static Map<String, String> messages(Locale locale) {
        List<String> suffixes = new ArrayList<>();
        if (!locale.getLanguage().isEmpty() && !locale.getCountry().isEmpty()) {
            suffixes.add("_" + locale.getLanguage() + "_" + locale.getCountry());
        }
        if (!locale.getLanguage().isEmpty()) {
            suffixes.add("_" + locale.getLanguage());
        }
        suffixes.add("");
        Map<String, String> merged = new java.util.HashMap<>();
        for (int i = suffixes.size() - 1; i >= 0; i--) {
            merged.putAll(file(suffixes.get(i)));
        }
        return Collections.unmodifiableMap(merged);
    }

    /**
     * Returns the messages of one bundle file.
     *
     * @param suffix the language suffix ({@code "_fr"}), empty for the root file
     * @return an unmodifiable map, empty if there is no such file
     */
    public static Map<String, String> file(String suffix) {
        return FILES.computeIfAbsent(suffix, BundleMessageInterpolator::load);
    }

    private static Map<String, String> load(String suffix) {
        try (InputStream in = BundleMessageInterpolator.class.getResourceAsStream(BUNDLE + suffix + ".properties")) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> map = new java.util.HashMap<>();
            properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the validation messages " + BUNDLE + suffix, e);
        }
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, locale);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        Map<String, String> bundle = locale.equals(this.locale) ? messages : messages(locale);
        return interpolate(
                messageTemplate, bundle, context.getConstraintDescriptor().getAttributes());
    }

    /**
     * Interpolates a message template: {@code {key}} from a bundle, then {@code {attribute}} from
     * the constraint's attributes.
     *
     * @param template the template
     * @param bundle the messages, by key
     * @param attributes the constraint's attributes, by name
     * @return the message
     */
    public static String interpolate(
            String template, Map<String, String> bundle, Map<String, ? extends @Nullable Object> attributes) {
        String resolved = replace(template, bundle::get);
        return replace(resolved, name -> format(attributes.get(name)));
    }

    private static String replace(String template, java.util.function.Function<String, @Nullable String> lookup) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = lookup.apply(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static @Nullable String format(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value.getClass().isArray()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                parts.add(String.valueOf(Array.get(value, i)));
            }
            return String.join(", ", parts);
        }
        return String.valueOf(value);
    }
}
