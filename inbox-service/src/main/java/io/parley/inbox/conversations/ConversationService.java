package io.parley.inbox.conversations;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.inbox.targets.InboxConfig;
import io.parley.inbox.targets.ResponseTargetPolicy;
import io.parley.inbox.targets.ResponseTargetStore;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Conversations: interactions grouped by thread, each with a due time from the brand's target.
 * A customer writing again after an answer reopens the conversation with a new due time; the first
 * response time stays what it was.
 */
@ApplicationScoped
public class ConversationService {

    static final String SERVICE = "inbox-service";

    private final ResponseTargetStore targets;
    private final ResponseTargetPolicy policy;
    private final Outbox outbox;

    @Inject
    public ConversationService(ResponseTargetStore targets, InboxConfig config, Outbox outbox) {
        this.targets = targets;
        this.policy = new ResponseTargetPolicy(config.defaultFirstResponse());
        this.outbox = outbox;
    }

    /** Records an interaction heard on a channel; a second delivery of the same one changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String brand, InteractionReceived received, Instant observedAt) {
        if (Interaction.findById(received.interactionId()) != null) {
            return;
        }
        UUID conversationId = StableIds.of("conversation", brand, received.platform().id(),
                received.channelAccountId(), received.threadId());
        Conversation conversation = Conversation.findById(conversationId);
        if (conversation == null) {
            conversation = open(conversationId, brand, received, observedAt);
        } else {
            if (conversation.status == ConversationStatus.answered) {
                conversation.status = ConversationStatus.open;
                conversation.dueAt = policy.dueAt(observedAt, targets.find(brand), received.platform());
            }
            if (!observedAt.isBefore(conversation.lastInteractionAt)) {
                conversation.lastInteractionAt = observedAt;
                conversation.replyTargetId = received.platformObjectId();
            }
            conversation.interactionCount++;
        }
        Interaction interaction = new Interaction();
        interaction.id = received.interactionId();
        interaction.conversationId = conversation.id;
        interaction.brand = brand;
        interaction.platform = received.platform().id();
        interaction.kind = received.kind().id();
        interaction.platformObjectId = received.platformObjectId();
        interaction.parentId = received.parentId();
        if (received.author() != null) {
            interaction.authorId = received.author().platformId();
            interaction.authorName = received.author().name();
            interaction.authorProfileUrl = received.author().profileUrl();
        }
        interaction.text = received.text() == null ? "" : received.text();
        interaction.permalink = received.permalink();
        interaction.platformTime = received.platformTime();
        interaction.observedAt = observedAt;
        interaction.persist();
    }

    private Conversation open(UUID id, String brand, InteractionReceived received, Instant observedAt) {
        Conversation c = new Conversation();
        c.id = id;
        c.brand = brand;
        c.platform = received.platform().id();
        c.channelAccountId = received.channelAccountId();
        c.threadId = received.threadId();
        c.status = ConversationStatus.open;
        c.receivedAt = observedAt;
        c.dueAt = policy.dueAt(observedAt, targets.find(brand), received.platform());
        if (received.author() != null) {
            c.authorId = received.author().platformId();
            c.authorName = received.author().name();
            c.authorProfileUrl = received.author().profileUrl();
        }
        c.lastInteractionAt = observedAt;
        c.replyTargetId = received.platformObjectId();
        c.preview = received.text() == null ? "" : received.text();
        c.interactionCount = 1;
        c.persist();
        outbox.add(id.toString(), Event.of(StableIds.of("opened", id.toString()), SERVICE, brand, id.toString(),
                observedAt, observedAt, new ConversationOpened(id, received.platform(), received.interactionId(),
                        observedAt, c.dueAt)));
        return c;
    }

    /** A page of the queue, in due-time order, of the given brands only. */
    @Transactional
    public List<Conversation> queue(Set<String> brands, Optional<ConversationStatus> status,
            Optional<Platform> platform, Optional<QueueCursor> after, int limit) {
        if (brands.isEmpty()) {
            return List.of();
        }
        StringBuilder query = new StringBuilder("brand in :brands");
        Parameters params = Parameters.with("brands", brands);
        status.ifPresent(s -> {
            query.append(" and status = :status");
            params.and("status", s);
        });
        platform.ifPresent(p -> {
            query.append(" and platform = :platform");
            params.and("platform", p.id());
        });
        after.ifPresent(c -> {
            query.append(" and (dueAt > :afterDue or (dueAt = :afterDue and id > :afterId))");
            params.and("afterDue", c.dueAt()).and("afterId", c.id());
        });
        return Conversation.find(query.toString(), Sort.by("dueAt").and("id"), params).page(0, limit).list();
    }

    /** One conversation of the caller's brands, or 404 — also for another brand's. */
    @Transactional
    public Conversation get(UUID id, Set<String> brands) {
        Conversation c = Conversation.findById(id);
        if (c == null || !brands.contains(c.brand)) {
            throw ProblemException.notFound("conversation " + id + " does not exist");
        }
        return c;
    }

    @Transactional
    public List<Interaction> interactions(UUID conversationId) {
        return Interaction.list("conversationId", Sort.by("observedAt").and("id"), conversationId);
    }
}
