package io.github.townhall.session;

import io.github.townhall.internal.Checks;
import io.github.townhall.internal.ModelRecord;
import io.github.townhall.people.ContactPoint;
import io.github.townhall.place.AccessFeature;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a person needs to know to come (infos pratiques): accessibility offered for the session
 * (besides what its venue offers), admission, whom to ask, the languages spoken. Written into
 * calendar descriptions and JSON; everything is optional.
 *
 * <pre>{@code
 * PracticalDetails details = PracticalDetails.builder()
 *         .addAccessibility(AccessFeature.SIGN_LANGUAGE)
 *         .admission(Admission.free())
 *         .addLanguages(Locale.FRENCH)
 *         .build();
 * }</pre>
 *
 * @param accessibility the accessibility offered for this session
 * @param admission what it costs, or null when not said
 * @param contact whom to ask, or null
 * @param languages the languages spoken, the main one first
 * @since 0.1
 */
@ModelRecord
public record PracticalDetails(
        List<AccessFeature> accessibility,
        @Valid @Nullable Admission admission,
        @Valid @Nullable ContactPoint contact,
        List<Locale> languages)
        implements PracticalDetailsBuilder.With {
    /**
     * Creates practical details.
     *
     * @param accessibility the accessibility offered for this session
     * @param admission what it costs, or null when not said
     * @param contact whom to ask, or null
     * @param languages the languages spoken, the main one first
     * @throws NullPointerException if a list is null or holds null
     */
    public PracticalDetails {
        accessibility = Checks.copy(accessibility, "accessibility");
        languages = Checks.copy(languages, "languages");
    }

    /** {@return a new builder, not null} */
    public static PracticalDetailsBuilder builder() {
        return PracticalDetailsBuilder.builder();
    }
}
