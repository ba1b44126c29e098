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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * "Connect with &lt;network&gt;": the OAuth 2.0 authorization-code flow that connects a live channel account
 * (Facebook and Instagram through Facebook Login, LinkedIn, X with PKCE, TikTok). The browser is sent to the network,
 * comes back to the callback through the console, and ends on the console's channels screen.
 */
@Path("/api/v1/channels/oauth")
@Tag(name = "Channels", description = "A brand's accounts on the platforms and its other sources; secrets by reference only")
public class OAuthResource {

    private static final Logger LOG = Logger.getLogger(OAuthResource.class);

    @Inject
    BrandAccess access;
    @Inject
    OAuthConnect connect;
    @Inject
    OAuthStates states;
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
    @APIResponse(responseCode = "400", description = "brand is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not a network connected this way (facebook, instagram, "
            + "linkedin, x, tiktok), or not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@Parameter(description = "facebook, instagram, linkedin, x or tiktok") @PathParam("network")
            String network, @Parameter(description = "the brand the account will belong to") @QueryParam("brand")
            String brand) {
        if (!OAuthConnect.NETWORKS.contains(network)) {
            throw ProblemException.notFound("no OAuth connect flow for '" + network
                    + "' (facebook, instagram, linkedin, x, tiktok)");
        }
        if (brand == null || brand.isBlank()) {
            throw ProblemException.invalid("brand", "is required");
        }
        access.require(brand);
        Optional<OAuthConfig.Network> n = connect.network(network);
        if (n.isEmpty()) {
            return console("connectError", "not_configured");
        }
        URI to = connect.authorization(network, n.get(), brand, access.userName());
        LOG.infof("%s connect flow started for brand %s by %s", network, brand, access.userName());
        return Response.seeOther(to).build();
    }

    @GET
    @Path("{network}/callback")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Finish connecting: the network sends the browser back here",
            description = "Checks the state (signature, network, caller, expiry; used once), exchanges the code at "
                    + "the network's token endpoint, reads which account the token is for, stores the token encrypted "
                    + "(never returned by any API; the account's secrets.accessToken becomes stored:<network>/<account>), "
                    + "creates or updates the live channel account and redirects (303) to the console's "
                    + "/channels?connected=<id>, or /channels?connectError=<code> (access_denied, expired, "
                    + "token_exchange_failed, account_unknown, already_connected, not_configured).")
    @APIResponse(responseCode = "303", description = "To the console's channels screen with the outcome")
    @APIResponse(responseCode = "400", description = "The state is missing, forged, tampered with, used already, "
            + "or issued to another user or network; or code is missing (errors name the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not a network connected this way",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response callback(@PathParam("network") String network,
            @Parameter(description = "the authorization code the network gave") @QueryParam("code") String code,
            @Parameter(description = "the state given at start") @QueryParam("state") String state,
            @Parameter(description = "the network's error (the person declined)") @QueryParam("error") String error) {
        if (!OAuthConnect.NETWORKS.contains(network)) {
            throw ProblemException.notFound("no OAuth connect flow for '" + network + "'");
        }
        OAuthStates.Pending pending;
        try {
            pending = states.consume(state, network, access.userName());
        } catch (OAuthStates.Refused refused) {
            if (refused.code.equals("expired")) {
                return console("connectError", "expired");
            }
            throw ProblemException.invalid("state", refused.getMessage());
        }
        if (error != null && !error.isBlank()) {
            states.finish(pending.id(), "access_denied", null, null);
            return console("connectError", "access_denied");
        }
        if (code == null || code.isBlank()) {
            states.finish(pending.id(), "invalid_request", null, null);
            throw ProblemException.invalid("code", "is required");
        }
        Optional<OAuthConfig.Network> n = connect.network(network);
        if (n.isEmpty()) {
            states.finish(pending.id(), "not_configured", null, null);
            return console("connectError", "not_configured");
        }
        try {
            UUID channel = connect.complete(pending, n.get(), code);
            states.finish(pending.id(), "connected", null, channel);
            return console("connected", channel.toString());
        } catch (OAuthConnect.Failed failed) {
            LOG.warnf("%s connect flow of brand %s by %s failed: %s", network, pending.brand(), pending.user(),
                    failed.getMessage());
            states.finish(pending.id(), failed.code, null, null);
            return console("connectError", failed.code);
        }
    }

    private Response console(String name, String value) {
        return Response.seeOther(URI.create(config.consoleUrl().orElse("") + "/channels?" + name + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8))).build();
    }
}
