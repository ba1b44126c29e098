package io.parley.ingest.listening;

import io.parley.platform.rest.EntityTags;
import io.parley.platform.problem.Problem;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.Keyset;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A brand's listening rules: what makes an item of a listening source a mention of the brand. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Listening", description = "Keyword rules that find mentions of the brand that do not tag it")
public class ListeningRulesResource {

    private static final String EXAMPLE = """
            {"brand":"acme","name":"Refund complaints","terms":["acme zwrot pieniędzy","acme nothing works",
             "acme верните деньги","acme επιστροφή χρημάτων"],"exclusions":["acme bank"],"languages":[],
             "platforms":["rss","forum","generic"]}""";

    @Inject
    BrandAccess access;
    @Inject
    ListeningRules rules;
    @Inject
    PageLimits pages;

    @GET
    @Path("brands/{brand}/listening-rules")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "List a brand's listening rules", description = "The rules of the brand with their phrases, "
            + "exclusions, languages and networks, and who changed each last; by name, a page at a time (`limit`, "
            + "and `cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of rules, by name", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulePage.class)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor this listing did not hand out "
            + "(the problem names the parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RuleView> list(@Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "page size, 1 to parley.pages.max-limit (200); default parley.pages.default-limit (50)",
                    example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "the previous page's nextCursor (with the same filters); absent for the first page")
            @QueryParam("cursor") String cursor) {
        int size = QueryParams.limit(limit, pages);
        // keyset on the unique (brand, name)
        return RULES.page((q, p, rows) -> ListeningRuleRow.<ListeningRuleRow>find(q, p).range(0, rows - 1).list(),
                "brand = :b", Map.of("b", brand), cursor, size).map(RuleView::of);
    }

    /** The order of {@link #list}, and its cursors' name. */
    static final Keyset<ListeningRuleRow> RULES = Keyset.<ListeningRuleRow>ascending("listening-rules")
            .text("name", r -> r.name);

    @GET
    @Path("listening-rules/{id}")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Read a listening rule", description = "With its version as the ETag.")
    @APIResponse(responseCode = "200", description = "The rule")
    @APIResponse(responseCode = "404", description = "No such rule among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id) {
        ListeningRuleRow r = find(id);
        return Response.ok(RuleView.of(r)).header("ETag", EntityTags.of(r.version)).build();
    }

    @POST
    @Path("listening-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Create a listening rule",
            description = "Items of the brand's listening sources (channel accounts with settings.listening=true) "
                    + "become mentions when a term matches and no exclusion does. Terms are phrases matched word by "
                    + "word in their inflected forms (Polish, Greek, Russian, English); languages and platforms, when "
                    + "given, restrict the rule.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RuleInput.class),
            examples = @ExampleObject(name = "refunds", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The brand has a rule of that name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(RuleInput input, @Context UriInfo uri) {
        if (input == null) {
            throw ProblemException.badRequest("a JSON body is required");
        }
        if (input.brand() != null) {
            access.require(input.brand());
        }
        ListeningRuleRow r = rules.create(input.draft(), access.userName());
        return Response.created(uri.getAbsolutePathBuilder().path(r.id.toString()).build())
                .header("ETag", EntityTags.of(r.version)).entity(RuleView.of(r)).build();
    }

    @PUT
    @Path("listening-rules/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Change a listening rule", description = "Replaces it; If-Match guards a concurrent change.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such rule among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response change(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, RuleInput input) {
        if (input == null) {
            throw ProblemException.badRequest("a JSON body is required");
        }
        ListeningRuleRow existing = find(id);
        EntityTags.checkIfNamed(ifMatch, existing.version);
        ListeningRuleRow r = rules.change(existing.id, input.draft(), access.userName());
        return Response.ok(RuleView.of(r)).header("ETag", EntityTags.of(r.version)).build();
    }

    @DELETE
    @Path("listening-rules/{id}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Remove a listening rule", description = "Mentions are no longer matched against it from "
            + "the next one on; mentions it matched before stay in the inbox.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such rule among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void remove(@PathParam("id") String id) {
        rules.remove(find(id).id, access.userName());
    }

    private ListeningRuleRow find(String id) {
        try {
            ListeningRuleRow r = ListeningRuleRow.findById(UUID.fromString(id));
            if (r != null && access.allows(r.brand)) {
                return r;
            }
        } catch (IllegalArgumentException e) {
            // not an id: no such rule
        }
        throw ProblemException.notFound("no listening rule " + id);
    }

    @Schema(name = "ListeningRuleInput")
    public record RuleInput(
            @Schema(example = "acme") String brand,
            @Schema(example = "Refund complaints") String name,
            @Schema(description = "phrases; any one matching makes a mention") List<String> terms,
            @Schema(description = "phrases; any one matching makes it not a mention") List<String> exclusions,
            @Schema(description = "ISO 639-1 codes; empty for every language") List<String> languages,
            @Schema(description = "platforms of the listening sources; empty for every one") List<String> platforms,
            @Schema(description = "false keeps the rule without applying it") Boolean enabled) {
        ListeningRules.Draft draft() {
            return new ListeningRules.Draft(brand, name, terms, exclusions, languages, platforms, enabled);
        }
    }

    // The page's documented shape (platform rest.Page of rules), so that the 200 response names its schema; the
    // endpoint answers Page<RuleView> itself.
    @Schema(name = "ListeningRulePage", description = "A page of a brand's listening rules; pass nextCursor as cursor "
            + "for the next")
    public record RulePage(@Schema(required = true) List<RuleView> items,
            @Schema(description = "the next page's cursor (with the same brand); null on the last page") String nextCursor) {
    }

    @Schema(name = "ListeningRule")
    public record RuleView(UUID id, String brand, String name, List<String> terms, List<String> exclusions,
            List<String> languages, List<String> platforms, boolean enabled, int version, Instant createdAt,
            String createdBy, Instant updatedAt, String updatedBy) {
        static RuleView of(ListeningRuleRow r) {
            return new RuleView(r.id, r.brand, r.name, r.terms, r.exclusions, r.languages.stream().sorted().toList(),
                    r.platforms, r.enabled, r.version, r.createdAt, r.createdBy, r.updatedAt, r.updatedBy);
        }
    }
}
