package io.github.townhall.ical.internal;

import java.net.URI;

/**
 * URL: the session's page, else the online link, else the registration link, else the first
 * link of the session. When it is the session's page, {@code X-TOWNHALL-PAGE} repeats it, so that
 * an import knows the page from the other links.
 */
final class UrlScribe implements PropertyScribe {
    /** The property that names the session's page. */
    static final String PAGE = "X-TOWNHALL-PAGE";

    @Override
    public void write(EventContext event, ContentLineWriter out) {
        URI url = event.url();
        if (url != null) {
            String clean = UriText.clean(url);
            out.start("URL").paramToken("VALUE", "URI").raw(clean);
            if (event.page() != null) {
                out.line(PAGE, clean);
            }
        }
    }
}
