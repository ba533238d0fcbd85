package io.github.townhall.html.internal;

/**
 * The one stylesheet of the site: readable at 320 px (long words wrap, nothing wider than the
 * screen), AA contrast, visible focus, and a print style without navigation.
 */
public final class Style {
    /** The stylesheet. */
    public static final String CSS = """
            :root { color-scheme: light; }
            *, *::before, *::after { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
            body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 1.0625rem;
              line-height: 1.55; color: #1a1a1a; background: #ffffff; overflow-wrap: anywhere; }
            header.site, main, footer.site { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
            header.site { padding-top: .75rem; border-bottom: 1px solid #c9c9c9; }
            .site-name { margin: 0 0 .25rem; font-weight: 700; font-size: 1.15rem; }
            nav ul { list-style: none; margin: 0 0 .5rem; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
            a { color: #0b4f8a; text-decoration-thickness: .08em; text-underline-offset: .15em; }
            a:visited { color: #5a2a82; }
            a:hover { color: #062c4d; }
            a:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
            a[aria-current="page"] { font-weight: 700; text-decoration: none; }
            .skip { position: absolute; left: -100vw; }
            .skip:focus { position: static; display: inline-block; margin-bottom: .5rem; }
            h1 { font-size: 1.75rem; line-height: 1.25; margin: 1rem 0 .75rem; }
            h2 { font-size: 1.3rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid #d6d6d6; }
            h3 { font-size: 1.1rem; margin: 1.25rem 0 .4rem; }
            .kicker { margin: 1.25rem 0 0; color: #4d4d4d; text-transform: uppercase; letter-spacing: .04em; font-size: .85rem; }
            .prose p { white-space: pre-line; }
            .notice { background: #fff3e0; border-left: 4px solid #b35c00; padding: .5rem .75rem; }
            .status, .tag { color: #4d4d4d; }
            .tag { font-size: .9rem; }
            .zone, .asof, .duration, .url, .note { color: #4d4d4d; font-size: .95rem; }
            ul.sessions { padding-left: 1.1rem; }
            ul.sessions > li { margin-bottom: .6rem; }
            table { border-collapse: collapse; margin: .75rem 0; max-width: 100%; }
            caption { text-align: left; font-weight: 700; padding-bottom: .25rem; }
            th, td { border: 1px solid #b3b3b3; padding: .3rem .5rem; text-align: left; vertical-align: top; }
            th { background: #f2f2f2; }
            del { color: #4d4d4d; }
            footer.site { margin-top: 2.5rem; padding-top: .75rem; padding-bottom: 2rem; border-top: 1px solid #c9c9c9;
              color: #4d4d4d; font-size: .95rem; }
            @media print {
              header.site nav, .skip, .subscribe { display: none; }
              body { font-size: 11pt; color: #000000; }
              header.site, main, footer.site { max-width: none; padding: 0; }
              a { color: #000000; }
              main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
              h2, h3 { break-after: avoid; }
              li, tr { break-inside: avoid; }
            }
            """;

    private Style() {}
}
