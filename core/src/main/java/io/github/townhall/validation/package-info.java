/**
 * Validation of townhall records: every rule of a valid record as a Jakarta Validation
 * constraint on the model, and {@link io.github.townhall.validation.RecordValidator}, a facade
 * that reports every violation of a record at once, with its path and a message in English or
 * French.
 *
 * <pre>{@code
 * RecordValidator validator = RecordValidator.create(Locale.FRENCH);   // create once, share
 * ValidationReport report = validator.validate(archive);               // or an Organisation, Cycle, Session...
 * if (!report.isValid()) {
 *     for (Violation violation : report.violations()) {
 *         System.out.println(violation.path() + " : " + violation.message() + " (" + violation.invalidValue() + ")");
 *     }
 * }
 * // sessions[0].schedule.end : doit venir après le début (2015-12-01T17:30)
 * // sessions[1].title : doit tenir sur une ligne : pas de retour à la ligne, de tabulation ni d'autre caractère de contrôle (Deuxième\nséance)
 * }</pre>
 *
 * <h2>Provider, and where the constraints are</h2>
 *
 * <p>townhall needs a Jakarta Validation 3.1 provider at run time (tested with Hibernate Validator
 * 9.1, {@code org.hibernate.validator:hibernate-validator:9.1.0.Final}); without one, {@link
 * io.github.townhall.validation.RecordValidator#create(java.util.Locale)} says which dependency to
 * add. No Jakarta EL is needed: messages come from townhall's bundles
 * ({@code io/github/townhall/validation/ValidationMessages*.properties}), which never shadow an
 * application's own. Each constraint sits beside the type it checks, its validators in one class of
 * the same package ({@code SessionValidators} for the {@code session} package's constraints).
 * {@code RecordValidator} walks the records and runs those validators itself, several times faster
 * than the provider's per-object bookkeeping; the provider evaluates {@code Email} and any object
 * that is not a record. Reports are the provider's, path for path and message for message (the
 * tests compare them). The constraints also work with an application's own {@code Validator}.
 *
 * <h2>Paths, keys and groups</h2>
 *
 * <p>A {@link io.github.townhall.validation.Violation}'s path is in Bean Validation form
 * ({@code sessions[2].schedule.end}, {@code sessions[0].questions[1]}), container-element
 * nodes left out. Its constraint is the annotation's qualified name; the message key is that name
 * plus {@code .message}. Every rule is in the default group: rules that depend on a session's
 * status (a held session has an exact date, a cancelled one no attendance) read the status
 * themselves, so one pass over one record reports every problem without choosing groups.
 *
 * <h2>The rules</h2>
 *
 * <p>Each constraint's own documentation says where it applies and what it leaves to the others.
 *
 * <table>
 * <caption>Rules of a valid record and how they are reported</caption>
 * <tr><th>Rule</th><th>Path of a violation</th><th>Constraint</th></tr>
 * <tr><td>Identifiers are not blank and on one line</td><td>{@code id}, {@code decisions[0].settles[1]}</td><td>{@link io.github.townhall.id.Identifier}</td></tr>
 * <tr><td>Names are not blank</td><td>{@code name}, {@code speakers[0].person.name}</td><td>{@code jakarta.validation.constraints.NotBlank}</td></tr>
 * <tr><td>Texts are not blank, in any language</td><td>{@code title}, {@code questions[1]}</td><td>{@link io.github.townhall.text.NotBlankText}</td></tr>
 * <tr><td>Single-line texts hold no control character</td><td>{@code venue.room}, {@code title}</td><td>{@link io.github.townhall.text.SingleLine}</td></tr>
 * <tr><td>A schedule ends after it starts</td><td>{@code schedule.end}, {@code schedule.to}</td><td>{@link io.github.townhall.schedule.EndAfterStart}</td></tr>
 * <tr><td>A role's term ends after it starts</td><td>{@code board[0].until}</td><td>{@link io.github.townhall.organisation.TermEndsAfterStart}</td></tr>
 * <tr><td>A session lasts less than 24 hours</td><td>{@code schedule.end}</td><td>{@link io.github.townhall.schedule.ShorterThanADay}</td></tr>
 * <tr><td>A local time is not in a spring-forward gap</td><td>{@code schedule.start}</td><td>{@link io.github.townhall.schedule.ExistingLocalTime}</td></tr>
 * <tr><td>Ordinals and capacities are positive</td><td>{@code cycle.ordinal}, {@code registration.capacity}</td><td>{@code jakarta.validation.constraints.Positive}</td></tr>
 * <tr><td>Ordinals are unique in a cycle</td><td>{@code sessions[3].cycle.ordinal}</td><td>{@link io.github.townhall.archive.UniqueOrdinals}</td></tr>
 * <tr><td>Ordinals follow the chronological order</td><td>{@code sessions[1].cycle.ordinal}</td><td>{@link io.github.townhall.archive.ChronologicalOrdinals}</td></tr>
 * <tr><td>A held session has an exact date</td><td>{@code schedule}</td><td>{@link io.github.townhall.session.HeldOnKnownDate}</td></tr>
 * <tr><td>A cancelled session has no attendance</td><td>{@code attendance}</td><td>{@link io.github.townhall.session.CancelledWithoutAttendance}</td></tr>
 * <tr><td>Published minutes have a link or a text</td><td>{@code minutes.link}</td><td>{@link io.github.townhall.session.PublishedMinutesContent}</td></tr>
 * <tr><td>Counts are not negative</td><td>{@code attendance.count.value}, {@code decisions[0].tally.against}</td><td>{@code jakarta.validation.constraints.PositiveOrZero}</td></tr>
 * <tr><td>Profile counts do not exceed the total</td><td>{@code attendance.profiles[1].count}</td><td>{@link io.github.townhall.session.ProfilesWithinTotal}</td></tr>
 * <tr><td>A decision only names proposals of its session</td><td>{@code decisions[1].settles[0]}</td><td>{@link io.github.townhall.session.DecisionsSettleOwnProposals}</td></tr>
 * <tr><td>A selected proposal is settled by a decision</td><td>{@code proposals[2].status}</td><td>{@link io.github.townhall.session.SelectedProposalsSettled}</td></tr>
 * <tr><td>A tally fits within an exact head count</td><td>{@code decisions[0].tally}</td><td>{@link io.github.townhall.session.TallyWithinAttendance}</td></tr>
 * <tr><td>The next session starts after this one</td><td>{@code nextSession.schedule}</td><td>{@link io.github.townhall.session.NextSessionLater}</td></tr>
 * <tr><td>Agenda durations fit within the session</td><td>{@code agenda}, {@code agenda[1].items}</td><td>{@link io.github.townhall.session.AgendaWithinSession}</td></tr>
 * <tr><td>Agenda durations are longer than zero</td><td>{@code agenda[0].duration}</td><td>{@link io.github.townhall.constraint.PositiveDuration}</td></tr>
 * <tr><td>Links are absolute http or https URLs</td><td>{@code links[0].uri}, {@code venue.onlineLink}</td><td>{@link io.github.townhall.constraint.HttpUrl}</td></tr>
 * <tr><td>E-mail addresses are well formed</td><td>{@code email}</td><td>{@code jakarta.validation.constraints.Email}</td></tr>
 * </table>
 *
 * <p>Every cross-field validator treats what another rule covers as valid (an end before its start
 * is not also reported as too long, a negative head count is not also compared with the profiles),
 * so that one mistake gives one violation.
 */
@NullMarked
package io.github.townhall.validation;

import org.jspecify.annotations.NullMarked;
