package io.parley.inbox.grouped;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.inbox.audit.AuditTrail;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.ConversationLifecycle;
import io.parley.inbox.conversations.Conversations;
import io.parley.platform.kafka.ProcessedEvents;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Grouped answers: one statement, published once per channel account involved (one {@code publish_post}
 * outbound action each), linked to every selected conversation; when a channel account's post is delivered,
 * its conversations are answered (as by a delivered reply: first-response time, ConversationAnswered).
 */
@ApplicationScoped
public class GroupedAnswerService {

    static final String DELIVERIES = "inbox.grouped.deliveries";

    @Inject
    Conversations conversations;

    @Inject
    ConversationLifecycle lifecycle;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    ProcessedEvents processed;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The selected conversations of the brand, each once, in the order given; 404 for any other. */
    @Transactional
    public List<Conversation> select(String brand, Set<String> brands, List<UUID> ids) {
        List<Conversation> selected = new ArrayList<>();
        for (UUID id : new java.util.LinkedHashSet<>(ids)) {
            Conversation c = conversations.get(id, brands);
            if (!c.brand.equals(brand)) {
                throw ProblemException.notFound("conversation " + id + " does not exist in brand " + brand);
            }
            selected.add(c);
        }
        return selected;
    }

    @Transactional
    public GroupedAnswer create(String brand, Set<String> brands, List<UUID> ids, String text, String author) {
        Instant now = clock.instant();
        GroupedAnswer g = new GroupedAnswer();
        g.id = UUID.randomUUID();
        g.brand = brand;
        g.text = text;
        g.createdBy = author;
        g.createdAt = now;
        g.persist();
        Map<String, GroupedAnswerPost> posts = new LinkedHashMap<>();
        for (UUID id : new java.util.LinkedHashSet<>(ids)) {
            Conversation c = conversations.getForUpdate(id, brands);
            GroupedAnswerPost post = posts.computeIfAbsent(c.platform + "/" + c.channelAccountId, k -> {
                GroupedAnswerPost p = new GroupedAnswerPost();
                p.actionId = UUID.randomUUID();
                p.groupedAnswerId = g.id;
                p.platform = c.platform;
                p.channelAccountId = c.channelAccountId;
                p.targetObjectId = c.channelAccountId;
                p.status = "sending";
                p.persist();
                outbox.add(g.id.toString(), Event.of(StableIds.of("outbound", p.actionId.toString()),
                        "inbox-service", brand, g.id.toString(), now, now, new OutboundActionRequested(p.actionId,
                                OutboundAction.PUBLISH_POST, Platform.fromId(c.platform), c.channelAccountId,
                                c.channelAccountId, text, author, "grouped-answer/" + g.id)));
                return p;
            });
            em.flush();
            em.createNativeQuery("INSERT INTO grouped_answer_conversation (grouped_answer_id, conversation_id, "
                    + "action_id) VALUES (:g, :c, :a)").setParameter("g", g.id).setParameter("c", c.id)
                    .setParameter("a", post.actionId).executeUpdate();
            lifecycle.touched(c, author, "a grouped answer was written");
            audit.record(c.id, c.brand, "grouped_answer", author, AuditTrail.details("groupedAnswerId", g.id,
                    "actionId", post.actionId));
        }
        return g;
    }

    /** Completes a channel account's post from the gateway's report; delivered answers its conversations. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delivered(UUID eventId, DeliveryReported report) {
        GroupedAnswerPost post = GroupedAnswerPost.findById(report.actionId());
        if (post == null || !processed.claim(DELIVERIES, eventId) || !post.status.equals("sending")) {
            return;
        }
        GroupedAnswer g = GroupedAnswer.findById(post.groupedAnswerId);
        if (report.outcome() == DeliveryOutcome.FAILED) {
            post.status = "failed";
            post.failureReason = report.reason();
            return;
        }
        post.status = "delivered";
        post.platformObjectId = report.platformObjectId();
        post.deliveredAt = report.completedAt();
        for (UUID conversationId : conversationsOf(post.actionId)) {
            lifecycle.replyDelivered(conversationId, g.createdAt, report.completedAt(), g.createdBy);
        }
    }

    @SuppressWarnings("unchecked")
    List<UUID> conversationsOf(UUID actionId) {
        return em.createNativeQuery("SELECT conversation_id FROM grouped_answer_conversation WHERE action_id = :a "
                + "ORDER BY conversation_id", UUID.class).setParameter("a", actionId).getResultList();
    }

    @Transactional
    public GroupedAnswer get(String brand, UUID id) {
        GroupedAnswer g = GroupedAnswer.findById(id);
        if (g == null || !g.brand.equals(brand)) {
            throw ProblemException.notFound("grouped answer " + id + " does not exist");
        }
        return g;
    }

    @Transactional
    public List<GroupedAnswerPost> posts(UUID groupedAnswerId) {
        return GroupedAnswerPost.list("groupedAnswerId", Sort.by("platform").and("channelAccountId"),
                groupedAnswerId);
    }
}
