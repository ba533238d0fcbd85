/**
 * townhall's JSON module: a documented, versioned JSON format for townhall records.
 */
module io.github.townhall.json {
    requires transitive io.github.townhall.core;
    requires static org.jspecify;
}
