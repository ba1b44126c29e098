package io.parley.inbox.conversations;

import io.parley.contracts.Event;
import io.parley.contracts.StableIds;
import io.parley.contracts.inbox.ConversationOpened;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;
import io.parley.inbox.batch.BatchMemo;
import io.parley.platform.outbox.Outbox;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Intake: an interaction heard on a channel is stored under its conversation (by brand, platform, channel account and
 * thread). The first interaction of a thread opens the conversation ({@code ConversationOpened}); the opening is
 * announced in the transaction first ({@link ConversationEvents.Opening}), so that priority, targets and ownership
 * give it its priority, due time and owner before it is stored. A later one joins it ({@link
 * ConversationLifecycle#customerWrote}). Every stored interaction is announced as a CDI event ({@link Interaction}),
 * which search, moderation, incidents and advocates observe.
 */
@ApplicationScoped
public class ConversationIntake {

    @Inject
    Outbox outbox;

    @Inject
    InteractionHistory history;

    @Inject
    ConversationLifecycle lifecycle;

    @Inject
    BatchMemo memo;

    @Inject
    jakarta.enterprise.event.Event<Interaction> interactionStored;

    @Inject
    jakarta.enterprise.event.Event<ConversationEvents.Opening> opening;

    @Inject
    jakarta.enterprise.event.Event<ConversationEvents.CustomerWrote> customerWrote;

    private static final String SEEN_INTERACTIONS = "conversations.seen-interactions";
    private static final String LOCKED_CONVERSATIONS = "conversations.locked";

    /** An interaction heard on a channel of a brand, as an intake batch brings it. */
    public record Arrival(String brand, InteractionReceived received) {
    }

    /**
     * Reads ahead for an intake batch, in its transaction (which keeps a {@link BatchMemo}): which of the
     * interactions are stored already, the batch's existing conversations — locked, in the order of their ids,
     * so that two writers never wait for each other crosswise — and the changes waiting for the interactions.
     * Three queries for the batch instead of three for each interaction; {@link #record} takes the answers from
     * the memo.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void prepare(List<Arrival> arrivals) {
        if (arrivals.isEmpty()) {
            return;
        }
        Set<UUID> interactionIds = new HashSet<>();
        Set<UUID> conversationIds = new TreeSet<>();
        for (Arrival a : arrivals) {
            interactionIds.add(a.received().interactionId());
            conversationIds.add(conversationIdOf(a.brand(), a.received()));
        }
        // The conversations first, then the interactions: the order in which a migration that alters both takes
        // its locks (RollingUpgradeTest's did: an intake that read interactions first and then waited for a
        // conversation it held deadlocked with it).
        Map<UUID, Conversation> locked = new HashMap<>();
        conversationIds.forEach(id -> locked.put(id, null));
        Conversation.<Conversation>find("id in ?1", Sort.by("id"), conversationIds)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().forEach(c -> locked.put(c.id, c));
        memo.put(LOCKED_CONVERSATIONS, locked);
        Map<UUID, Boolean> seen = new HashMap<>();
        interactionIds.forEach(id -> seen.put(id, false));
        Interaction.getEntityManager().createQuery("select i.id from Interaction i where i.id in :ids", UUID.class)
                .setParameter("ids", interactionIds).getResultList().forEach(id -> seen.put(id, true));
        memo.put(SEEN_INTERACTIONS, seen);
        history.prepare(interactionIds);
    }

    private static UUID conversationIdOf(String brand, InteractionReceived received) {
        return StableIds.of("conversation", brand, received.platform().id(), received.channelAccountId(),
                received.threadId());
    }

    /** Records an interaction heard on a channel; the same interaction again changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String brand, InteractionReceived received, Instant observedAt) {
        // The conversation (locked) before the interaction is looked up: the order prepare() and a migration that
        // alters both tables take their locks in. Read ahead for a batch, both come from the memo.
        UUID conversationId = conversationIdOf(brand, received);
        Map<UUID, Conversation> locked = memo.<Map<UUID, Conversation>>prepared(
                LOCKED_CONVERSATIONS).filter(m -> m.containsKey(conversationId)).orElse(null);
        Conversation conversation = locked != null ? locked.get(conversationId)
                : Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        Map<UUID, Boolean> seen = memo.<Map<UUID, Boolean>>prepared(SEEN_INTERACTIONS)
                .filter(m -> m.containsKey(received.interactionId())).orElse(null);
        boolean stored = seen != null ? seen.put(received.interactionId(), true)
                : Interaction.findById(received.interactionId()) != null;
        if (stored) {
            return;
        }
        boolean opened = conversation == null;
        if (opened) {
            conversation = open(conversationId, brand, received, observedAt);
            if (locked != null) {
                locked.put(conversationId, conversation);
            }
        } else {
            lifecycle.customerWrote(conversation, received, observedAt);
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
        interaction.attachments = received.attachments();
        InteractionSignals signals = received.signals();
        if (signals != null) {
            interaction.language = signals.language();
            interaction.moment = signals.moment();
            interaction.sentiment = signals.sentiment();
            interaction.sentimentScore = signals.sentimentScore();
            interaction.abusive = signals.abusive();
            interaction.spam = signals.spam();
            interaction.abusiveScore = signals.abusiveScore();
            interaction.spamScore = signals.spamScore();
            conversation.noteSignals(signals.language(), signals.moment(), signals.sentiment());
            if (!opened) {
                customerWrote.fire(new ConversationEvents.CustomerWrote(conversation, signals));
            }
        }
        if (!opened) {
            conversation.noteFlags(interaction.abusive, interaction.spam, false);
        }
        interaction.persist();
        history.applyWaiting(interaction);
        interactionStored.fire(interaction);
    }

    private Conversation open(UUID id, String brand, InteractionReceived received, Instant observedAt) {
        Conversation c = new Conversation();
        c.id = id;
        c.brand = brand;
        c.platform = received.platform().id();
        c.channelAccountId = received.channelAccountId();
        c.threadId = received.threadId();
        c.postId = received.postId() != null ? received.postId() : received.parentId();
        c.status = ConversationStatus.NEW;
        c.receivedAt = observedAt;
        InteractionSignals signals = received.signals();
        if (signals != null) {
            c.noteSignals(signals.language(), signals.moment(), signals.sentiment());
        }
        c.noteFlags(signals != null && signals.abusive(), signals != null && signals.spam(), true);
        if (received.author() != null) {
            c.authorId = received.author().platformId();
            c.authorName = received.author().name();
            c.authorProfileUrl = received.author().profileUrl();
        }
        c.lastInteractionAt = observedAt;
        c.replyTargetId = received.platformObjectId();
        c.preview = textOf(received);
        c.interactionCount = 1;
        // Its priority, then its due time (which the priority picks), then its owner (ConversationEvents.Opening).
        opening.fire(new ConversationEvents.Opening(c, received, observedAt));
        c.persist(); // once owned: one insert, not an insert and an update
        outbox.add(id.toString(), Event.of(StableIds.of("opened", id.toString()), ConversationLifecycle.SERVICE, brand,
                id.toString(), observedAt, observedAt, new ConversationOpened(id, received.platform(), received.interactionId(),
                        observedAt, c.dueAt, c.team, c.language, c.moment, c.targetMinutes)));
        return c;
    }

    private static String textOf(InteractionReceived received) {
        return received.text() == null ? "" : received.text();
    }
}
