package io.parley.ingest.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.channels.IngestConfig;
import io.parley.ingest.intake.HandshakeChallenges;
import io.parley.ingest.intake.InteractionIntake;
import io.parley.ingest.intake.MalformedWebhookException;
import io.parley.ingest.intake.WebhookReceipt;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** LinkedIn webhooks: endpoint validation and signed organisation social-action notifications. */
@Path("/webhooks/linkedin")
@Tag(name = "Webhooks")
@SecurityRequirements
public class LinkedInWebhookResource {

    @Inject
    IngestConfig config;

    @Inject
    ChannelDirectory channels;

    @Inject
    InteractionIntake intake;

    @Schema(name = "LinkedInValidation")
    public record Validation(String challengeCode, String challengeResponse) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "LinkedIn endpoint validation",
            description = "Answers challengeCode with hex(HMAC-SHA256(client secret, challengeCode)); LinkedIn "
                    + "repeats it every two hours. Only a UUID, the shape LinkedIn sends, is answered: the same key "
                    + "signs notifications, so the check must never sign a value of the caller's choosing.")
    @APIResponse(responseCode = "200", description = "The challenge and its response")
    @APIResponse(responseCode = "400", description = "No challengeCode, or not a UUID; nothing was signed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Validation validate(@QueryParam("challengeCode") String challengeCode) {
        HandshakeChallenges.linkedInChallengeCode(challengeCode);
        return new Validation(challengeCode,
                LinkedInSignature.challengeResponse(config.linkedin().clientSecret(), challengeCode));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive LinkedIn organisation social-action notifications",
            description = "Verifies X-LI-Signature over the raw body. Comments, replies, share mentions and likes on "
                    + "a connected organisation's posts become interactions; comment edits and deletions change the "
                    + "comment heard before. LinkedIn re-delivers; each notification yields the same events.")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "400", description = "The body is not a JSON object, or type or notifications has the wrong type (named in errors); a notification with a wrong-typed field is left out and named in the receipt's malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong signature; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge; LinkedIn will retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookReceipt receive(@HeaderParam("X-LI-Signature") String signature, byte[] body) {
        byte[] raw = intake.bounded(body);
        if (!LinkedInSignature.matches(config.linkedin().clientSecret(), raw, signature)) {
            throw new ProblemException(ProblemType.BAD_SIGNATURE, signature == null
                    ? "the X-LI-Signature header is missing"
                    : "X-LI-Signature does not match the body signed with the client secret");
        }
        InteractionIntake.Delivery delivery;
        try {
            delivery = LinkedInNotifications.read(MalformedWebhookException.readObject(raw), channels);
        } catch (MalformedWebhookException e) {
            throw e.problem();
        }
        return intake.acknowledge(delivery);
    }
}
