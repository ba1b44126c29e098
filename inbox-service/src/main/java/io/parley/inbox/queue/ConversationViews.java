package io.parley.inbox.queue;

import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.ConversationStatus;
import io.parley.inbox.conversations.Interaction;
import io.parley.inbox.conversations.InteractionRevision;
import io.parley.inbox.replies.Reply;
import io.parley.inbox.replies.ReplyViews;
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
            @Schema(nullable = true) Long timeToFirstResponseSeconds, int interactions,
            @Schema(description = "the text of the first interaction, exactly as written") String preview,
            @Schema(description = "the brand's account on the network", example = "1234567890")
            String channelAccountId,
            @Schema(description = "language of the first message (ISO 639-1), from enrichment", example = "pl")
            String language,
            @Schema(description = "moment of truth: complaint, question, suggestion or praise", example = "complaint")
            String moment,
            @Schema(description = "sentiment of the latest message: positive, neutral or negative",
                    example = "negative") String sentiment,
            @Schema(example = "normal") String priority,
            @Schema(description = "the user who owns it, if a person does", example = "agent1") String assignee,
            @Schema(description = "the team that owns it", example = "care-pl") String team,
            @Schema(description = "when its due time was breached, if it was") Instant breachedAt,
            @Schema(description = "the story whose published post this conversation is under (the variant is the "
                    + "post); null when it is under no post Parley published") io.parley.inbox.stories.StoryRef story,
            @Schema(description = "enrichment read some customer message of it as abusive (insults, slurs, threats); "
                    + "false when enrichment was off or for conversations older than the flag", example = "false")
            boolean abusive,
            @Schema(description = "enrichment read every customer message of it as spam (one genuine message makes it "
                    + "no spam); false when enrichment was off", example = "false") boolean spam) {
    }

    @Schema(name = "ConversationPage", description = "A page of the queue; pass nextCursor to get the next")
    public record Page(List<Summary> items,
            @Schema(description = "the next page's cursor (for the same filters and sort); null on the last page")
            String nextCursor,
            @Schema(description = "the order of the listing: due, newest, oldest or priority", example = "due")
            String sort,
            @Schema(description = "how many conversations the listing holds on all its pages; on the first page only "
                    + "(null after a cursor)", example = "1234") Long total,
            @Schema(description = "true when total is PostgreSQL's estimate (the listing holds more than the inbox "
                    + "counts exactly, 10,000 by default), false when it was counted; null with total",
                    example = "false") Boolean totalIsEstimate) {
    }

    @Schema(name = "Interaction", description = "One thing the customer said, exactly as they said it")
    public record InteractionView(UUID id, String kind, String text, AuthorView author, String platformObjectId,
            String parentId, String permalink, Instant platformTime, Instant observedAt,
            @Schema(description = "visible, hidden or deleted on the platform") String state,
            @Schema(description = "when the author last edited it; the text is the edited one") Instant editedAt,
            @Schema(description = "every change made on the platform, oldest first, with the text before each edit")
            List<RevisionView> history,
            @Schema(description = "photos, videos, files, stickers and links the customer attached")
            List<io.parley.contracts.interactions.Attachment> attachments,
            @Schema(description = "enrichment read it as abusive: insults, slurs, threats (abusiveScore >= 0.5); false "
                    + "when enrichment was off", example = "true") boolean abusive,
            @Schema(description = "the abusive model's score in [0,1]; null when enrichment was off or for messages "
                    + "stored before scores were kept", example = "0.93") Double abusiveScore,
            @Schema(description = "enrichment read it as spam: promotion, scams, link or follower bait (spamScore >= "
                    + "0.5); false when enrichment was off", example = "false") boolean spam,
            @Schema(description = "the spam model's score in [0,1]; null when enrichment was off or for messages "
                    + "stored before scores were kept", example = "0.02") Double spamScore) {
    }

    @Schema(name = "InteractionRevision", description = "A change made on the platform to what the customer said")
    public record RevisionView(String change, String textBefore, String textAfter, String changedBy,
            Instant platformTime, Instant observedAt) {
    }

    @Schema(name = "AuthorHistory", description = "A page of the author's other conversations in the caller's "
            + "brands, newest first; pass nextCursor as cursor for the next")
    public record AuthorHistory(AuthorView author, @Schema(required = true) List<HistoryItem> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @Schema(name = "AuthorHistoryItem", description = "Another conversation of the same author")
    public record HistoryItem(UUID id, String brand, String platform, String channelAccountId,
            ConversationStatus status, Instant receivedAt, Instant lastInteractionAt, int interactions,
            String preview, String moment, String sentiment,
            @Schema(description = "platform-id: the same account on the same network; name: the same name on "
                    + "another network (possibly another person)") String match) {
    }

    @Schema(name = "ConversationDetail", description = "A conversation with everything said in it")
    public record Detail(UUID id, String brand, String platform, ConversationStatus status, Instant receivedAt,
            Instant dueAt, boolean overdue, AuthorView author, Instant firstResponseAt,
            @Schema(nullable = true) Long timeToFirstResponseSeconds,
            List<InteractionView> interactions, List<ReplyViews.ReplyView> replies,
            @Schema(description = "the brand's account on the network", example = "1234567890")
            String channelAccountId,
            @Schema(description = "language of the first message (ISO 639-1), from enrichment", example = "pl")
            String language,
            @Schema(description = "moment of truth: complaint, question, suggestion or praise", example = "complaint")
            String moment,
            @Schema(description = "sentiment of the latest message: positive, neutral or negative",
                    example = "negative") String sentiment,
            @Schema(example = "normal") String priority,
            @Schema(description = "the user who owns it, if a person does", example = "agent1") String assignee,
            @Schema(description = "the team that owns it", example = "care-pl") String team,
            @Schema(description = "when its due time was breached, if it was") Instant breachedAt,
            @Schema(description = "the story whose published post this conversation is under (the variant is the "
                    + "post); null when it is under no post Parley published") io.parley.inbox.stories.StoryRef story,
            @Schema(description = "the platform's id of the post the conversation is under (the comment's post, else "
                    + "its parent), when known", example = "1234567890_777") String postId,
            @Schema(description = "some customer message of it was read as abusive (each interaction says which)",
                    example = "false") boolean abusive,
            @Schema(description = "every customer message of it was read as spam", example = "false") boolean spam) {
    }

    public static Summary summary(Conversation c, Instant now, io.parley.inbox.stories.StoryRef story) {
        return new Summary(c.id, c.brand, c.platform, c.status, c.receivedAt, c.dueAt, overdue(c, now),
                new AuthorView(c.authorId, c.authorName, c.authorProfileUrl), c.lastInteractionAt, c.firstResponseAt,
                c.timeToFirstResponseSeconds, c.interactionCount, c.preview, c.channelAccountId, c.language, c.moment,
                c.sentiment, c.priority, c.assignee, c.team, c.breachedAt, story, c.abusive, c.spam);
    }

    public static Detail detail(Conversation c, List<Interaction> interactions, List<InteractionRevision> revisions,
            List<Reply> replies, Instant now, io.parley.inbox.stories.StoryRef story) {
        java.util.Map<UUID, List<RevisionView>> history = revisions.stream().collect(java.util.stream.Collectors.groupingBy(
                r -> r.interactionId, java.util.stream.Collectors.mapping(r -> new RevisionView(r.change, r.textBefore,
                        r.textAfter, r.changedBy, r.platformTime, r.observedAt), java.util.stream.Collectors.toList())));
        return new Detail(c.id, c.brand, c.platform, c.status, c.receivedAt, c.dueAt, overdue(c, now),
                new AuthorView(c.authorId, c.authorName, c.authorProfileUrl), c.firstResponseAt,
                c.timeToFirstResponseSeconds,
                interactions.stream().map(i -> new InteractionView(i.id, i.kind, i.text,
                        new AuthorView(i.authorId, i.authorName, i.authorProfileUrl), i.platformObjectId, i.parentId,
                        i.permalink, i.platformTime, i.observedAt, i.state, i.editedAt,
                        history.getOrDefault(i.id, List.of()), i.attachments, i.abusive, i.abusiveScore, i.spam,
                        i.spamScore)).toList(),
                replies.stream().map(r -> ReplyViews.reply(r, now)).toList(), c.channelAccountId, c.language, c.moment,
                c.sentiment, c.priority, c.assignee, c.team, c.breachedAt, story, c.postId, c.abusive, c.spam);
    }

    public static AuthorHistory history(Conversation c, io.parley.platform.rest.Page<Conversation> others) {
        return new AuthorHistory(new AuthorView(c.authorId, c.authorName, c.authorProfileUrl), others.items().stream()
                .map(o -> new HistoryItem(o.id, o.brand, o.platform, o.channelAccountId, o.status, o.receivedAt,
                        o.lastInteractionAt, o.interactionCount, o.preview, o.moment, o.sentiment,
                        o.platform.equals(c.platform) ? "platform-id" : "name")).toList(), others.nextCursor());
    }

    private static boolean overdue(Conversation c, Instant now) {
        return c.status.awaitsBrand() && now.isAfter(c.dueAt);
    }
}
