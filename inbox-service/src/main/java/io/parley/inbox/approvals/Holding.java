package io.parley.inbox.approvals;

import io.parley.contracts.Event;
import io.parley.contracts.StableIds;
import io.parley.contracts.inbox.ReplyApprovalRequested;
import io.parley.inbox.audit.AuditTrail;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.people.PeopleDirectory;
import io.parley.inbox.people.Person;
import io.parley.inbox.replies.Reply;
import io.parley.inbox.replies.ReplyStatus;
import io.parley.inbox.replies.ReplyWritten;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Holds the replies of the agents a brand names for a second person's approval: instead of being sent, such a reply
 * is stored {@code awaiting_approval}, due for a decision by the brand's approval due time, and announced with
 * {@link ReplyApprovalRequested} (through the outbox, in the transaction that stores the reply).
 */
@ApplicationScoped
public class Holding {

    private static final Logger LOG = Logger.getLogger(Holding.class);
    static final Set<String> DECIDING_ROLES = Set.of(Roles.MANAGER, Roles.ADMIN, Roles.APPROVER);
    static final int PREVIEW = 140;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PeopleDirectory people;

    /** The brand's setting; empty when it holds nobody's replies. */
    @Transactional
    public Optional<ReplyApprovalSetting> setting(String brand) {
        return Optional.ofNullable(ReplyApprovalSetting.findById(brand));
    }

    /** True when the brand holds this person's replies for approval. */
    @Transactional
    public boolean holds(String brand, String user) {
        return setting(brand).map(s -> s.holds(user)).orElse(false);
    }

    /** A reply being written ({@link ReplyWritten}, in its transaction): held when the brand holds its author. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onWritten(@Observes ReplyWritten written) {
        setting(written.conversation().brand).filter(st -> st.holds(written.reply().author))
                .ifPresent(st -> hold(written.reply(), written.conversation(), st, written.at()));
    }

    /**
     * Holds a new reply (not yet persisted by the caller's transaction's end): awaiting approval, due by the brand's
     * due time, recorded in the audit trail ({@code reply_held}) and announced to the approvers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(Reply reply, Conversation conversation, ReplyApprovalSetting setting, Instant now) {
        reply.status = ReplyStatus.awaiting_approval;
        reply.approvalBrand = conversation.brand;
        reply.approvalDueAt = now.plus(Duration.ofMinutes(setting.dueMinutes));
        audit.record(conversation.id, conversation.brand, "reply_held", reply.author, AuditTrail.details("replyId",
                reply.id, "dueAt", reply.approvalDueAt.toString(), "verdict", reply.checkVerdict));
        String preview = reply.text.codePointCount(0, reply.text.length()) <= PREVIEW ? reply.text
                : reply.text.substring(0, reply.text.offsetByCodePoints(0, PREVIEW));
        outbox.add(conversation.id.toString(), Event.of(StableIds.of("reply-approval", reply.id.toString()),
                "inbox-service", conversation.brand, conversation.id.toString(), now, now,
                new ReplyApprovalRequested(reply.id, conversation.id, reply.author, preview,
                        approvers(setting, reply.author), now, reply.approvalDueAt)));
    }

    /**
     * Who may decide on a held reply of {@code author}: the setting's named approvers, else everyone of the brand with
     * the manager, admin or approver role; never the author nor another held agent. Empty when the people directory
     * cannot be read (the reply is held all the same; the queue still shows it).
     */
    List<String> approvers(ReplyApprovalSetting setting, String author) {
        if (setting.approvers.length > 0) {
            return Arrays.stream(setting.approvers).filter(a -> !a.equals(author)).toList();
        }
        try {
            return people.of(setting.brand).stream()
                    .filter(p -> p.roles().stream().anyMatch(DECIDING_ROLES::contains))
                    .map(Person::user).filter(u -> !u.equals(author) && !setting.holds(u)).sorted().toList();
        } catch (ProblemException e) {
            LOG.warnf("approvers of %s not named in the approval request: %s", setting.brand, e.getMessage());
            return List.of();
        }
    }
}
