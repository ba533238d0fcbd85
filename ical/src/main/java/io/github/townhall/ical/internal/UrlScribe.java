package io.github.townhall.ical.internal;

/** URL: the online link, else the registration link, else the first link of the session. */
final class UrlScribe implements PropertyScribe {
    @Override
    public void write(EventContext event, ContentLineWriter out) {
        event.url().ifPresent(uri -> out.start("URL").paramToken("VALUE", "URI").raw(UriText.clean(uri)));
    }
}
