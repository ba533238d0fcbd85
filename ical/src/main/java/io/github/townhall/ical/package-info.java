/**
 * iCalendar feeds of townhall sessions (RFC 5545 with the RFC 7986 calendar properties), and
 * import of existing {@code .ics} files.
 *
 * <pre>{@code
 * IcalWriter writer = IcalWriter.of(IcalOptions.builder("idc.example.org")
 *         .language(Locale.FRENCH)
 *         .feedUrl(URI.create("https://idc.example.org/agenda.ics"))
 *         .build());
 * try (OutputStream out = Files.newOutputStream(Path.of("agenda.ics"))) {
 *     writer.writeFeed(archive, out);                     // every public session
 * }
 * String cycle = writer.cycleFeed(archive, CycleId.of("toulouse"));
 *
 * IcalImport imported = IcalReader.of(OrganisationId.of("idc"), Locale.FRENCH)
 *         .read(Files.newBufferedReader(Path.of("agenda.ics")));
 * }</pre>
 *
 * <p>{@link io.github.townhall.ical.IcalWriter} streams feeds with this module's own writer
 * (escaping, CRLF, folding at 75 octets, compact VTIMEZONEs from {@code java.time});
 * {@link io.github.townhall.ical.IcalReader} reads files with this module's own content-line
 * reader, one event at a time, and expands recurrence rules with iCal4j's {@code Recur}. No
 * iCal4j type appears in this API; every failure is an
 * {@link io.github.townhall.ical.IcalException}.
 */
@NullMarked
package io.github.townhall.ical;

import org.jspecify.annotations.NullMarked;
