/**
 * schema.org JSON-LD of townhall records, for the {@code <script type="application/ld+json">} of a
 * site's pages: a session page's {@code Event}, a cycle page's {@code EventSeries}, the agenda's
 * {@code ItemList}; and the reasons a session would not qualify for Google's event results.
 *
 * <pre>{@code
 * SiteUrls urls = SiteUrls.of(URI.create("https://idc.example.org/rencontres/"));
 * SchemaOrg schema = SchemaOrg.of(JsonLdOptions.of(urls, Locale.FRENCH));
 * Session first = archive.session(SessionId.of("rencontres-toulouse-1"));
 * String json = schema.session(archive, first);
 * // {"@context":"https://schema.org","@type":"Event","@id":"https://idc.example.org/rencontres/sessions/rencontres-toulouse-1.html#event",
 * //  ...,"startDate":"2015-12-01T18:30:00+01:00","endDate":"2015-12-01T20:00:00+01:00",...}
 * page.append("<script type=\"application/ld+json\">").append(json).append("</script>");
 * for (ReadinessProblem problem : SchemaOrg.readiness(archive, first)) {
 *     System.err.println(problem.message());
 * }
 * }</pre>
 *
 * <h2>What an {@code Event} says</h2>
 *
 * <ul>
 *   <li>{@code @id}: the session page's address ({@link io.github.townhall.site.SiteUrls#session})
 *       with the fragment {@code #event}; {@code url}: that page. A cycle is {@code #series} of its
 *       page, the agenda {@code #agenda} of its page, the organisation {@code #organization} of the
 *       site's base: the same thing has the same {@code @id} in every document.
 *   <li>{@code name}: the session's label (title, else guiding question) and {@code description},
 *       each in the options' language when the text has it, else in its original language. {@code
 *       inLanguage}: the languages spoken ({@code practical().languages()}) when given, else the
 *       language of the name written.
 *   <li>{@code startDate}, {@code endDate}: ISO-8601 local date-time with the UTC offset the
 *       session's zone has at that instant (Europe/Paris: {@code +01:00} in December, {@code +02:00}
 *       in May). An open-ended session has no {@code endDate}. A tentative period gives its first
 *       day as {@code startDate} and no {@code endDate}: its last day is the last day the session
 *       may start, not the day it ends ({@link io.github.townhall.jsonld.ReadinessReason#NO_START_TIME}
 *       says so). An undated session is not an {@code Event}: {@link
 *       io.github.townhall.jsonld.SchemaOrg#session} refuses it and lists leave it out.
 *   <li>{@code eventStatus}: {@code EventCancelled} (dates and location kept), {@code
 *       EventPostponed} (the last known dates), {@code EventRescheduled} for a session that moved
 *       ({@code earlierSchedules()}) with {@code previousStartDate}, every earlier start, oldest first
 *       (a tentative one as a date), else {@code EventScheduled}.
 *   <li>{@code eventAttendanceMode} from the venue (offline, online, mixed); {@code location}: a
 *       {@code Place} (name from the venue's name, room and building, else the owner's name from
 *       the directory; a {@code PostalAddress}; {@code GeoCoordinates}) and, for a public session
 *       only, a {@code VirtualLocation} with the online link. A members-only session's link is
 *       never written, and members-only sessions are left out of cycles and agendas.
 *   <li>{@code organizer}: the archive's organisation, then the session's co-organisers; {@code
 *       sponsor}: its hosts and partners; {@code funder}: its funders, all from the archive's
 *       directory (a reference that does not resolve is left out; rule {@code ReferencesResolve}
 *       reports it).
 *   <li>{@code performer}: the session's speakers (whatever their role: speaker, moderator,
 *       witness, facilitator), each a {@code Person} with {@code jobTitle} and an {@code
 *       affiliation} (the speaker's organisation in the directory, else the person's own
 *       affiliation). Nobody else: no attendee, no person of the register, no holder of a meeting
 *       role, and no person's id.
 *   <li>{@code isAccessibleForFree} and {@code offers} from the admission (free: price {@code
 *       "0"}; a price: a plain decimal string with its {@code priceCurrency}), with the
 *       registration link as the offer's {@code url}; {@code maximumAttendeeCapacity} from the
 *       registration's capacity; {@code keywords} from the topics; {@code superEvent}: the
 *       cycle's {@code EventSeries} ({@code @id}, {@code url}, {@code name}).
 *   <li>Not written: accessibility (schema.org's {@code accessibilityFeature} is a property of
 *       creative works, not of events: the HTML pages say it), attendance, minutes, deliberation.
 * </ul>
 *
 * <p>Repeatable properties ({@code location}, {@code organizer}, {@code sponsor}, {@code funder},
 * {@code performer}, {@code inLanguage}, {@code keywords}) hold the value alone when there is one
 * and an array when there are several; lists ({@code subEvent}, {@code itemListElement}, {@code
 * previousStartDate}) are always arrays. Absent values are left out, never {@code null}.
 *
 * <h2>Cycles and agendas</h2>
 *
 * <p>A cycle's {@code EventSeries} (name, description, {@code location} as a {@code Place} named
 * after the cycle's place, organisers, sponsors, funders, keywords, {@code sameAs} its own web
 * site) holds the full {@code Event} of each public, dated session of the cycle as {@code
 * subEvent}, in the cycle's order. The agenda is an {@code ItemList} of {@code ListItem}s, each
 * holding the full {@code Event} of a public, dated session of the archive, past ones included, by
 * first day and start.
 */
@NullMarked
package io.github.townhall.jsonld;

import org.jspecify.annotations.NullMarked;
