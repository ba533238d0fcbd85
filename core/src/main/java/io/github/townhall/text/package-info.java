/**
 * Text in several languages: an original and its translations.
 *
 * <pre>{@code
 * Text question = Text.fr("Prendre part aux décisions sur un budget public, est-ce réellement possible ?")
 *         .withTranslation(Locale.ENGLISH, "Taking part in decisions on a public budget: is it really possible?");
 * }</pre>
 */
@NullMarked
package io.github.townhall.text;

import org.jspecify.annotations.NullMarked;
