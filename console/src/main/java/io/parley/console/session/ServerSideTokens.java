package io.parley.console.session;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;

/**
 * Keeps the user's ID, access and refresh tokens on the server: the session cookie that quarkus-oidc
 * sets holds only a random session id. (Its default keeps the tokens, encrypted, in the cookie
 * itself, i.e. in the browser.) The tokens are in the console's database ({@link SessionStore}), where
 * every replica finds them; the store's JDBC calls run on a worker thread, never on the event loop.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ServerSideTokens implements TokenStateManager {

    @Inject
    SessionStore store;

    @Inject
    SessionConfig config;

    Clock clock = Clock.systemUTC();

    @Override
    public Uni<String> createTokenState(RoutingContext routingContext, OidcTenantConfig oidcConfig,
            AuthorizationCodeTokens tokens, OidcRequestContext<String> requestContext) {
        return requestContext.runBlocking(() -> {
            Instant now = clock.instant();
            return store.put(tokens, now, now.plus(config.maxAge()));
        });
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext routingContext, OidcTenantConfig oidcConfig,
            String tokenState, OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        // An unknown or expired session id (the console restarted, the session aged out): a failure, which
        // quarkus-oidc answers by removing the cookie and asking for a new sign-in. (An empty item would end in a
        // NullPointerException inside quarkus-oidc: a 500 for every request carrying a stale cookie.)
        return requestContext.runBlocking(() -> store.get(tokenState, clock.instant()).orElse(null))
                .onItem().ifNull().failWith(() -> new AuthenticationFailedException("the session has ended"));
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext routingContext, OidcTenantConfig oidcConfig, String tokenState,
            OidcRequestContext<Void> requestContext) {
        return requestContext.runBlocking(() -> {
            store.remove(tokenState);
            return null;
        });
    }
}
