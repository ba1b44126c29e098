package io.parley.console.relay;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * An address the console has nothing at is a 404 problem, as the relay's own refusals are: also one that
 * only the HTTP layer's normalising took out of {@code /api} ({@code /api/v1/metrics/%2e%2e/%2e%2e/q/metrics}
 * is {@code /q/metrics} by the time routes are matched, and never reaches the relay).
 */
@ApplicationScoped
public class NotFoundProblem {

    void install(@Observes Router router) {
        router.errorHandler(404, context -> {
            String path = context.request().path();
            context.response().setStatusCode(404).putHeader("Content-Type", ConsoleProblem.MEDIA_TYPE)
                    .end(new JsonObject().put("type", "/problems/not-found").put("title", "The resource does not exist")
                            .put("status", 404).put("detail", "the console has nothing at " + path)
                            .put("instance", path).encode());
        });
    }
}
