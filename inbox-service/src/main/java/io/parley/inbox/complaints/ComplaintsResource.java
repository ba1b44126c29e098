package io.parley.inbox.complaints;

import io.parley.inbox.api.Examples;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The brand's complaint library: search and read. */
@Path("/api/v1/brands/{brand}/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaint library")
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class ComplaintsResource {

    static final int MAX_LIMIT = 100;

    @Inject
    ComplaintLibrary library;


    @GET
    @Operation(summary = "Search the complaint library",
            description = "With q: cases ranked by TF-IDF cosine similarity of stemmed terms (\"przesyłka\" finds "
                    + "\"przesyłki\", \"посылка\" finds \"посылку\"), with score and matching words. Without q: the "
                    + "newest cases. lang says how to stem Latin-script words of q (en or pl; default: both).")
    @APIResponse(responseCode = "200", description = "Matching cases",
            content = @Content(schema = @Schema(implementation = ComplaintViews.Matches.class),
                    examples = @ExampleObject(name = "one match", value = ComplaintExamples.MATCHES)))
    @APIResponse(responseCode = "400", description = "A bad limit, lang or a too long q", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public ComplaintViews.Matches search(@PathParam("brand") String brand,
            @Parameter(description = "words to look for", example = "zgubiona przesyłka") @QueryParam("q") String q,
            @Parameter(description = "only this category") @QueryParam("category") String category,
            @Parameter(description = "language of q: en, pl, el or ru") @QueryParam("lang") String lang,
            @Parameter(description = "how many, 1 to " + MAX_LIMIT) @QueryParam("limit") @DefaultValue("20")
            int limit) {
        int n = ConversationComplaintsResource.limit(limit);
        if (lang != null && !Terms.STEMMED.contains(lang)) {
            throw ProblemException.invalid("lang", "must be one of en, pl, el, ru; was '" + lang + "'");
        }
        if (q != null && q.length() > 1000) {
            throw ProblemException.invalid("q", "must be at most 1000 characters");
        }
        Optional<String> only = Optional.ofNullable(category).filter(c -> !c.isBlank());
        if (q == null || q.isBlank()) {
            return new ComplaintViews.Matches(library.latest(brand, only, n).stream()
                    .map(k -> new ComplaintViews.Match(ComplaintViews.of(k), 0, List.of())).toList());
        }
        return new ComplaintViews.Matches(library.search(brand, q, lang, only, n));
    }

    @GET
    @Path("/{caseId}")
    @Operation(summary = "One case of the complaint library",
            description = "The settled complaint: what the customer raised, how it was settled and the "
            + "conversation it came from. 404 when it is not a case of this brand.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = ComplaintViews.Case.class),
                    examples = @ExampleObject(name = "case", value = ComplaintExamples.CASE)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's brand", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ComplaintViews.Case get(@PathParam("brand") String brand, @PathParam("caseId") UUID caseId) {
        return ComplaintViews.of(library.get(brand, caseId));
    }

}
