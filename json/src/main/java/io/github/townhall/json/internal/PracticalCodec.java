package io.github.townhall.json.internal;

import io.github.townhall.json.JsonProblem;
import io.github.townhall.people.ContactPoint;
import io.github.townhall.place.AccessFeature;
import io.github.townhall.session.Admission;
import io.github.townhall.session.PracticalDetails;
import io.github.townhall.session.PracticalDetailsBuilder;
import io.github.townhall.text.Text;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;

/**
 * A session's practical details: accessibility, admission (told apart by {@code "type"}:
 * {@code "free"} or {@code "paid"} with amount, currency and note), contact point, languages.
 */
public final class PracticalCodec {
    private static final String PRACTICAL = "practical details";
    private static final String PRACTICAL_PROPERTIES = "accessibility, admission, contact, languages";
    private static final String ADMISSION = "an admission";
    private static final String ADMISSION_PROPERTIES = "type, amount, currency, note";

    private PracticalCodec() {}

    /**
     * Writes practical details.
     *
     * @param g the generator
     * @param practical the details
     */
    public static void write(JsonGenerator g, PracticalDetails practical) {
        g.writeStartObject();
        Out.list(g, "accessibility", practical.accessibility(), PlaceCodec::writeFeature);
        Out.object(g, "admission", practical.admission(), PracticalCodec::writeAdmission);
        Out.object(g, "contact", practical.contact(), PeopleCodec::writeContact);
        Out.list(
                g,
                "languages",
                practical.languages(),
                (generator, language) -> generator.writeString(language.toLanguageTag()));
        g.writeEndObject();
    }

    /**
     * Reads practical details.
     *
     * @param in the cursor
     * @return the details
     */
    public static PracticalDetails read(In in) {
        in.beginObject(PRACTICAL);
        PracticalDetailsBuilder practical = PracticalDetails.builder();
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "accessibility" -> {
                    List<AccessFeature> features = in.list(PlaceCodec::readFeature);
                    practical.accessibility(features);
                }
                case "admission" -> practical.admission(readAdmission(in));
                case "contact" -> {
                    ContactPoint contact = PeopleCodec.readContact(in);
                    practical.contact(contact);
                }
                case "languages" -> {
                    List<Locale> languages = in.list(In::language);
                    practical.languages(languages);
                }
                default -> in.unknown(property, PRACTICAL, PRACTICAL_PROPERTIES);
            }
        }
        return practical.build();
    }

    /**
     * Writes an admission: {@code {"type": "free"}} or {@code {"type": "paid", "amount": 5.00,
     * "currency": "EUR", "note": text}}.
     *
     * @param g the generator
     * @param admission the admission
     */
    public static void writeAdmission(JsonGenerator g, Admission admission) {
        g.writeStartObject();
        // Java 17 has no pattern matching for switch: the sealed interface has exactly these two.
        if (admission instanceof Admission.Paid paid) {
            g.writeStringProperty("type", "paid");
            g.writeName("amount");
            g.writeNumber(paid.amount());
            g.writeStringProperty("currency", paid.currency().getCurrencyCode());
            Out.text(g, "note", paid.note());
        } else {
            g.writeStringProperty("type", "free");
        }
        g.writeEndObject();
    }

    /**
     * Reads an admission.
     *
     * @param in the cursor
     * @return the admission
     */
    public static Admission readAdmission(In in) {
        TokenStreamLocation start = in.beginObject(ADMISSION);
        String type = null;
        BigDecimal amount = null;
        Currency currency = null;
        Text note = null;
        String property;
        while ((property = in.nextProperty()) != null) {
            switch (property) {
                case "type" -> {
                    type = in.string();
                    if (!type.equals("free") && !type.equals("paid")) {
                        throw in.fail(
                                JsonProblem.Kind.FORMAT,
                                "Unknown admission type \"" + type + "\"; expected one of: free, paid.");
                    }
                }
                case "amount" -> amount = in.decimal();
                case "currency" -> currency = in.currency();
                case "note" -> note = TextCodec.read(in);
                default -> in.unknown(property, ADMISSION, ADMISSION_PROPERTIES);
            }
        }
        type = in.required(type, "type", ADMISSION, start);
        if (type.equals("free")) {
            if (amount != null || currency != null || note != null) {
                throw in.invalidObject(
                        start, "An admission of type \"free\" has none of these properties: amount, currency, note.");
            }
            return Admission.free();
        }
        return new Admission.Paid(
                in.required(amount, "amount", "a paid admission", start),
                in.required(currency, "currency", "a paid admission", start),
                note);
    }
}
