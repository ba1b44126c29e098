package io.parley.inbox.complaints;

import io.parley.inbox.api.Examples;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.security.BrandAccess;
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

/** The past cases like a conversation's complaint. */
@Path("/api/v1/conversations/{conversationId}/similar-cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaint library")
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class SimilarCasesResource {

    @Inject
    ComplaintLibrary library;

    @Inject
    BrandAccess access;

    @GET
    @Operation(summary = "Past cases like this conversation's complaint",
            description = "The brand's settled complaints ranked by the TF-IDF cosine similarity of their stemmed "
                    + "terms to what the customer wrote here (stop words of English, Polish, Greek and Russian left "
                    + "out), with the score and the words that matched. Cases sharing no term are not listed.")
    @APIResponse(responseCode = "200", description = "The most similar cases first",
            content = @Content(schema = @Schema(implementation = ComplaintViews.Matches.class),
                    examples = @ExampleObject(name = "one match", value = ComplaintExamples.MATCHES)))
    @APIResponse(responseCode = "400", description = "A bad limit", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.CONVERSATION_NOT_FOUND)))
    public ComplaintViews.Matches similar(@PathParam("conversationId") UUID conversationId,
            @Parameter(description = "how many, 1 to " + ComplaintsResource.MAX_LIMIT) @QueryParam("limit") @DefaultValue("5") int limit) {
        return new ComplaintViews.Matches(library.similar(conversationId, access.brands(), ConversationComplaintsResource.limit(limit)));
    }

}
