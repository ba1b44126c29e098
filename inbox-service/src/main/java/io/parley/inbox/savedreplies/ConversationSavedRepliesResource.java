package io.parley.inbox.savedreplies;

import io.parley.inbox.api.Examples;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.Conversations;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The brand's saved replies for one conversation: its language, its author, suggested by its mood. */
@Path("/api/v1/conversations/{conversationId}/saved-replies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saved replies")
public class ConversationSavedRepliesResource {

    @Inject
    BrandAccess access;

    @Inject
    Conversations conversations;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Saved replies for a conversation, rendered",
            description = "The brand's saved replies in the conversation's language (all languages when it is "
                    + "unknown), with the variables filled in: {author.name}, {author.firstName} (the customer), "
                    + "{brand}, {agent.name} (the caller), {channel}. Those written for the conversation's sentiment "
                    + "come first and are marked suggested — for an angry customer (negative), the replies with "
                    + "tone guidance for that.")
    @APIResponse(responseCode = "200", description = "Rendered saved replies, suggested first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SavedRepliesResource.Suggestion[].class),
            examples = @ExampleObject(name = "angry customer", value = Examples.SUGGESTIONS)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.CONVERSATION_NOT_FOUND)))
    @Transactional
    public List<SavedRepliesResource.Suggestion> forConversation(@PathParam("conversationId") UUID conversationId) {
        Conversation c = conversations.get(conversationId, access.brands());
        List<SavedReply> found = c.language == null
                ? SavedReply.list("brand", Sort.by("title"), c.brand)
                : SavedReply.list("brand = :b and language = :l", Sort.by("title"),
                        Parameters.with("b", c.brand).and("l", c.language));
        Map<String, String> values = new HashMap<>();
        values.put("author.name", c.authorName);
        values.put("author.firstName", c.authorName == null ? null : c.authorName.trim().split("\\s+")[0]);
        values.put("brand", c.brand);
        values.put("agent.name", access.userName());
        values.put("channel", c.platform);
        return found.stream()
                .map(r -> new SavedRepliesResource.Suggestion(r.id, r.title, r.language, r.sentiment, Templates.render(r.body, values),
                        r.guidance, r.sentiment != null && r.sentiment.equals(c.sentiment)))
                .sorted(Comparator.comparing((SavedRepliesResource.Suggestion s) -> !s.suggested()))
                .toList();
    }

}
