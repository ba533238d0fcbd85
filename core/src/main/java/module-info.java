/**
 * townhall's core: the domain model of participatory-democracy meetings. Pure Java, immutable,
 * no I/O; its only dependency is the Jakarta Validation API.
 */
module io.github.townhall.core {
    requires transitive jakarta.validation;
    requires static org.jspecify;

    exports io.github.townhall.text;
    exports io.github.townhall.people;
    exports io.github.townhall.place;
    exports io.github.townhall.schedule;
    exports io.github.townhall.organisation;
    exports io.github.townhall.cycle;
    exports io.github.townhall.session;
    exports io.github.townhall.deliberation;
    exports io.github.townhall.announcement;
    exports io.github.townhall.archive;
}
