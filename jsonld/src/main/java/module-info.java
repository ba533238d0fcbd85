/**
 * townhall's JSON-LD module: schema.org {@code Event}, {@code EventSeries} and {@code ItemList}
 * documents of sessions, cycles and agendas, for the {@code <script type="application/ld+json">}
 * of web pages. Jackson's streaming generator writes them; no Jackson type is part of the API.
 */
module io.github.townhall.jsonld {
    requires transitive io.github.townhall.core;
    requires tools.jackson.core;
    requires static org.jspecify;

    exports io.github.townhall.jsonld;
}
