package io.github.townhall.ical.internal;

import io.github.townhall.cycle.Cycle;
import io.github.townhall.organisation.ListedOrganisation;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.organisation.OrganisationId;
import io.github.townhall.place.Venue;
import io.github.townhall.session.Link;
import io.github.townhall.session.Registration;
import io.github.townhall.session.Revision;
import io.github.townhall.session.Session;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the scribes need to write one VEVENT: the session, its organisation and cycle, and the
 * writer's settings, with the language already chosen.
 *
 * @param session the session, not null
 * @param organisation its organisation, not null
 * @param cycle its cycle, or null
 * @param directory finds an organisation of the archive's directory by id (null when it has
 *     none), not null
 * @param domain the UID domain, not null
 * @param language the language of generated text, not null
 * @param labels the labels in that language, not null
 * @param clock the clock of DTSTAMP, or null for the revision time
 * @param assumedDuration the duration written for an open end, not null
 * @param page the address of the session's page on the site, or null when none is known
 */
public record EventContext(
        Session session,
        Organisation organisation,
        @Nullable Cycle cycle,
        Function<OrganisationId, @Nullable ListedOrganisation> directory,
        String domain,
        Locale language,
        Labels labels,
        @Nullable Clock clock,
        Duration assumedDuration,
        @Nullable URI page) {

    /**
     * Returns a text in the chosen language (its original when it has no such translation).
     *
     * @param text the text, not null
     * @return the value, not null
     */
    public String text(Text text) {
        return best(text, language);
    }

    /**
     * Returns {@link Text#bestFor(Locale)}, without its language-tag parsing when the language
     * wanted is the text's original language (the common case).
     *
     * @param text the text, not null
     * @param language the language wanted, not null
     * @return the value, not null
     */
    public static String best(Text text, Locale language) {
        return language.equals(text.originalLanguage()) ? text.original() : text.bestFor(language);
    }

    /**
     * Returns {@link Text#languageFor(Locale)}, without its language-tag parsing when the
     * language wanted is the text's original language.
     *
     * @param text the text, not null
     * @param language the language wanted, not null
     * @return the language of the value {@link #best} returns, not null
     */
    public static Locale languageOf(Text text, Locale language) {
        return language.equals(text.originalLanguage()) ? text.originalLanguage() : text.languageFor(language);
    }

    /**
     * Finds an organisation of the archive's directory.
     *
     * @param id the organisation's id, not null
     * @return the entry, or null when the directory has none (a feed written from sessions alone
     *     has no directory)
     */
    public @Nullable ListedOrganisation listed(OrganisationId id) {
        return directory.apply(id);
    }

    /**
     * Returns the DTSTAMP instant: the clock's, else the revision's, else the epoch.
     *
     * @return the instant, not null
     */
    public Instant stamp() {
        if (clock != null) {
            return clock.instant();
        }
        Revision revision = session.revision();
        Instant modified = revision.modified();
        if (modified != null) {
            return modified;
        }
        Instant created = revision.created();
        return created != null ? created : Instant.EPOCH;
    }

    /**
     * Returns the event's URL: the session's page, else the online link, else the registration
     * link, else the first link.
     *
     * @return the URL, or null when the session has none
     */
    public @Nullable URI url() {
        if (page != null) {
            return page;
        }
        Venue venue = session.venue();
        URI online = venue != null ? venue.onlineLink() : null;
        if (online != null) {
            return online;
        }
        Registration registration = session.registration();
        URI registrationLink = registration != null ? registration.link() : null;
        if (registrationLink != null) {
            return registrationLink;
        }
        for (Link link : session.links()) {
            URI uri = link.uri();
            if (uri != null) {
                return uri;
            }
        }
        return null;
    }
}
