package io.parley.ingest.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a webhook did with a delivery: interactions made durable, and changes deliberately left out. */
@Schema(name = "WebhookReceipt")
public record WebhookReceipt(int interactions, int ignored) {
}
