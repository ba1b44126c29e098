package io.parley.ingest.channels;

import io.parley.platform.rest.EntityTags;
import io.parley.contracts.Platform;
import io.parley.ingest.competitors.CompetitorFeeds;
import io.parley.platform.problem.Problem;
import java.util.Set;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.Page;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A brand's channel accounts: which platform accounts and sources Parley hears and speaks for. */
@Path("/api/v1/channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Channels", description = "A brand's accounts on the platforms and its other sources; secrets by reference only")
public class ChannelsResource {

    private static final String EXAMPLE = """
            {"brand":"acme","platform":"telegram","accountId":"7000000002","name":"Acme support bot","mode":"sandbox",
             "secrets":{"secretToken":"env:PARLEY_CHANNEL_SECRETS_ACME_SUPPORT_BOT_WEBHOOK","botToken":"file:/var/run/secrets/parley/channels/acme-support-bot-token"}}""";
    private static final String COMPETITOR_EXAMPLE = """
            {"brand":"acme","platform":"rss","accountId":"globex-newsroom","name":"Globex newsroom",
             "settings":{"feedUrl":"https://globex.example/newsroom/feed.xml","competitor":"globex","pollSeconds":"3600"}}""";

    @Inject
    BrandAccess access;
    @Inject
    ChannelService service;
    @Inject
    PageLimits pages;
    @Inject
    SecretResolver secrets;
    @Inject
    ChannelDirectory directory;
    @Inject
    CompetitorFeeds competitors;
    @Inject
    io.parley.ingest.pull.PullConnectors pull;
    @Inject
    io.parley.ingest.health.ChannelHealth health;
    @Inject
    io.parley.ingest.oauth.OAuthConnect oauth;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "List channel accounts",
            description = "The accounts of one brand, or of every brand the caller may see, by brand, platform and "
                    + "account id, a page at a time (`limit`, and `cursor` from the previous page's nextCursor). "
                    + "Secrets appear as references with whether they can be read, never as values.")
    @APIResponse(responseCode = "200", description = "A page of accounts, by brand, platform and account id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChannelPage.class)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor this listing did not hand out "
            + "(the problem names the parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ChannelView> list(@Parameter(description = "only this brand's accounts", example = "acme")
            @QueryParam("brand") String brand,
            @Parameter(description = "page size, 1 to parley.pages.max-limit (200); default parley.pages.default-limit (50)",
                    example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "the previous page's nextCursor (with the same filters); absent for the first page")
            @QueryParam("cursor") String cursor) {
        int size = QueryParams.limit(limit, pages);
        Set<String> brands = brand != null ? Set.of(access.require(brand)) : access.brands();
        if (brands.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        return service.page(brands, cursor, size).map(this::view);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Read one channel account", description = "With its version as the ETag.")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", description = "No such account among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "the account's id") @PathParam("id") String id) {
        ChannelRow row = find(id);
        return Response.ok(view(row)).header("ETag", EntityTags.of(row.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Connect a channel account",
            description = "Platform accounts (facebook, instagram, x, telegram, vk, linkedin, youtube, tiktok) and other "
                    + "sources (rss, forum, generic). Secrets are given as references into the channel secret stores — "
                    + "env:PARLEY_CHANNEL_SECRETS_<NAME>, file:<channel secrets directory>/<name> or "
                    + "config:parley.channel-secrets.<name> (or stored:<platform>/<accountId>, the token the OAuth connect "
                    + "flow stored for that account) — never as values; GET /api/v1/channels/requirements lists what each platform "
                    + "needs. New accounts are in sandbox mode unless mode is live. An rss source with "
                    + "settings.competitor is a competitor's own public feed: its entries are counted once each as that "
                    + "competitor's posts (CompetitorPostObserved, for the calendar's cadence comparison) and never "
                    + "reach the inbox.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ChannelInput.class),
            examples = {@ExampleObject(name = "telegram", value = EXAMPLE),
                    @ExampleObject(name = "a competitor's feed", value = COMPETITOR_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Connected; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors (e.g. settings.competitor "
            + "not an id, or set together with listening=true)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A secret reference points outside the channel secret stores "
            + "(env:PARLEY_CHANNEL_SECRETS_*, files in the channel secrets directory, config:parley.channel-secrets.*); "
            + "each named in errors as secrets.<name>",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The platform account is already connected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response connect(ChannelInput input, @Context UriInfo uri) {
        if (input == null) {
            throw ProblemException.badRequest("a JSON body is required");
        }
        if (input.brand() != null) {
            access.require(input.brand());
        }
        ChannelRow row = service.connect(input.draft(), access.userName());
        return Response.created(uri.getAbsolutePathBuilder().path(row.id.toString()).build())
                .header("ETag", EntityTags.of(row.version)).entity(view(row)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Change a channel account",
            description = "Replaces name, mode, enabled, settings and secret references (brand, platform and "
                    + "account id stay). Send If-Match with the ETag you read to avoid overwriting a concurrent change.")
    @APIResponse(responseCode = "200", description = "Changed; the new version is the ETag")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A secret reference points outside the channel secret stores "
            + "(env:PARLEY_CHANNEL_SECRETS_*, files in the channel secrets directory, config:parley.channel-secrets.*); "
            + "each named in errors as secrets.<name>",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such account among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response change(@Parameter(description = "the account's id") @PathParam("id") String id,
            @Parameter(description = "the version you read, e.g. \"2\"") @HeaderParam("If-Match") String ifMatch,
            ChannelInput input) {
        if (input == null) {
            throw ProblemException.badRequest("a JSON body is required");
        }
        ChannelRow existing = find(id);
        EntityTags.checkIfNamed(ifMatch, existing.version);
        ChannelRow row = service.change(existing, input.draft(), access.userName());
        return Response.ok(view(row)).header("ETag", EntityTags.of(row.version)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Remove a channel account",
            description = "Its webhooks are refused from then on and its pull connector stops. Interactions "
                    + "already heard stay.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such account among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void remove(@Parameter(description = "the account's id") @PathParam("id") String id) {
        service.remove(find(id).id, access.userName());
    }

    @POST
    @Path("{id}/poll")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Read a polled source now",
            description = "YouTube channels, TikTok business accounts and RSS/Atom/forum feeds are read on their "
                    + "schedule (settings.pollSeconds); "
                    + "this reads one at once and answers where it got to. Webhook platforms are not polled.")
    @APIResponse(responseCode = "200", description = "Read; the source's pull state")
    @APIResponse(responseCode = "404", description = "No such account among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The account is paused, or its platform is not polled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PullState pollNow(@Parameter(description = "the account's id") @PathParam("id") String id) {
        ChannelRow row = find(id);
        ChannelAccount account = directory.find(Platform.fromId(row.platform), row.accountId)
                .orElseThrow(() -> ProblemException.conflict("the account is paused; enable it first"));
        try {
            return PullState.of(pull.pollNow(account), competitorPosts(account.id(), account.settings()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    @GET
    @Path("requirements")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "What each platform's accounts need",
            description = "The secrets (by name, whether required, what for) and settings each platform takes, whether "
                    + "it is polled, and whether its accounts connect through the OAuth connect flow.")
    @APIResponse(responseCode = "200", description = "Per platform")
    public Map<String, PlatformRequirements> requirements() {
        Map<String, PlatformRequirements> out = new TreeMap<>();
        Arrays.stream(Platform.values()).forEach(p -> out.put(p.id(),
                new PlatformRequirements(ChannelRules.secrets(p), ChannelRules.settings(p),
                        ChannelRules.POLLED.contains(p), oauth.network(p.id()).isPresent())));
        return out;
    }

    private Long competitorPosts(UUID id, Map<String, String> settings) {
        return settings.containsKey(CompetitorFeeds.SETTING) ? competitors.recorded(id) : null;
    }

    private ChannelRow find(String id) {
        return service.visible(id, access);
    }

    private ChannelView view(ChannelRow r) {
        List<SecretView> secretViews = r.secretRefs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> {
                    SecretReference ref = SecretReference.parse(e.getValue());
                    return new SecretView(e.getKey(), ref.toString(), secrets.resolve(new ChannelAccount(
                            Platform.fromId(r.platform), r.accountId, r.brand, ChannelMode.sandbox), ref).isPresent(),
                            secrets.stores().refusal(ref).orElse(null));
                }).toList();
        io.parley.ingest.pull.PullCursor cursor = io.parley.ingest.pull.PullCursor.findById(r.id);
        return new ChannelView(r.id, r.brand, r.platform, r.accountId, r.name, r.mode, r.enabled,
                new TreeMap<>(r.settings), secretViews, cursor != null ? PullState.of(cursor, competitorPosts(r.id, r.settings)) : null, r.origin,
                r.version, r.createdAt, r.createdBy, r.updatedAt, r.updatedBy, health(r));
    }

    private HealthView health(ChannelRow r) {
        return health.of(r.id).map(h -> {
            io.parley.ingest.health.HealthState state = io.parley.ingest.health.HealthState.fromId(h.state);
            return new HealthView(h.state, h.since, h.reason, state.whatToDo(), h.lastEventAt,
                    health.policy().usualGapSeconds(h.recentGaps), h.until);
        }).orElseGet(() -> new HealthView(io.parley.ingest.health.HealthState.HEALTHY.id(), r.createdAt, null,
                io.parley.ingest.health.HealthState.HEALTHY.whatToDo(), null, null, null));
    }

    @Schema(name = "ChannelInput", description = "A channel account to connect or its new state")
    public record ChannelInput(
            @Schema(description = "the brand it belongs to (fixed once connected)", example = "acme") String brand,
            @Schema(description = "facebook, instagram, x, linkedin, youtube, tiktok, vk, telegram, forum, rss or generic",
                    example = "telegram") String platform,
            @Schema(description = "the account's id on the platform: page id, user id, bot id, channel id, source name",
                    example = "7000000002") String accountId,
            @Schema(description = "a name people recognise", example = "Acme support bot") String name,
            @Schema(description = "sandbox (default) records outbound requests; live sends them",
                    enumeration = {"sandbox", "live"}) String mode,
            @Schema(description = "false pauses the account without removing it") Boolean enabled,
            @Schema(description = "non-secret settings, e.g. feedUrl, pollSeconds; on an rss source, competitor (a "
                    + "competitor's id from the catalogue, e.g. globex) marks the feed as that competitor's own: its "
                    + "entries are counted as the competitor's posts (calendar's cadence comparison), never mentions. "
                    + "GET /api/v1/channels/requirements lists every platform's settings") Map<String, String> settings,
            @Schema(description = "secret references by name, into the channel secret stores: "
                    + "env:PARLEY_CHANNEL_SECRETS_<NAME>, file:<channel secrets directory>/<name> or "
                    + "config:parley.channel-secrets.<name>") Map<String, String> secrets) {

        ChannelService.Draft draft() {
            return new ChannelService.Draft(brand, platform, accountId, name, mode, enabled, settings, secrets);
        }
    }

    // The page's documented shape (platform rest.Page of accounts), so that the 200 response names its schema; the
    // endpoint answers Page<ChannelView> itself.
    @Schema(name = "ChannelPage", description = "A page of channel accounts; pass nextCursor as cursor for the next")
    public record ChannelPage(@Schema(required = true) List<ChannelView> items,
            @Schema(description = "the next page's cursor (with the same brand); null on the last page") String nextCursor) {
    }

    @Schema(name = "Channel", description = "A channel account; secrets appear only as references")
    public record ChannelView(UUID id, String brand, String platform, String accountId, String name, String mode,
            boolean enabled, Map<String, String> settings, List<SecretView> secrets,
            @Schema(description = "for polled sources: how far they have been read") PullState pull,
            @Schema(description = "api, or configuration for accounts declared in the service's configuration")
            String origin, int version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
            @Schema(description = "the account's health as the gateway sees it") HealthView health) {
    }

    @Schema(name = "ChannelHealth", description = "A channel account's health: judged from the platforms' answers to "
            + "its calls (sends, polls, insights readings), the events heard for it and the health scan. Each change "
            + "is a parley.channels.health-changed.v1 event on parley.channels.v1")
    public record HealthView(
            @Schema(description = "healthy; silent (no event for many times its usual gap); token_revoked (HTTP 401, "
                    + "Graph 190, X 89, or its tokenExpiresAt passed: its outbound actions wait and are sent once the "
                    + "account is changed with a new token reference, PUT); missing_permission (Graph 10/200–299, X 403 "
                    + "client-forbidden or 453); rate_limited (until); poll_errors (several polls in a row failed); "
                    + "token_expiring (until)", enumeration = {"healthy", "silent", "token_revoked",
                    "missing_permission", "rate_limited", "poll_errors", "token_expiring"}) String state,
            @Schema(description = "since when") Instant since,
            @Schema(description = "what was seen, in the platform's words where it gave some; null when healthy")
            String reason,
            @Schema(description = "what a person should do: none, check_source, reconnect, grant_permission, wait, "
                    + "check_poll, renew_token", enumeration = {"none", "check_source", "reconnect", "grant_permission",
                    "wait", "check_poll", "renew_token"}) String whatToDo,
            @Schema(description = "when an event (webhook, poll, import) was last heard for the account, as of the last "
                    + "health scan") Instant lastEventAt,
            @Schema(description = "its usual gap between events in seconds (median of recent gaps, never below the "
                    + "floor); null until enough are known") Long usualGapSeconds,
            @Schema(description = "rate_limited: when it may call again; token_expiring: when the token expires")
            Instant until) {
    }

    @Schema(name = "PullState", description = "How far a polled source has been read")
    public record PullState(
            @Schema(description = "ok, not-modified, idle (missing a secret) or failed") String lastStatus,
            @Schema(description = "why the last read failed or idled") String lastError,
            Instant lastPolledAt, Instant nextPollAt,
            @Schema(description = "everything up to this time has been read") Instant readUpTo,
            @Schema(description = "a walk through pages is under way and resumes here") boolean resuming,
            long itemsSeen, long requests,
            @Schema(description = "for a competitor's feed (settings.competitor): its posts recorded so far, each once "
                    + "however often the feed is read; null for other sources") Long competitorPosts) {
        static PullState of(io.parley.ingest.pull.PullCursor c, Long competitorPosts) {
            return new PullState(c.lastStatus, c.lastError, c.lastPolledAt, c.nextPollAt, c.highWater,
                    c.pageToken != null, c.itemsSeen, c.requests, competitorPosts);
        }
    }

    @Schema(name = "ChannelSecret", description = "Where a secret is kept, and whether the service can read it now")
    public record SecretView(String name, String reference, boolean available,
            @Schema(description = "set when the reference points outside the channel secret stores (an account "
                    + "stored before they were enforced): why it is not read; change the reference")
            String outsideStores) {
    }

    @Schema(name = "PlatformRequirements")
    public record PlatformRequirements(List<ChannelRules.SecretSlot> secrets, List<ChannelRules.SettingSlot> settings,
            boolean polled,
            @Schema(description = "true: accounts connect through the network's consent page "
                    + "(GET /api/v1/brands/{brand}/channels/oauth/{network}/start), its client being configured") boolean oauth) {
    }
}
