package io.parley.ingest.oauth;

import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Optional;

/**
 * "Connect with &lt;network&gt;" for one brand: the start of {@link OAuthResource}'s flow. The brand is in the path, so
 * platform's {@code BrandInPath} has checked it before this runs; the state handed to the network binds it.
 */
@Path("/api/v1/brands/{brand}/channels/oauth")
@Tag(name = "Channels", description = "A brand's accounts on the platforms and its other sources; secrets by reference only")
public class OAuthStartResource {

    private static final Logger LOG = Logger.getLogger(OAuthStartResource.class);

    @Inject
    BrandAccess access;
    @Inject
    OAuthConnect connect;
    @Inject
    OAuthConfig config;

    @GET
    @Path("{network}/start")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Start connecting an account with the network's consent page",
            description = "Redirects (303) to the network's authorization address with a state that is signed, "
                    + "single-use, expires (parley.ingest.oauth.state-ttl, 10 min) and is bound to the caller and the "
                    + "brand, and with PKCE (S256) where the network takes it (X). A network whose client is not "
                    + "configured redirects to the console's /channels?connectError=not_configured.")
    @APIResponse(responseCode = "303", description = "To the network's consent page (Location)")
    @APIResponse(responseCode = "404", description = "Not a network connected this way (facebook, instagram, "
            + "linkedin, x, tiktok), or not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@Parameter(description = "facebook, instagram, linkedin, x or tiktok") @PathParam("network")
            String network, @Parameter(description = "the brand the account will belong to", example = "acme")
            @PathParam("brand") String brand) {
        if (!OAuthConnect.NETWORKS.contains(network)) {
            throw ProblemException.notFound("no OAuth connect flow for '" + network
                    + "' (facebook, instagram, linkedin, x, tiktok)");
        }
        Optional<OAuthConfig.Network> n = connect.network(network);
        if (n.isEmpty()) {
            return OAuthResource.console(config, "connectError", "not_configured");
        }
        URI to = connect.authorization(network, n.get(), brand, access.userName());
        LOG.infof("%s connect flow started for brand %s by %s", network, brand, access.userName());
        return Response.seeOther(to).build();
    }
}
