package io.parley.console.relay;

import io.parley.platform.problem.Excerpt;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemType;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * An address the console has nothing at is a 404 problem, as the relay's own refusals are: also one that
 * only the HTTP layer's normalising took out of {@code /api} ({@code /api/v1/metrics/%2e%2e/%2e%2e/q/metrics}
 * is {@code /q/metrics} by the time routes are matched, and never reaches the relay). The document is platform's
 * {@link Problem}, as every service's.
 */
@ApplicationScoped
public class NotFoundProblem {

    void install(@Observes Router router) {
        router.errorHandler(404, context -> {
            String path = context.request().path();
            ProblemType notFound = ProblemType.NOT_FOUND;
            Problem problem = new Problem(notFound.uri(), notFound.title(), notFound.status(),
                    Excerpt.bounded("the console has nothing at " + path), Excerpt.bounded(path), List.of());
            context.response().setStatusCode(notFound.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Json.encode(problem));
        });
    }
}
