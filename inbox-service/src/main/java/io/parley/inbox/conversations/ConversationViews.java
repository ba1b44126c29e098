package io.parley.inbox.conversations;

import io.parley.inbox.replies.Reply;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The API's shapes of conversations, and the one place entities are mapped to them. */
public final class ConversationViews {

    private ConversationViews() {
    }

    @Schema(name = "Author", description = "Who wrote it, as the platform knows them")
    public record AuthorView(String platformId, String name, String profileUrl) {
    }

    @Schema(name = "ConversationSummary", description = "A conversation in the queue")
    public record Summary(UUID id, String brand, String platform, ConversationStatus status, Instant receivedAt,
            Instant dueAt, boolean overdue, AuthorView author, Instant lastInteractionAt, Instant firstResponseAt,
            Long timeToFirstResponseSeconds, int interactions,
            @Schema(description = "the text of the first interaction, exactly as written") String preview) {
    }

    @Schema(name = "ConversationPage", description = "A page of the queue; pass nextCursor to get the next")
    public record Page(List<Summary> items, String nextCursor) {
    }

    @Schema(name = "Interaction", description = "One thing the customer said, exactly as they said it")
    public record InteractionView(UUID id, String kind, String text, AuthorView author, String platformObjectId,
            String parentId, String permalink, Instant platformTime, Instant observedAt,
            @Schema(description = "visible, hidden or deleted on the platform") String state,
            @Schema(description = "when the author last edited it; the text is the edited one") Instant editedAt,
            @Schema(description = "every change made on the platform, oldest first, with the text before each edit")
            List<RevisionView> history,
            @Schema(description = "photos, videos, files, stickers and links the customer attached")
            List<io.parley.contracts.interactions.Attachment> attachments) {
    }

    @Schema(name = "InteractionRevision", description = "A change made on the platform to what the customer said")
    public record RevisionView(String change, String textBefore, String textAfter, String changedBy,
            Instant platformTime, Instant observedAt) {
    }

    @Schema(name = "Reply", description = "A public reply by the brand")
    public record ReplyView(UUID id, String text, String author, String status, Instant createdAt,
            Instant deliveredAt, String platformObjectId, String failureReason) {
    }

    @Schema(name = "ConversationDetail", description = "A conversation with everything said in it")
    public record Detail(UUID id, String brand, String platform, ConversationStatus status, Instant receivedAt,
            Instant dueAt, boolean overdue, AuthorView author, Instant firstResponseAt, Long timeToFirstResponseSeconds,
            List<InteractionView> interactions, List<ReplyView> replies) {
    }

    public static Summary summary(Conversation c, Instant now) {
        return new Summary(c.id, c.brand, c.platform, c.status, c.receivedAt, c.dueAt, overdue(c, now),
                new AuthorView(c.authorId, c.authorName, c.authorProfileUrl), c.lastInteractionAt, c.firstResponseAt,
                c.timeToFirstResponseSeconds, c.interactionCount, c.preview);
    }

    public static Detail detail(Conversation c, List<Interaction> interactions, List<InteractionRevision> revisions,
            List<Reply> replies, Instant now) {
        java.util.Map<UUID, List<RevisionView>> history = revisions.stream().collect(java.util.stream.Collectors.groupingBy(
                r -> r.interactionId, java.util.stream.Collectors.mapping(r -> new RevisionView(r.change, r.textBefore,
                        r.textAfter, r.changedBy, r.platformTime, r.observedAt), java.util.stream.Collectors.toList())));
        return new Detail(c.id, c.brand, c.platform, c.status, c.receivedAt, c.dueAt, overdue(c, now),
                new AuthorView(c.authorId, c.authorName, c.authorProfileUrl), c.firstResponseAt,
                c.timeToFirstResponseSeconds,
                interactions.stream().map(i -> new InteractionView(i.id, i.kind, i.text,
                        new AuthorView(i.authorId, i.authorName, i.authorProfileUrl), i.platformObjectId, i.parentId,
                        i.permalink, i.platformTime, i.observedAt, i.state, i.editedAt,
                        history.getOrDefault(i.id, List.of()), i.attachmentList())).toList(),
                replies.stream().map(ConversationViews::reply).toList());
    }

    public static ReplyView reply(Reply r) {
        return new ReplyView(r.id, r.text, r.author, r.status.name(), r.createdAt, r.deliveredAt, r.platformObjectId,
                r.failureReason);
    }

    private static boolean overdue(Conversation c, Instant now) {
        return c.status == ConversationStatus.open && now.isAfter(c.dueAt);
    }
}
