package io.parley.console.spa;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;

/**
 * The external reviewer's page {@code /review/<token>}: the application's page WITHOUT a session (the HTTP
 * permission {@code review} lets it through). The page itself shows only the review (it never asks for
 * {@code /bff/me}), and its calls go only to {@code /api/v1/review/<token>/...} ({@code relay.ReviewRelay});
 * everything else of the console still needs a sign-in.
 */
@Path("/review/{token: [A-Za-z0-9_~.-]{1,512}}")
public class ReviewPage {

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The external review page (no sign-in)",
            description = "The application's page; it shows only the story the link's token gives access to.")
    @APIResponse(responseCode = "200", description = "The console's page")
    public Response page() throws IOException {
        return ScreenRoutes.page();
    }
}
