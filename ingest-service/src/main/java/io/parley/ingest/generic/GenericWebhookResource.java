package io.parley.ingest.generic;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.Platform;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.intake.InteractionIntake;
import io.parley.ingest.intake.MalformedWebhookException;
import io.parley.ingest.intake.WebhookReceipt;
import io.parley.ingest.meta.MetaSignature;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A webhook for any source without a connector of its own (a forum, a review site): items in
 * Parley's interaction format ({@link GenericItems}), signed like Meta's and GitHub's —
 * {@code X-Parley-Signature: sha256=<hex HMAC-SHA256 of the raw body>} keyed with the source's
 * {@code signingSecret}.
 */
@Path("/webhooks/generic/{sourceId}")
@Tag(name = "Webhooks")
@SecurityRequirements
public class GenericWebhookResource {

    public static final String SIGNATURE_HEADER = "X-Parley-Signature";

    @Inject
    ChannelDirectory channels;

    @Inject
    InteractionIntake intake;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive items from a generic source",
            description = "The body is one item or {\"items\": [...]}, in Parley's interaction format (see "
                    + "docs/api/webhooks.md). All or nothing: an invalid item refuses the delivery, naming it. "
                    + "Sending an item id again is a re-delivery and yields the same event.")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "400", description = "Not JSON, or an item is invalid (named in errors); nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Unknown source, or missing or wrong signature; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge; retry later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookReceipt receive(
            @Parameter(description = "the source's account id, as connected at /api/v1/channels") @PathParam("sourceId") String sourceId,
            @Parameter(description = "sha256=<hex HMAC-SHA256 of the raw body, keyed with the source's signing secret>")
            @HeaderParam(SIGNATURE_HEADER) String signature,
            byte[] body) {
        byte[] raw = intake.bounded(body);
        Optional<ChannelAccount> found = channels.find(Platform.GENERIC, sourceId)
                .or(() -> channels.find(Platform.FORUM, sourceId));
        // The same answer for an unknown source and a wrong signature: the endpoint does not say which sources exist.
        ChannelAccount source = found.orElse(null);
        String secret = source == null ? null : channels.secret(source, "signingSecret").orElse(null);
        if (secret == null || !MetaSignature.matches(secret, raw, signature)) {
            throw new ProblemException(ProblemType.BAD_SIGNATURE, signature == null
                    ? "the " + SIGNATURE_HEADER + " header is missing"
                    : SIGNATURE_HEADER + " does not match the body signed with the source's signing secret");
        }
        JsonNode root;
        try {
            root = MalformedWebhookException.readObject(raw);
        } catch (MalformedWebhookException e) {
            throw e.problem();
        }
        List<JsonNode> items = new ArrayList<>();
        if (root.has("items")) {
            if (!root.get("items").isArray()) {
                throw ProblemException.invalid("items", "must be an array");
            }
            root.get("items").forEach(items::add);
        } else {
            items.add(root);
        }
        List<InteractionIntake.Heard> heard = new ArrayList<>();
        List<InteractionIntake.Changed> changed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                GenericItems.Item item = GenericItems.read(items.get(i), source);
                if (item.heard() != null) {
                    heard.add(item.heard());
                } else {
                    changed.add(item.changed());
                }
            } catch (GenericItems.InvalidItemException e) {
                String field = root.has("items") ? "items[" + i + "]." + e.field() : e.field();
                throw ProblemException.invalid(field, e.getMessage().substring(e.field().length() + 2));
            }
        }
        return intake.acknowledge(new InteractionIntake.Delivery(source.platform(), heard, changed, List.of()));
    }
}
