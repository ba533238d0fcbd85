package io.github.townhall.ical.internal;

import io.github.townhall.cycle.Cycle;
import io.github.townhall.organisation.Organisation;
import io.github.townhall.session.Session;
import io.github.townhall.text.Text;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the scribes need to write one VEVENT: the session, its organisation and cycle, and the
 * writer's settings, with the language already chosen.
 *
 * @param session the session, not null
 * @param organisation its organisation, not null
 * @param cycle its cycle, or null
 * @param domain the UID domain, not null
 * @param language the language of generated text, not null
 * @param labels the labels in that language, not null
 * @param clock the clock of DTSTAMP, or null for the revision time
 * @param assumedDuration the duration written for an open end, not null
 */
public record EventContext(
        Session session,
        Organisation organisation,
        @Nullable Cycle cycle,
        String domain,
        Locale language,
        Labels labels,
        @Nullable Clock clock,
        Duration assumedDuration) {

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
     * Returns the DTSTAMP instant: the clock's, else the revision's, else the epoch.
     *
     * @return the instant, not null
     */
    public Instant stamp() {
        if (clock != null) {
            return clock.instant();
        }
        var revision = session.revision();
        if (revision.modified() != null) {
            return revision.modified();
        }
        return revision.created() != null ? revision.created() : Instant.EPOCH;
    }

    /**
     * Returns the event's URL: the online link, else the registration link, else the first link.
     *
     * @return the URL, or empty
     */
    public Optional<URI> url() {
        if (session.venue().isPresent()) {
            Optional<URI> online = session.venue().get().onlineLink();
            if (online.isPresent()) {
                return online;
            }
        }
        if (session.registration().isPresent() && session.registration().get().link() != null) {
            return Optional.of(session.registration().get().link());
        }
        for (var link : session.links()) {
            if (link.uri() != null) {
                return Optional.of(link.uri());
            }
        }
        return Optional.empty();
    }
}
