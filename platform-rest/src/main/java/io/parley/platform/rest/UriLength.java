package io.parley.platform.rest;

import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemType;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a request line that is too long with a 414 problem document. The HTTP server's own limit
 * ({@code quarkus.http.limits.max-initial-line-length}, set far higher in the platform's defaults)
 * would answer with a bare status line; this route answers first, before security and resources.
 */
@ApplicationScoped
public class UriLength {

    /** The longest request URI (path and query) taken. */
    public static final int MAX_URI = 8_192;

    void route(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String uri = rc.request().uri();
            if (uri != null && uri.length() > MAX_URI) {
                ProblemType type = ProblemType.URI_TOO_LONG;
                JsonObject problem = new JsonObject()
                        .put("type", type.uri().toString())
                        .put("title", type.title())
                        .put("status", type.status())
                        .put("detail", "the request URI has " + uri.length() + " characters; at most " + MAX_URI
                                + " are taken");
                rc.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(problem.encode());
                return;
            }
            rc.next();
        });
    }
}
