package io.parley.console.spa;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;

/**
 * The single-page application's own addresses ({@code /inbox}, {@code /standards/...}): each answers
 * the application's {@code index.html}, so a bookmark or a reload opens the right screen.
 */
@Path("/{screen: inbox|approvals|complaints|incidents|standards|calendar|analytics|reports|stories|channels|brand|care-setup}")
@Authenticated
public class ScreenRoutes {

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A screen of the console", description = "The application's page; it shows the screen.")
    @APIResponse(responseCode = "200", description = "The console's page")
    public Response screen() throws IOException {
        return page();
    }

    @GET
    @Path("{rest: .+}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A view inside a screen of the console", description = "The application's page.")
    @APIResponse(responseCode = "200", description = "The console's page")
    public Response view() throws IOException {
        return page();
    }

    /** The application's index.html (also the public review page's: {@link ReviewPage}). */
    static Response page() throws IOException {
        try (InputStream page = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/resources/index.html")) {
            if (page == null) {
                return Response.status(503).type(MediaType.TEXT_PLAIN)
                        .entity("The console's pages were not built (mvn -pl console package)").build();
            }
            return Response.ok(page.readAllBytes(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Cache-Control", "no-store").build();
        }
    }
}
