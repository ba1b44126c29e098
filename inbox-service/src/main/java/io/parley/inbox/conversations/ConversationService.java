package io.parley.inbox.conversations;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.inbox.ConversationAnswered;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;
import io.parley.inbox.ownership.Assignments;
import io.parley.inbox.targets.CatalogueTargets;
import io.parley.inbox.targets.Deadlines;
import io.parley.inbox.targets.InboxConfig;
import io.parley.inbox.targets.ResponseTargetPolicy;
import io.parley.inbox.targets.ResponseTargetStore;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Conversations: interactions grouped by thread, each conversation due by the brand's first-response
 * target. The state changes of a conversation happen here only:
 * <ul>
 * <li>the first interaction of a thread opens it ({@code ConversationOpened});</li>
 * <li>a customer writing again after an answer reopens it, due again from that new message (kept simple on
 * purpose: one status, one due time; the first-response time stays what it was);</li>
 * <li>a delivered reply answers it ({@code ConversationAnswered} the first time), unless the customer wrote
 * again after the reply was written — then it stays open, due from the oldest message still unanswered.</li>
 * </ul>
 * Every change locks the conversation row: the interaction and delivery consumers run on their own threads,
 * and a version conflict there would send a good event to the dead-letter topic.
 */
@ApplicationScoped
public class ConversationService {

    static final String SERVICE = "inbox-service";

    private final ResponseTargetStore targets;
    private final ResponseTargetPolicy policy;
    private final Outbox outbox;
    private final Clock clock;
    private final InteractionHistory history;
    private final Deadlines deadlines;
    private final Assignments assignments;

    @Inject
    public ConversationService(ResponseTargetStore targets, InboxConfig config, Outbox outbox, Clock clock,
            InteractionHistory history, Deadlines deadlines, Assignments assignments) {
        this.targets = targets;
        this.policy = new ResponseTargetPolicy(config.defaultFirstResponse());
        this.outbox = outbox;
        this.clock = clock;
        this.history = history;
        this.deadlines = deadlines;
        this.assignments = assignments;
    }

    /** Records an interaction heard on a channel; the same interaction again changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String brand, InteractionReceived received, Instant observedAt) {
        if (Interaction.findById(received.interactionId()) != null) {
            return;
        }
        UUID conversationId = StableIds.of("conversation", brand, received.platform().id(),
                received.channelAccountId(), received.threadId());
        Conversation conversation = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            conversation = open(conversationId, brand, received, observedAt);
        } else {
            join(conversation, received, observedAt);
        }
        Interaction interaction = new Interaction();
        interaction.id = received.interactionId();
        interaction.conversationId = conversation.id;
        interaction.brand = brand;
        interaction.platform = received.platform().id();
        interaction.channelAccountId = received.channelAccountId();
        interaction.threadId = received.threadId();
        interaction.kind = received.kind().id();
        interaction.platformObjectId = received.platformObjectId();
        interaction.parentId = received.parentId();
        if (received.author() != null) {
            interaction.authorId = received.author().platformId();
            interaction.authorName = received.author().name();
            interaction.authorProfileUrl = received.author().profileUrl();
        }
        interaction.text = textOf(received);
        interaction.permalink = received.permalink();
        interaction.platformTime = received.platformTime();
        interaction.observedAt = observedAt;
        interaction.attachments(received.attachments());
        InteractionSignals signals = received.signals();
        if (signals != null) {
            interaction.language = signals.language();
            interaction.moment = signals.moment();
            interaction.sentiment = signals.sentiment();
            interaction.sentimentScore = signals.sentimentScore();
            interaction.abusive = signals.abusive();
            interaction.spam = signals.spam();
            conversation.noteSignals(signals.language(), signals.moment(), signals.sentiment());
        }
        interaction.persist();
        history.applyWaiting(interaction);
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
        deadlines.start(c, CatalogueTargets.FIRST_RESPONSE, observedAt);
        if (received.author() != null) {
            c.authorId = received.author().platformId();
            c.authorName = received.author().name();
            c.authorProfileUrl = received.author().profileUrl();
        }
        c.lastInteractionAt = observedAt;
        c.replyTargetId = received.platformObjectId();
        c.preview = textOf(received);
        c.interactionCount = 1;
        c.persist();
        assignments.assignNew(c, received);
        outbox.add(id.toString(), Event.of(StableIds.of("opened", id.toString()), SERVICE, brand, id.toString(),
                observedAt, observedAt, new ConversationOpened(id, received.platform(), received.interactionId(),
                        observedAt, c.dueAt)));
        return c;
    }

    private void join(Conversation c, InteractionReceived received, Instant observedAt) {
        if (c.status == ConversationStatus.answered) {
            c.status = ConversationStatus.open;
            deadlines.start(c, CatalogueTargets.FOLLOW_UP, observedAt);
        }
        // A late redelivery of an older message must not move the reply target back up the thread.
        if (!observedAt.isBefore(c.lastInteractionAt)) {
            c.lastInteractionAt = observedAt;
            c.replyTargetId = received.platformObjectId();
        }
        c.interactionCount++;
    }

    /**
     * A reply written at {@code writtenAt} by {@code author} reached the platform at {@code deliveredAt}.
     * Must run in the delivery's transaction; emits {@code ConversationAnswered} for the first response only.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replyDelivered(UUID conversationId, Instant writtenAt, Instant deliveredAt, String author) {
        Conversation c = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        Instant due = c.dueAt; // what the queue showed while the reply was on its way: the response's measure
        Optional<Instant> unanswered = firstInteractionAfter(conversationId, writtenAt);
        if (unanswered.isPresent()) {
            c.status = ConversationStatus.open;
            deadlines.start(c, CatalogueTargets.FOLLOW_UP, unanswered.get());
        } else {
            c.status = ConversationStatus.answered;
        }
        if (c.firstResponseAt != null) {
            return;
        }
        c.firstResponseAt = deliveredAt;
        c.timeToFirstResponseSeconds = Math.max(0, Duration.between(c.receivedAt, deliveredAt).toSeconds());
        outbox.add(c.id.toString(), Event.of(StableIds.of("answered", c.id.toString()), SERVICE, c.brand,
                c.id.toString(), deliveredAt, clock.instant(), new ConversationAnswered(c.id,
                        Platform.fromId(c.platform), c.receivedAt, deliveredAt, c.timeToFirstResponseSeconds, due,
                        !deliveredAt.isAfter(due), author)));
    }

    private Optional<Instant> firstInteractionAfter(UUID conversationId, Instant instant) {
        Optional<Interaction> first = Interaction.find("conversationId = :c and observedAt > :t",
                Sort.by("observedAt"), Parameters.with("c", conversationId).and("t", instant)).firstResultOptional();
        return first.map(i -> i.observedAt);
    }

    private static String textOf(InteractionReceived received) {
        return received.text() == null ? "" : received.text();
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
            // "dueAt >=" lets the index start at the cursor; the parenthesis breaks ties on the id.
            query.append(" and dueAt >= :afterDue and (dueAt > :afterDue or id > :afterId)");
            params.and("afterDue", c.dueAt()).and("afterId", c.id());
        });
        return Conversation.find(query.toString(), Sort.by("dueAt").and("id"), params).page(0, limit).list();
    }

    /** One conversation of the caller's brands, or 404 — also for another brand's. */
    @Transactional
    public Conversation get(UUID id, Set<String> brands) {
        return visible(Conversation.findById(id), id, brands);
    }

    /**
     * One conversation of the caller's brands, locked until the caller's transaction ends, so that
     * writers of the same conversation (two agents replying) take turns.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Conversation getForUpdate(UUID id, Set<String> brands) {
        return visible(Conversation.findById(id, LockModeType.PESSIMISTIC_WRITE), id, brands);
    }

    private static Conversation visible(Conversation c, UUID id, Set<String> brands) {
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
