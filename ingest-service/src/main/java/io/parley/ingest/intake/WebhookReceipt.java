package io.parley.ingest.intake;

import io.parley.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a webhook did with a delivery: interactions and changes made durable, and what was deliberately left out. */
@Schema(name = "WebhookReceipt")
public record WebhookReceipt(
        @Schema(description = "new interactions made durable") int interactions,
        @Schema(description = "edits, hides and deletes of earlier interactions made durable") int changes,
        @Schema(description = "items deliberately left out (counted by reason in parley_ingest_ignored_total)") int ignored,
        @Schema(description = "entries of a batched delivery left out because a field has the wrong type, each "
                + "named by its path (also counted in ignored, reason malformed:<field>)")
        List<Problem.FieldError> malformed) {

    public WebhookReceipt(int interactions, int changes, int ignored) {
        this(interactions, changes, ignored, List.of());
    }
}
