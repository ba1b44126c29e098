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

    /** A reply being written ({@link ReplyWritten}, in its transaction): held when a {@link #rule} holds its author. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onWritten(@Observes ReplyWritten written) {
        rule(written.conversation(), written.reply().author)
                .ifPresent(rule -> hold(written.reply(), written.conversation(), rule, written.at()));
    }

    /**
     * The rule that holds {@code author}'s reply in this conversation, if any. Precedence: when the team that owns the
     * conversation has its own setting and it holds the author, the team's (its approvers, its due time); otherwise
     * the brand's, when it holds the author. A team's setting adds holds; it never releases an agent the brand holds.
     */
    @Transactional
    public Optional<Rule> rule(Conversation conversation, String author) {
        if (conversation.team != null) {
            TeamReplyApprovalSetting t = TeamReplyApprovalSetting.find(conversation.brand, conversation.team);
            if (t != null && t.holds(author)) {
                return Optional.of(Rule.of(t));
            }
        }
        return setting(conversation.brand).filter(s -> s.holds(author)).map(Rule::of);
    }

    /**
     * The rule a held reply is decided under: the team's setting it was held by while the team still has one, else
     * the brand's (a brand without a setting: nobody held, no approvers named, the default due time).
     */
    Rule ruleOf(Reply reply) {
        if (reply.approvalTeam != null) {
            TeamReplyApprovalSetting t = TeamReplyApprovalSetting.find(reply.approvalBrand, reply.approvalTeam);
            if (t != null) {
                return Rule.of(t);
            }
        }
        ReplyApprovalSetting s = ReplyApprovalSetting.findById(reply.approvalBrand);
        return s != null ? Rule.of(s) : new Rule(reply.approvalBrand, null, new String[0], new String[0],
                ReplyApprovals.DEFAULT_DUE_MINUTES);
    }

    /** A setting in force, the brand's ({@code team} null) or a team's. */
    public record Rule(String brand, String team, String[] heldAgents, String[] approvers, int dueMinutes) {

        static Rule of(ReplyApprovalSetting s) {
            return new Rule(s.brand, null, s.heldAgents, s.approvers, s.dueMinutes);
        }

        static Rule of(TeamReplyApprovalSetting t) {
            return new Rule(t.brand, t.team, t.heldAgents, t.approvers, t.dueMinutes);
        }

        public boolean holds(String user) {
            return Arrays.asList(heldAgents).contains(user);
        }
    }

    /**
     * Holds a new reply (not yet persisted by the caller's transaction's end): awaiting approval, due by the rule's
     * due time (the team's or the brand's), recorded in the audit trail ({@code reply_held}) and announced to the approvers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(Reply reply, Conversation conversation, Rule setting, Instant now) {
        reply.status = ReplyStatus.awaiting_approval;
        reply.approvalBrand = conversation.brand;
        reply.approvalTeam = setting.team();
        reply.approvalDueAt = now.plus(Duration.ofMinutes(setting.dueMinutes()));
        audit.record(conversation.id, conversation.brand, "reply_held", reply.author, AuditTrail.details("replyId",
                reply.id, "dueAt", reply.approvalDueAt.toString(), "verdict", reply.checkVerdict, "team",
                setting.team()));
        String preview = reply.text.codePointCount(0, reply.text.length()) <= PREVIEW ? reply.text
                : reply.text.substring(0, reply.text.offsetByCodePoints(0, PREVIEW));
        outbox.add(conversation.id.toString(), Event.of(StableIds.of("reply-approval", reply.id.toString()),
                "inbox-service", conversation.brand, conversation.id.toString(), now, now,
                new ReplyApprovalRequested(reply.id, conversation.id, reply.author, preview,
                        approvers(setting, reply.author), now, reply.approvalDueAt)));
    }

    /**
     * Who may decide on a held reply of {@code author}: the rule's named approvers, else everyone of the brand with
     * the manager, admin or approver role; never the author nor an agent the rule or the brand holds. Empty when the people directory
     * cannot be read (the reply is held all the same; the queue still shows it).
     */
    List<String> approvers(Rule setting, String author) {
        if (setting.approvers().length > 0) {
            return Arrays.stream(setting.approvers()).filter(a -> !a.equals(author)).toList();
        }
        ReplyApprovalSetting brandSetting = ReplyApprovalSetting.findById(setting.brand());
        try {
            return people.of(setting.brand()).stream()
                    .filter(p -> p.roles().stream().anyMatch(DECIDING_ROLES::contains))
                    .map(Person::user).filter(u -> !u.equals(author) && !setting.holds(u)
                            && (brandSetting == null || !brandSetting.holds(u))).sorted().toList();
        } catch (ProblemException e) {
            LOG.warnf("approvers of %s not named in the approval request: %s", setting.brand(), e.getMessage());
            return List.of();
        }
    }
}
