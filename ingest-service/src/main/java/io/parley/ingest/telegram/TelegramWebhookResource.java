package io.parley.ingest.telegram;

import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.channels.IngestConfig;
import io.parley.ingest.intake.InteractionIntake;
import io.parley.ingest.intake.MalformedWebhookException;
import io.parley.ingest.intake.WebhookReceipt;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
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

/** Telegram Bot API updates, authenticated by the bot's webhook secret token. */
@Path("/webhooks/telegram")
@Tag(name = "Webhooks")
@SecurityRequirements
public class TelegramWebhookResource {

    @Inject
    IngestConfig config;

    @Inject
    ChannelDirectory channels;

    @Inject
    InteractionIntake intake;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a Telegram update",
            description = "The bot is recognised by X-Telegram-Bot-Api-Secret-Token (compared in constant time). "
                    + "Messages become interactions, durable in Kafka before the answer; other updates are "
                    + "accepted and counted.")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "400", description = "The body is not a JSON object, or a field of the update has the wrong type (named in errors); nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or unknown secret token; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge; Telegram will retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookReceipt receive(@HeaderParam("X-Telegram-Bot-Api-Secret-Token") String secret, byte[] body) {
        byte[] raw = intake.bounded(body);
        ChannelAccount bot = channels.telegramBotWithSecret(secret).orElseThrow(() -> new ProblemException(
                ProblemType.BAD_SIGNATURE, secret == null ? "the X-Telegram-Bot-Api-Secret-Token header is missing"
                        : "X-Telegram-Bot-Api-Secret-Token matches no bot"));
        InteractionIntake.Delivery delivery;
        try {
            delivery = TelegramUpdates.read(raw, bot);
        } catch (MalformedWebhookException e) {
            throw e.problem();
        }
        return intake.acknowledge(delivery);
    }
}
