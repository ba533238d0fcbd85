package io.github.townhall.people;

import io.github.townhall.text.SingleLine;
import jakarta.validation.constraints.Email;
import org.jspecify.annotations.Nullable;

/**
 * Whom to ask about a session (contact): a name, an e-mail address, a phone number, each where
 * given. A contact point is published with the session: give the organiser's desk, not a private
 * number, unless the person agreed.
 *
 * @param name the contact's name or desk ("Accueil de l'Institut"), or null
 * @param email the e-mail address, or null
 * @param phone the phone number as people write it ("05 61 00 00 00"), or null
 * @since 0.1
 */
public record ContactPoint(
        @SingleLine @Nullable String name,
        @Email @SingleLine @Nullable String email,
        @SingleLine @Nullable String phone) {

    /**
     * Obtains a contact point reached by e-mail.
     *
     * @param name the contact's name, or null
     * @param email the e-mail address, not null
     * @return the contact point, not null
     * @throws NullPointerException if {@code email} is null
     */
    public static ContactPoint byEmail(@Nullable String name, String email) {
        return new ContactPoint(name, java.util.Objects.requireNonNull(email, "email"), null);
    }
}
