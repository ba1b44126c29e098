package io.parley.ingest.x;

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

/** X Account Activity webhooks: the CRC challenge and signed activity deliveries. */
@Path("/webhooks/x")
@Tag(name = "Webhooks")
@SecurityRequirements
public class XWebhookResource {

    @Inject
    IngestConfig config;

    @Inject
    ChannelDirectory channels;

    @Inject
    InteractionIntake intake;

    /** The CRC answer X expects. */
    @Schema(name = "XCrcResponse")
    public record CrcResponse(@com.fasterxml.jackson.annotation.JsonProperty("response_token") String responseToken) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "X challenge-response check (CRC)",
            description = "Answers with sha256= + base64(HMAC-SHA256(consumer secret, crc_token)), only for a token "
                    + "of X's shape (1-256 characters of A-Z a-z 0-9 + / = _ . -, not a JSON value): the same key signs "
                    + "deliveries, so the check must never sign a value that could pass as a delivery body.")
    @APIResponse(responseCode = "200", description = "The response token")
    @APIResponse(responseCode = "400", description = "No crc_token, or not one of X's shape; nothing was signed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CrcResponse crc(@QueryParam("crc_token") String crcToken) {
        return new CrcResponse(XSignature.crcResponse(config.x().consumerSecret(),
                HandshakeChallenges.xCrcToken(crcToken)));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive an X Account Activity delivery",
            description = "Verifies x-twitter-webhooks-signature over the raw body; tweets and direct messages to the "
                    + "brand become interactions, durable in Kafka before the answer.")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "400", description = "The body is not a JSON object, or for_user_id or an event list has the wrong type (named in errors); an event with a wrong-typed field is left out and named in the receipt's malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong signature; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge; X will retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookReceipt receive(@HeaderParam("x-twitter-webhooks-signature") String signature, byte[] body) {
        byte[] raw = intake.bounded(body);
        if (!XSignature.matches(config.x().consumerSecret(), raw, signature)) {
            throw new ProblemException(ProblemType.BAD_SIGNATURE, signature == null
                    ? "the x-twitter-webhooks-signature header is missing"
                    : "x-twitter-webhooks-signature does not match the body signed with the consumer secret");
        }
        InteractionIntake.Delivery delivery;
        try {
            delivery = XActivity.read(raw, channels);
        } catch (MalformedWebhookException e) {
            throw e.problem();
        }
        return intake.acknowledge(delivery);
    }
}
