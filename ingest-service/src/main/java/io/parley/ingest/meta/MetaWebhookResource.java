package io.parley.ingest.meta;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * Meta's webhooks (Facebook Page feed). Authenticated by Meta's own signature, not by a token.
 */
@Path("/webhooks/meta")
@Tag(name = "Webhooks", description = "Platform webhooks, authenticated by each platform's signature")
@SecurityRequirements
public class MetaWebhookResource {

    @Inject
    IngestConfig config;

    @Inject
    InteractionIntake intake;

    @Inject
    ChannelDirectory channels;

    @Inject
    InstagramMentions mentions;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Meta subscription handshake",
            description = "Answers Meta's verification request with the challenge when the verify token matches and "
                    + "the challenge has Meta's shape (a number of up to 32 digits); nothing else is echoed.")
    @APIResponse(responseCode = "200", description = "The hub.challenge value, exactly")
    @APIResponse(responseCode = "400", description = "The challenge is not a number of up to 32 digits",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Wrong mode or verify token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String verify(@Parameter(description = "must be 'subscribe'") @QueryParam("hub.mode") String mode,
            @Parameter(description = "the verify token set in the App Dashboard") @QueryParam("hub.verify_token")
            String token,
            @Parameter(description = "echoed back on success") @QueryParam("hub.challenge") String challenge) {
        boolean tokenMatches = token != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), config.meta().verifyToken().getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !tokenMatches || challenge == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "hub.mode must be 'subscribe' and hub.verify_token "
                    + "must match the configured verify token");
        }
        return HandshakeChallenges.metaChallenge(challenge);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a Meta Page webhook",
            description = "Verifies X-Hub-Signature-256 over the raw body, then publishes every new comment and "
                    + "reply as an interaction. Answers 200 only once all are durable in Kafka; other changes are "
                    + "accepted and counted (parley_ingest_ignored_total).")
    @APIResponse(responseCode = "200", description = "Accepted; interactions are durable")
    @APIResponse(responseCode = "400", description = "The body is not JSON, or object or entry has the wrong type (named in errors); a change or message with a wrong-typed field is left out and named in the receipt's malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong signature; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge; Meta will retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookReceipt receive(@HeaderParam("X-Hub-Signature-256") String signature, byte[] body) {
        byte[] raw = intake.bounded(body);
        if (!MetaSignature.matches(config.meta().appSecret(), raw, signature)) {
            throw new ProblemException(ProblemType.BAD_SIGNATURE, signature == null
                    ? "the X-Hub-Signature-256 header is missing"
                    : "X-Hub-Signature-256 does not match the body signed with the app secret");
        }
        MetaFeedParser.Parsed parsed;
        try {
            parsed = MetaFeedParser.parse(raw);
        } catch (MalformedWebhookException e) {
            throw e.problem();
        }
        mentions.remember(parsed.mentionLookups()); // durable before the answer; read from the Graph API after
        return intake.acknowledge(MetaInteractions.of(parsed, channels));
    }
}
