package io.github.townhall.ical.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library's version, read from a resource filled in at build time. */
public final class Version {
    /** The version, or {@code "dev"} when the resource is missing. */
    public static final String VERSION = read();

    private Version() {}

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String value = properties.getProperty("version", "dev");
            return value.startsWith("$") ? "dev" : value;
        } catch (IOException e) {
            return "dev";
        }
    }
}
