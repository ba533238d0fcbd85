/**
 * townhall's JSON module: a documented, versioned JSON format for townhall records, with a JSON
 * Schema, on Jackson 3.
 */
module io.github.townhall.json {
    requires transitive io.github.townhall.core;
    requires transitive tools.jackson.databind;
    requires tools.jackson.core;
    requires static org.jspecify;

    exports io.github.townhall.json;

    provides tools.jackson.databind.JacksonModule with
            io.github.townhall.json.TownhallJacksonModule;
}
