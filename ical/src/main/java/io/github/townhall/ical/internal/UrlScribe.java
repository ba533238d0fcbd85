package io.github.townhall.ical.internal;

import java.net.URI;

/** URL: the online link, else the registration link, else the first link of the session. */
final class UrlScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        URI url = event.url();
        if (url != null) {
            out.start("URL").paramToken("VALUE", "URI").raw(UriText.clean(url));
        }
    }
}
