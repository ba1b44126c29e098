package io.parley.ingest.vk;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.intake.InteractionIntake;
import io.parley.ingest.intake.MalformedWebhookException;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The VK Callback API: confirmation, and community events authenticated by the body's secret. */
@Path("/webhooks/vk")
@Tag(name = "Webhooks")
@SecurityRequirements
public class VkWebhookResource {

    @Inject
    ChannelDirectory channels;

    @Inject
    InteractionIntake intake;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Receive a VK Callback API event",
            description = "A confirmation request is answered with the community's confirmation string; any other "
                    + "event must carry the community's secret, and is answered 'ok' (what VK expects) once its "
                    + "interactions are durable in Kafka.")
    @APIResponse(responseCode = "200", description = "'ok', or the confirmation string")
    @APIResponse(responseCode = "400", description = "The body is not a JSON object, or a field has the wrong type (named in errors); nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Unknown community or wrong secret; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge; VK will retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String receive(byte[] body) {
        JsonNode event;
        try {
            event = MalformedWebhookException.readObject(intake.bounded(body));
        } catch (MalformedWebhookException e) {
            throw e.problem();
        }
        String groupId = event.path("group_id").asText(null);
        ChannelAccount account = channels.find(Platform.VK, groupId).orElseThrow(() -> new ProblemException(
                ProblemType.BAD_SIGNATURE, "group_id " + groupId + " is not a connected community"));
        if ("confirmation".equals(event.path("type").asText())) {
            return channels.secret(account, "confirmation").orElseThrow(() -> new ProblemException(
                    ProblemType.UNAVAILABLE, "the community's confirmation string is not available; check its secret reference"));
        }
        String expected = channels.secret(account, "secret").orElseThrow(() -> new ProblemException(
                ProblemType.UNAVAILABLE, "the community's secret is not available; check its secret reference"));
        String secret = event.path("secret").asText("");
        if (!MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(ProblemType.BAD_SIGNATURE, event.has("secret")
                    ? "the secret does not match the community's" : "the event has no secret");
        }
        InteractionIntake.Delivery delivery;
        try {
            delivery = VkCallbacks.read(event, account);
        } catch (MalformedWebhookException e) {
            throw e.problem(); // VK sends one event per request: a malformed one is refused, never published
        }
        intake.acknowledge(delivery);
        return "ok";
    }
}
