package io.parley.bench.fuzz;

import io.parley.ingest.intake.MalformedWebhookException;
import io.parley.ingest.meta.FeedComment;
import io.parley.ingest.meta.MetaFeedParser;

/** Meta's Page, Instagram and Messenger webhooks ({@code MetaFeedParser}): refused or read, never anything else. */
public final class MetaWebhookFuzz {

    private MetaWebhookFuzz() {
    }

    public static void fuzzerTestOneInput(byte[] body) {
        try {
            MetaFeedParser.Parsed parsed = MetaFeedParser.parse(body);
            for (FeedComment c : parsed.comments()) {
                if (c.commentId() == null || c.commentId().isBlank() || c.threadId() == null || c.message() == null
                        || c.platform() == null || c.kind() == null) {
                    throw new IllegalStateException("an empty comment was read: " + c);
                }
            }
            for (MetaFeedParser.FeedChange c : parsed.changes()) {
                if (c.objectId() == null || c.objectId().isBlank()) {
                    throw new IllegalStateException("an empty change was read: " + c);
                }
            }
        } catch (MalformedWebhookException expected) {
            // refused with 400
        }
    }
}
