package io.github.townhall.session;

import io.github.townhall.text.Text;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What it costs to attend: free, or a price.
 *
 * @since 0.1
 */
public sealed interface Admission permits Admission.Free, Admission.Paid {

    /**
     * Free admission (entrée libre et gratuite). Obtain it with {@link Admission#free()}.
     *
     * @since 0.1
     */
    record Free() implements Admission {}

    /**
     * A price.
     *
     * @param amount the price, more than zero
     * @param currency its currency
     * @param note what the price covers or who pays less ("tarif réduit : 3 €"), or null
     * @since 0.1
     */
    record Paid(
            @Positive BigDecimal amount,
            Currency currency,
            @Nullable Text note) implements Admission {
        /**
         * Creates a price.
         *
         * @param amount the price, more than zero
         * @param currency its currency
         * @param note what the price covers or who pays less, or null
         * @throws NullPointerException if {@code amount} or {@code currency} is null
         */
        public Paid {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /** {@return free admission} */
    static Admission free() {
        return new Free();
    }

    /**
     * {@return a price}
     *
     * @param amount the price, more than zero, not null
     * @param currency its currency, not null
     */
    static Admission price(BigDecimal amount, Currency currency) {
        return new Paid(amount, currency, null);
    }
}
