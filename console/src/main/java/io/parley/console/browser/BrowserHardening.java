package io.parley.console.browser;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Every response of the console — pages, scripts, relayed API answers, problems, the redirect to the login
 * page, health — carries the browser hardening headers: a Content-Security-Policy (own scripts only, no
 * framing), {@code X-Frame-Options: DENY} for browsers without frame-ancestors, {@code nosniff}, the
 * Referrer-Policy, and HSTS over TLS. The login-state cookie quarkus-oidc sets while the user is at
 * Keycloak ({@code q_auth...}) gets {@code SameSite=Lax}, as the session cookie has by configuration
 * (quarkus-oidc gives only the session cookie a SameSite attribute).
 *
 * <p>The handler is the router's first, and it writes when the response's headers are about to be sent,
 * so no later handler (security included) can answer without them.
 */
@ApplicationScoped
public class BrowserHardening {

    static final String STATE_COOKIE_PREFIX = "q_auth";

    @Inject
    BrowserHardeningConfig config;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::onRequest);
    }

    private void onRequest(RoutingContext context) {
        boolean tls = context.request().isSSL();
        context.addHeadersEndHandler(v -> {
            HttpServerResponse response = context.response();
            response.headers().set("Content-Security-Policy", config.contentSecurityPolicy())
                    .set("X-Frame-Options", "DENY")
                    .set("X-Content-Type-Options", "nosniff")
                    .set("Referrer-Policy", config.referrerPolicy());
            if (tls) {
                response.headers().set("Strict-Transport-Security", config.strictTransportSecurity());
            }
            for (Cookie cookie : context.request().cookies()) {
                if (cookie instanceof ServerCookie set && set.isChanged() && cookie.getName().startsWith(STATE_COOKIE_PREFIX)
                        && cookie.getSameSite() == null) {
                    cookie.setSameSite(CookieSameSite.LAX);
                }
            }
        });
        context.next();
    }
}
