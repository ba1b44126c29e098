package io.parley.calendar.api;

import io.parley.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * The problems every signed-in operation can answer — 401 without a valid token, 403 for a role that may not,
 * 404 for a brand or resource not the caller's — said once here instead of on every method. The public review
 * pages (no token) get their 404 only. Resources document their own successes and other problems.
 */
public class CommonResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Operation op : path.getValue().getOperations().values()) {
                APIResponses responses = op.getResponses();
                if (responses.getAPIResponses() != null) {
                    // A 400 the framework adds for bean validation comes without a body: it is the invalid-input problem.
                    responses.getAPIResponses().forEach((status, r) -> {
                        if (status.startsWith("4") && r.getContent() == null) {
                            r.content(problem(Examples.INVALID_STORY));
                        }
                    });
                }
                if (!path.getKey().startsWith("/api/v1/brands/") || path.getKey().endsWith("/calendar.ics")) {
                    continue; // the feed is public: its token is the credential (404 and 410 are its own)
                }
                add(responses, "401", "No valid bearer token", Examples.UNAUTHORIZED);
                add(responses, "403", "The caller's roles do not allow this", Examples.FORBIDDEN);
                add(responses, "404", "Not one of the caller's brands, or no such story, variant or resource",
                        Examples.STORY_NOT_FOUND);
            }
        }
    }

    private static void add(APIResponses responses, String status, String description, String example) {
        var existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return; // the resource says it itself
        }
        // Also fills the content of the 401/403 that @RolesAllowed adds on its own without a body.
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(existing != null
                && existing.getDescription() != null ? existing.getDescription() : description)
                .content(problem(example)));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problem(String example) {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .addExample("problem", OASFactory.createExample().value(example)));
    }
}
