package io.parley.console.browser;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What the console tells the browser about itself on every response ({@link BrowserHardening}). The
 * defaults fit the built single-page application; see docs/console.md.
 */
@ConfigMapping(prefix = "parley.console.browser")
public interface BrowserHardeningConfig {

    /**
     * The Content-Security-Policy. Scripts only from the console's own files (Vite's build has no inline
     * script); styles from its files and inline, because Mantine's CSS variables and FullCalendar's styles
     * are {@code <style>} elements the scripts insert at run time; images also from https (a customer's
     * photo lives on the platform's servers) and data: URLs; calls and the live stream only to the console;
     * no plugins, no {@code <base>}, forms only to the console, and no framing by any page.
     */
    @WithDefault("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
    String contentSecurityPolicy();

    /** The Referrer-Policy: addresses inside the console (conversation ids, filters) are not told to other sites. */
    @WithDefault("no-referrer")
    String referrerPolicy();

    /** Strict-Transport-Security sent on responses served over TLS (directly or as a trusted proxy says). */
    @WithDefault("max-age=31536000")
    String strictTransportSecurity();
}
