package io.parley.console.session;

import io.parley.platform.problem.Excerpt;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemType;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * A session that fails its check (a stale or unreadable {@code q_session} cookie, e.g. one the session store no
 * longer knows; a session Keycloak no longer refreshes) is a sign-in again, on the console's pages and on its
 * {@code /api/*} alike: quarkus-oidc's own challenge, a redirect to Keycloak that also removes the stale cookie, or 499
 * for the web console's own calls (they say {@code X-Requested-With: JavaScript}; api.ts then loads the page again,
 * which signs in), as the console answered before it used platform-rest. Only where no challenge can be sent is it a
 * 401 problem document.
 *
 * <p>With proactive authentication the failure comes to the router's failure handlers; since the console has
 * platform-rest's exception mapper for it, Quarkus REST's failure handler would hand it to that mapper (a 401 problem
 * on every path, and a 500 "request has already been read" over HTTP/2). This handler answers first.
 */
@ApplicationScoped
public class SignInAgain {

    private static final Logger LOG = Logger.getLogger(SignInAgain.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!(context.failure() instanceof AuthenticationFailedException) || context.response().ended()) {
            context.next();
            return;
        }
        String path = context.normalizedPath();
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            ProblemType unauthorized = ProblemType.UNAUTHORIZED;
            Problem problem = new Problem(unauthorized.uri(), unauthorized.title(), unauthorized.status(),
                    "the session is not valid (any more); sign in again", Excerpt.bounded(path), List.of());
            context.response().setStatusCode(unauthorized.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Json.encode(problem));
            return;
        }
        authenticator.sendChallenge(context).subscribe().with(sent -> {
            if (!context.response().ended()) {
                context.response().end();
            }
        }, failure -> {
            LOG.warnf("cannot send the sign-in challenge for %s: %s", path, failure.toString());
            if (!context.response().ended()) {
                context.response().setStatusCode(500).end();
            }
        });
    }
}
