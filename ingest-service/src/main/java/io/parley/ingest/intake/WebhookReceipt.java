package io.parley.ingest.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a webhook did with a delivery: interactions and changes made durable, and what was deliberately left out. */
@Schema(name = "WebhookReceipt")
public record WebhookReceipt(
        @Schema(description = "new interactions made durable") int interactions,
        @Schema(description = "edits, hides and deletes of earlier interactions made durable") int changes,
        @Schema(description = "items deliberately left out (counted by reason in parley_ingest_ignored_total)") int ignored) {
}
