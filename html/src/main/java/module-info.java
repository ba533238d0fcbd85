/**
 * townhall's HTML module: accessible static pages (the organisation's agenda, cycle, session and
 * minutes pages, a stylesheet and a sitemap) rendered from townhall records with templates compiled
 * at build time.
 *
 * <p>The templates are jte templates compiled to Java classes when this module is built; at run time
 * they need only jte's runtime ({@code gg.jte.runtime}, an automatic module: its jar names itself in
 * its manifest). The compiled templates are called directly as Java methods, not looked up by
 * reflection, so no package of this module is opened to jte.
 */
module io.github.townhall.html {
    requires transitive io.github.townhall.core;
    requires gg.jte.runtime;
    requires static org.jspecify;
    // The compiled templates carry @javax.annotation.processing.Generated (source retention).
    requires static java.compiler;

    exports io.github.townhall.html;
}
