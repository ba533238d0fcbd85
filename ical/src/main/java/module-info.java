/**
 * townhall's iCalendar module: feeds of sessions that calendar applications subscribe to, and
 * import of existing {@code .ics} files.
 */
module io.github.townhall.ical {
    requires transitive io.github.townhall.core;
    requires static org.jspecify;
    requires ical4j.core;

    exports io.github.townhall.ical;
}
