package io.github.townhall.html.internal;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Addresses: relative links between pages, links safe to follow, and where a page goes on disk. */
public final class Hrefs {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private Hrefs() {}

    /**
     * {@return the address of {@code to} relative to the page at {@code from}} Both are pages of the
     * site, under its base.
     *
     * @param from the page that links
     * @param to the page linked to
     */
    public static String relative(URI from, URI to) {
        String fromPath = from.getRawPath();
        String toPath = to.getRawPath();
        int slash = fromPath.lastIndexOf('/');
        if (toPath.length() > slash + 1 && toPath.regionMatches(0, fromPath, 0, slash + 1)) {
            return toPath.substring(slash + 1); // in or below the page's folder: what the walk below gives
        }
        String[] dir = fromPath.substring(1, slash + 1).split("/", -1);
        int dirLength = dir.length - 1; // the last element is the empty string after the final /
        String[] target = toPath.substring(1).split("/", -1);
        int common = 0;
        while (common < dirLength && common < target.length - 1 && dir[common].equals(target[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < dirLength; i++) {
            out.append("../");
        }
        for (int i = common; i < target.length; i++) {
            out.append(target[i]);
            if (i < target.length - 1) {
                out.append('/');
            }
        }
        return out.length() == 0 ? "./" : out.toString();
    }

    /**
     * {@return the address when it is safe to follow (absolute http or https with a host), else
     * null} A {@code javascript:}, {@code data:} or any other scheme is never a link.
     *
     * @param uri the address, or null
     */
    public static @Nullable String safe(@Nullable URI uri) {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? uri.toASCIIString() : null;
    }

    /**
     * {@return a {@code mailto:} address when the e-mail address is well-formed, else null}
     *
     * @param email the address, or null
     */
    public static @Nullable String mailto(@Nullable String email) {
        return email != null && EMAIL.matcher(email).matches() ? "mailto:" + email : null;
    }

    /**
     * Returns where a page goes under the site's folder: its address relative to the base, one
     * folder per segment, percent-decoded ({@code index.html} for an address ending with {@code /}).
     *
     * @param dir the site's folder
     * @param base the site's base address
     * @param page the page's address
     * @return the file, inside {@code dir}
     * @throws IllegalArgumentException if the page is not under the base, or a segment would leave
     *     the folder or name no file ({@code ..}, {@code .}, a slash, a backslash or NUL once decoded)
     */
    public static Path file(Path dir, URI base, URI page) {
        String basePath = base.getRawPath();
        String pagePath = page.getRawPath();
        if (!pagePath.startsWith(basePath) || !sameOrigin(base, page)) {
            throw new IllegalArgumentException("The page " + page + " is not under the site's base " + base);
        }
        String relative = pagePath.substring(basePath.length());
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative = relative + "index.html";
        }
        Path file = dir;
        for (String raw : relative.split("/", -1)) {
            String segment = decode(raw);
            if (segment.isEmpty()
                    || segment.equals(".")
                    || segment.equals("..")
                    || segment.indexOf('/') >= 0
                    || segment.indexOf('\\') >= 0
                    || segment.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("The page " + page + " has a path segment that names no file: \""
                        + segment + "\" (from " + raw + ")");
            }
            file = file.resolve(segment);
        }
        Path normal = file.normalize();
        if (!normal.startsWith(dir.normalize())) {
            throw new IllegalArgumentException("The page " + page + " would be written outside " + dir);
        }
        return normal;
    }

    private static boolean sameOrigin(URI base, URI page) {
        return base.getScheme().equalsIgnoreCase(page.getScheme())
                && String.valueOf(base.getRawAuthority()).equalsIgnoreCase(String.valueOf(page.getRawAuthority()));
    }

    private static String decode(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
