package io.parley.ingest.oauth;

import io.parley.contracts.Platform;
import io.parley.ingest.channels.ChannelIds;
import io.parley.ingest.channels.ChannelRow;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URLEncoder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * "Connect with &lt;network&gt;": the OAuth 2.0 authorization-code flow that connects a live channel account
 * (Facebook and Instagram through Facebook Login, LinkedIn, X with PKCE, TikTok). The browser is sent to the network,
 * comes back to the callback through the console, and ends on the console's channels screen. The flow starts at {@link OAuthStartResource} (the brand in the path).
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
    @Inject
    OAuthPickings pickings;

    /** One account the person may pick. */
    @Schema(name = "PickableAccount", description = "A Facebook Page, or the Instagram business account linked to one, "
            + "that the person manages")
    public record PickableAccount(
            @Schema(description = "the account's id on the network (the Page's id; the Instagram business account's id)",
                    example = "108824017345866") String accountId,
            @Schema(description = "the Page's name or the Instagram username", example = "Acme Coffee Ζήτα") String name,
            @Schema(description = "the Page's id (for Instagram: the Page the account is linked to)",
                    example = "108824017345866") String pageId,
            @Schema(description = "the Page's name", example = "Acme Coffee Ζήτα") String pageName,
            @Schema(description = "what the person may do on the Page (Graph's tasks)",
                    example = "[\"MODERATE\",\"CREATE_CONTENT\",\"MANAGE\"]") List<String> tasks,
            @Schema(description = "already a channel account of this brand (picking it again stores the new token)")
            boolean connected,
            @Schema(description = "the brand's channel account for it, when connected", nullable = true) UUID channelId,
            @Schema(description = "a channel account of another brand: cannot be picked (409)")
            boolean otherBrand) {
    }

    @Schema(name = "Picking", description = "The accounts the person may connect after Connect with Facebook/Instagram")
    public record PickingView(@Schema(example = "facebook") String network, @Schema(example = "acme") String brand,
            @Schema(description = "after this the picking is refused; connect again") Instant expiresAt,
            List<PickableAccount> accounts) {
    }

    @Schema(name = "PickingChoice", description = "The accounts to connect; none connects nothing and ends the picking")
    public record PickingChoice(@Schema(description = "ids from the picking's accounts[].accountId",
            example = "[\"108824017345866\"]") List<String> accountIds) {
    }

    @Schema(name = "PickedAccount")
    public record PickedAccount(@Schema(example = "108824017345866") String accountId,
            @Schema(example = "Acme Coffee Ζήτα") String name, UUID channelId,
            @Schema(description = "the account was connected already: its token was replaced") boolean updated) {
    }

    @Schema(name = "PickingResult")
    public record PickingResult(List<PickedAccount> connected) {
    }

    @GET
    @Path("pickings/{picking}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The Pages (or Instagram business accounts) the person may connect",
            description = "After Connect with Facebook or Instagram the callback ends on the console's "
                    + "/channels?picking=<picking>. This reads Graph's /me/accounts with the person's user token (kept "
                    + "encrypted only while the picking lasts, parley.ingest.oauth.state-ttl) and lists each account "
                    + "with its name and id, marking those already connected for the brand. Only the person who "
                    + "started the flow, for a brand they can see. Tokens are never returned.")
    @APIResponse(responseCode = "200", description = "The accounts",
            content = @Content(schema = @Schema(implementation = PickingView.class), examples = @ExampleObject(
                    name = "two pages", value = "{\"network\":\"facebook\",\"brand\":\"acme\","
                    + "\"expiresAt\":\"2026-12-06T18:10:00Z\",\"accounts\":[{\"accountId\":\"108824017345866\","
                    + "\"name\":\"Acme Coffee\",\"pageId\":\"108824017345866\",\"pageName\":\"Acme Coffee\","
                    + "\"tasks\":[\"MODERATE\",\"CREATE_CONTENT\",\"MANAGE\"],\"connected\":true,"
                    + "\"channelId\":\"5b0f7f0e-3c43-3f0a-9a51-6a1d2f7c8e10\",\"otherBrand\":false},"
                    + "{\"accountId\":\"204417230099112\",\"name\":\"Acme Ζήτα Ελλάδα\",\"pageId\":"
                    + "\"204417230099112\",\"pageName\":\"Acme Ζήτα Ελλάδα\",\"tasks\":[\"MODERATE\"],"
                    + "\"connected\":false,\"channelId\":null,\"otherBrand\":false}]}")))
    @APIResponse(responseCode = "400", description = "The picking is forged, tampered with, another user's, finished "
            + "or expired (errors[0].field = picking)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Graph could not be read; try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PickingView picking(@Parameter(description = "the handle the callback gave the console")
            @PathParam("picking") String handle) {
        OAuthPickings.Open open = open(handle);
        List<PickableAccount> accounts = new ArrayList<>();
        for (OAuthConnect.Choice c : choices(open)) {
            ChannelRow row = ChannelRow.findById(ChannelIds.of(Platform.fromId(open.network()), c.accountId()));
            boolean mine = row != null && row.brand.equals(open.brand());
            accounts.add(new PickableAccount(c.accountId(), c.name(), c.pageId(), c.pageName(), c.tasks(), mine,
                    mine ? row.id : null, row != null && !mine));
        }
        return new PickingView(open.network(), open.brand(), open.expiresAt(), accounts);
    }

    @POST
    @Path("pickings/{picking}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Connect the picked Pages (or Instagram business accounts)",
            description = "Each picked account becomes a live channel account of the brand with the Page's own token "
                    + "(stored encrypted like the other OAuth tokens: secrets.accessToken = stored:<network>/<account>; "
                    + "never returned). An account already connected for the brand gets the new token (reconnecting "
                    + "is how a revoked or expired token is repaired; its health turns back to ok). An account of "
                    + "another brand is refused (409 naming it) and nothing is connected. Picking nothing connects "
                    + "nothing. Either way the picking ends: the user token is wiped and the handle is refused after.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PickingChoice.class), examples = @ExampleObject(
            name = "one page", value = "{\"accountIds\":[\"204417230099112\"]}")))
    @APIResponse(responseCode = "200", description = "What was connected",
            content = @Content(schema = @Schema(implementation = PickingResult.class), examples = @ExampleObject(
                    name = "one page", value = "{\"connected\":[{\"accountId\":\"204417230099112\",\"name\":"
                    + "\"Acme Ζήτα Ελλάδα\",\"channelId\":\"9d3c1a52-7e0b-3b6c-8f41-2a9e5d0c7b34\","
                    + "\"updated\":false}]}")))
    @APIResponse(responseCode = "400", description = "The picking is refused (field picking), or accountIds is "
            + "missing or names an account the person does not manage (field accountIds[i])",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A picked account is a channel account of another brand",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Graph could not be read; try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PickingResult pick(@PathParam("picking") String handle, PickingChoice choice) {
        OAuthPickings.Open open = open(handle);
        if (choice == null || choice.accountIds() == null) {
            throw ProblemException.invalid("accountIds", "is required (an empty list connects nothing)");
        }
        List<OAuthConnect.Choice> offered = choices(open);
        List<OAuthConnect.Choice> picked = new ArrayList<>();
        for (int i = 0; i < choice.accountIds().size(); i++) {
            String id = choice.accountIds().get(i);
            OAuthConnect.Choice c = offered.stream().filter(o -> o.accountId().equals(id)).findFirst().orElse(null);
            if (c == null) {
                throw ProblemException.invalid("accountIds[" + i + "]", "'" + id + "' is not one of the accounts "
                        + "this login manages");
            }
            if (picked.stream().noneMatch(p -> p.accountId().equals(id))) {
                picked.add(c);
            }
        }
        Platform platform = Platform.fromId(open.network());
        for (OAuthConnect.Choice c : picked) {
            ChannelRow row = ChannelRow.findById(ChannelIds.of(platform, c.accountId()));
            if (row != null && !row.brand.equals(open.brand())) {
                throw ProblemException.conflict(open.network() + " account " + c.accountId() + " (" + c.name()
                        + ") is a channel account of another brand; nothing was connected");
            }
        }
        if (!pickings.finish(open.id(), String.join(",", picked.stream().map(OAuthConnect.Choice::accountId)
                .toList()))) {
            throw ProblemException.invalid("picking", "picking was finished already");
        }
        List<PickedAccount> out = new ArrayList<>();
        for (OAuthConnect.Choice c : picked) {
            boolean existed = ChannelRow.findById(ChannelIds.of(platform, c.accountId())) != null;
            try {
                out.add(new PickedAccount(c.accountId(), c.name(), connect.connectPicked(open, c), existed));
            } catch (OAuthConnect.Failed failed) {
                throw ProblemException.conflict(open.network() + " account " + c.accountId() + " (" + c.name()
                        + "): " + failed.getMessage());
            }
        }
        LOG.infof("%s picking of brand %s by %s: %d account(s) connected", open.network(), open.brand(), open.user(),
                out.size());
        return new PickingResult(out);
    }

    private OAuthPickings.Open open(String handle) {
        OAuthPickings.Open open;
        try {
            open = pickings.find(handle, access.userName());
        } catch (OAuthStates.Refused refused) {
            throw ProblemException.invalid("picking", refused.getMessage());
        }
        access.require(open.brand());
        return open;
    }

    private List<OAuthConnect.Choice> choices(OAuthPickings.Open open) {
        OAuthConfig.Network n = connect.network(open.network()).orElseThrow(() -> new ProblemException(
                ProblemType.UNAVAILABLE, open.network() + " is not configured"));
        try {
            return connect.choices(open.network(), n, open.userToken());
        } catch (OAuthConnect.Failed failed) {
            LOG.warnf("%s picking of brand %s: %s", open.network(), open.brand(), failed.getMessage());
            throw new ProblemException(ProblemType.UNAVAILABLE, "cannot read the accounts from " + open.network()
                    + " (" + failed.getMessage() + ")");
        }
    }

    @GET
    @Path("{network}/callback")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Finish connecting: the network sends the browser back here",
            description = "Checks the state (signature, network, caller, expiry; used once), exchanges the code at "
                    + "the network's token endpoint, reads which account the token is for, stores the token encrypted "
                    + "(never returned by any API; the account's secrets.accessToken becomes stored:<network>/<account>), "
                    + "creates or updates the live channel account and redirects (303) to the console's "
                    + "/channels?connected=<id>; for Facebook and Instagram it keeps the person's user token for the picking "
                    + "and redirects to /channels?picking=<picking> (the picker, see pickings/{picking}); or "
                    + "/channels?connectError=<code> (access_denied, expired, "
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
                return console(config, "connectError", "expired");
            }
            throw ProblemException.invalid("state", refused.getMessage());
        }
        if (error != null && !error.isBlank()) {
            states.finish(pending.id(), "access_denied", null, null);
            return console(config, "connectError", "access_denied");
        }
        if (code == null || code.isBlank()) {
            states.finish(pending.id(), "invalid_request", null, null);
            throw ProblemException.invalid("code", "is required");
        }
        Optional<OAuthConfig.Network> n = connect.network(network);
        if (n.isEmpty()) {
            states.finish(pending.id(), "not_configured", null, null);
            return console(config, "connectError", "not_configured");
        }
        try {
            if (n.get().picker()) {
                String handle = pickings.open(pending, connect.userToken(pending, n.get(), code));
                states.finish(pending.id(), "picking", null, null);
                return console(config, "picking", handle);
            }
            UUID channel = connect.complete(pending, n.get(), code);
            states.finish(pending.id(), "connected", null, channel);
            return console(config, "connected", channel.toString());
        } catch (OAuthConnect.Failed failed) {
            LOG.warnf("%s connect flow of brand %s by %s failed: %s", network, pending.brand(), pending.user(),
                    failed.getMessage());
            states.finish(pending.id(), failed.code, null, null);
            return console(config, "connectError", failed.code);
        }
    }

    /** A redirect to the console's channels screen with the outcome. */
    static Response console(OAuthConfig config, String name, String value) {
        return Response.seeOther(URI.create(config.consoleUrl().orElse("") + "/channels?" + name + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8))).build();
    }
}
