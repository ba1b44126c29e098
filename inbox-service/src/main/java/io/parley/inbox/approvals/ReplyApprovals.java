package io.parley.inbox.approvals;

import io.parley.contracts.Event;
import io.parley.contracts.StableIds;
import io.parley.contracts.inbox.ReplyApprovalDecided;
import io.parley.inbox.audit.AuditTrail;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.Conversations;
import io.parley.inbox.ownership.Team;
import io.parley.inbox.ownership.Teams;
import io.parley.inbox.people.PeopleDirectory;
import io.parley.inbox.replies.Reply;
import io.parley.inbox.replies.ReplyCheck;
import io.parley.inbox.replies.ReplyService;
import io.parley.inbox.replies.ReplyStatus;
import io.parley.inbox.replies.ReplyViews;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.rest.Keyset;
import io.parley.platform.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reply approvals: the brand's setting (who is held, who approves, the due time), the approvals queue and the
 * decisions. An approved reply is sent exactly as any reply (in its author's name, through {@link ReplyService#publish});
 * a rejected one goes back to its author with the comment, its text kept, the conversation still theirs.
 */
@ApplicationScoped
public class ReplyApprovals {

    static final int DEFAULT_DUE_MINUTES = 15;
    static final int MAX_DUE_MINUTES = 1440;
    static final int MAX_COMMENT = 2000;

    @Inject
    Conversations conversations;

    @Inject
    ReplyService replies;

    @Inject
    PeopleDirectory people;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Holding holding;

    @Inject
    Teams teams;

    // ---- the setting

    @Transactional
    public ApprovalViews.Setting setting(String brand) {
        ReplyApprovalSetting s = ReplyApprovalSetting.findById(brand);
        List<ApprovalViews.Change> changes = ReplyApprovalSettingChange.<ReplyApprovalSettingChange>find(
                "brand = ?1 order by changedAt desc", brand).page(0, 20).list().stream()
                .map(c -> new ApprovalViews.Change(ApprovalViews.list(c.heldAgents), ApprovalViews.list(c.approvers),
                        c.dueMinutes, c.changedBy, c.changedAt)).toList();
        if (s == null) {
            return new ApprovalViews.Setting(brand, List.of(), List.of(), DEFAULT_DUE_MINUTES, null, null, changes);
        }
        return new ApprovalViews.Setting(brand, ApprovalViews.list(s.heldAgents), ApprovalViews.list(s.approvers),
                s.dueMinutes, s.updatedBy, s.updatedAt, changes);
    }

    /**
     * Replaces the brand's setting: every person named must be someone who can see the brand (422 naming
     * {@code heldAgents[i]} / {@code approvers[i]}), nobody both held and an approver, the due time 1 to 1440
     * minutes. Recorded as a change (who, when, the setting after it). Replies already waiting stay waiting.
     */
    @Transactional
    public ApprovalViews.Setting replace(String brand, ApprovalViews.SettingRequest request, String by) {
        Validated v = validated(brand, request.heldAgents(), request.approvers(), request.dueMinutes());
        List<String> held = v.held();
        List<String> approvers = v.approvers();
        int due = v.due();
        Instant now = clock.instant();
        ReplyApprovalSetting s = ReplyApprovalSetting.findById(brand);
        if (s == null) {
            s = new ReplyApprovalSetting();
            s.brand = brand;
        }
        s.heldAgents = held.toArray(String[]::new);
        s.approvers = approvers.toArray(String[]::new);
        s.dueMinutes = due;
        s.updatedBy = by;
        s.updatedAt = now;
        s.persist();
        ReplyApprovalSettingChange change = new ReplyApprovalSettingChange();
        change.id = UUID.randomUUID();
        change.brand = brand;
        change.heldAgents = s.heldAgents;
        change.approvers = s.approvers;
        change.dueMinutes = due;
        change.changedBy = by;
        change.changedAt = now;
        change.persist();
        return setting(brand);
    }

    private record Validated(List<String> held, List<String> approvers, int due) {
    }

    /**
     * Checks a setting (brand's or team's) before anything is stored: the due time 1 to 1440 minutes, no blank or
     * too long name, nobody both held and an approver (422 naming the field), then that everyone named can see the
     * brand (422 naming {@code heldAgents[i]} / {@code approvers[i]}).
     */
    private Validated validated(String brand, List<String> heldAgents, List<String> approversGiven,
            Integer dueMinutes) {
        List<String> held = normalised(heldAgents);
        List<String> approvers = normalised(approversGiven);
        int due = dueMinutes == null ? DEFAULT_DUE_MINUTES : dueMinutes;
        List<Problem.FieldError> errors = new ArrayList<>();
        if (due < 1 || due > MAX_DUE_MINUTES) {
            errors.add(new Problem.FieldError("dueMinutes", "must be 1 to " + MAX_DUE_MINUTES + " minutes, was " + due));
        }
        names("heldAgents", heldAgents, errors);
        names("approvers", approversGiven, errors);
        for (int i = 0; i < approvers.size(); i++) {
            if (held.contains(approvers.get(i))) {
                errors.add(new Problem.FieldError("approvers[" + i + "]", "'" + approvers.get(i) + "' is held: a "
                        + "held agent cannot approve replies"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, errors.size() == 1 ? errors.get(0).field() + ": "
                    + errors.get(0).message() : errors.size() + " fields are not right", errors);
        }
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < held.size(); i++) {
            named.put("heldAgents[" + i + "]", held.get(i));
        }
        for (int i = 0; i < approvers.size(); i++) {
            named.put("approvers[" + i + "]", approvers.get(i));
        }
        people.requireBrandPeople(brand, named);
        return new Validated(held, approvers, due);
    }

    // ---- a team's own setting

    /** A team's own setting (404 for a team the brand does not have); {@code set} false: the brand's applies. */
    @Transactional
    public ApprovalViews.TeamSetting teamSetting(String brand, String team) {
        requireTeam(brand, team);
        TeamReplyApprovalSetting s = TeamReplyApprovalSetting.find(brand, team);
        List<ApprovalViews.TeamChange> changes = TeamReplyApprovalSettingChange.<TeamReplyApprovalSettingChange>find(
                "brand = ?1 and team = ?2 order by changedAt desc", brand, team).page(0, 20).list().stream()
                .map(c -> new ApprovalViews.TeamChange(ApprovalViews.list(c.heldAgents),
                        ApprovalViews.list(c.approvers), c.dueMinutes, c.removed, c.changedBy, c.changedAt))
                .toList();
        if (s == null) {
            return new ApprovalViews.TeamSetting(brand, team, false, List.of(), List.of(), DEFAULT_DUE_MINUTES, null,
                    null, changes);
        }
        return new ApprovalViews.TeamSetting(brand, team, true, ApprovalViews.list(s.heldAgents),
                ApprovalViews.list(s.approvers), s.dueMinutes, s.updatedBy, s.updatedAt, changes);
    }

    /**
     * Gives a team its own setting, validated as the brand's (422 naming the field, nothing stored), recorded as a
     * change with who and when. Replies already waiting stay waiting.
     */
    @Transactional
    public ApprovalViews.TeamSetting replaceTeam(String brand, String team, ApprovalViews.SettingRequest request,
            String by) {
        requireTeam(brand, team);
        Validated v = validated(brand, request.heldAgents(), request.approvers(), request.dueMinutes());
        Instant now = clock.instant();
        TeamReplyApprovalSetting s = TeamReplyApprovalSetting.find(brand, team);
        if (s == null) {
            s = new TeamReplyApprovalSetting();
            s.brand = brand;
            s.team = team;
        }
        s.heldAgents = v.held().toArray(String[]::new);
        s.approvers = v.approvers().toArray(String[]::new);
        s.dueMinutes = v.due();
        s.updatedBy = by;
        s.updatedAt = now;
        s.persist();
        teamChange(brand, team, s.heldAgents, s.approvers, s.dueMinutes, false, by, now);
        return teamSetting(brand, team);
    }

    /** Removes a team's own setting: the brand's applies to its conversations again. Recorded; nothing to remove: 404. */
    @Transactional
    public void removeTeam(String brand, String team, String by) {
        requireTeam(brand, team);
        TeamReplyApprovalSetting s = TeamReplyApprovalSetting.find(brand, team);
        if (s == null) {
            throw ProblemException.notFound("team " + team + " of " + brand + " has no reply approvals setting of "
                    + "its own");
        }
        s.delete();
        teamChange(brand, team, new String[0], new String[0], s.dueMinutes, true, by, clock.instant());
    }

    private static void teamChange(String brand, String team, String[] held, String[] approvers, int due,
            boolean removed, String by, Instant now) {
        TeamReplyApprovalSettingChange change = new TeamReplyApprovalSettingChange();
        change.id = UUID.randomUUID();
        change.brand = brand;
        change.team = team;
        change.heldAgents = held;
        change.approvers = approvers;
        change.dueMinutes = due;
        change.removed = removed;
        change.changedBy = by;
        change.changedAt = now;
        change.persist();
    }

    private Team requireTeam(String brand, String team) {
        return teams.find(brand, team).orElseThrow(() -> ProblemException.notFound("no team " + team + " in "
                + brand));
    }

    private static List<String> normalised(List<String> names) {
        if (names == null) {
            return List.of();
        }
        return new ArrayList<>(names.stream().filter(n -> n != null && !n.isBlank())
                .map(n -> n.strip().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static void names(String field, List<String> names, List<Problem.FieldError> errors) {
        if (names == null) {
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n == null || n.isBlank()) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "must be a user name, was blank"));
            } else if (n.length() > 100) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "must be at most 100 characters"));
            }
        }
    }

    // ---- the queue

    /** The order of {@link #queue}, and its cursors' name: (approval_due_at, id), index reply_awaiting_approval. */
    static final Keyset<Reply> WAITING = Keyset.<Reply>ascending("reply-approvals")
            .instant("r.approvalDueAt", r -> r.approvalDueAt).uuid("r.id", r -> r.id);

    /** A page of the brand's waiting replies, the soonest due first, with the brand's counts. */
    @Transactional
    public ApprovalViews.Page queue(String brand, int limit, Optional<String> cursor) {
        Instant now = clock.instant();
        Page<Reply> found = WAITING.page((q, p, rows) -> {
            var query = em.createQuery("FROM Reply r WHERE " + q, Reply.class).setMaxResults(rows);
            p.forEach(query::setParameter);
            return query.getResultList();
        }, "r.approvalBrand = :brand AND r.status = :waiting",
                Map.of("brand", brand, "waiting", ReplyStatus.awaiting_approval), cursor.orElse(null), limit);
        List<Reply> page = found.items();
        Map<UUID, Conversation> byId = page.isEmpty() ? Map.of() : Conversation.<Conversation>list("id in ?1",
                page.stream().map(r -> r.conversationId).distinct().toList()).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<ApprovalViews.Item> items = page.stream().map(r -> new ApprovalViews.Item(
                ReplyViews.reply(r, now), ref(byId.get(r.conversationId), now))).toList();
        Object[] counts = (Object[]) em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE approval_due_at < "
                + ":now) FROM reply WHERE approval_brand = :brand AND status = 'awaiting_approval'")
                .setParameter("brand", brand).setParameter("now", now).getSingleResult();
        return new ApprovalViews.Page(items, found.nextCursor(),
                new ApprovalViews.Counts(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue()));
    }

    private static ApprovalViews.ConversationRef ref(Conversation c, Instant now) {
        return new ApprovalViews.ConversationRef(c.id, c.platform, c.channelAccountId, c.authorName, c.preview,
                c.status.id(), c.dueAt, c.status.awaitsBrand() && now.isAfter(c.dueAt));
    }

    // ---- decisions

    /**
     * Refuses anyone who may not decide on this reply (403): its author, an agent the brand or the holding team holds,
     * anyone the named approvers of the setting that held it do not include (the team's while it has its own setting,
     * else the brand's), or — when it names none — anyone without the manager, admin or approver role. An unknown reply is 404, a decided one 409. Checked before the standards check runs.
     */
    @Transactional
    public Reply requireDecider(String brand, UUID replyId, String user, Collection<String> roles) {
        Reply r = waiting(brand, replyId);
        if (r.author.equals(user)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "you wrote this reply: another person must approve "
                    + "or reject it");
        }
        Holding.Rule rule = holding.ruleOf(r);
        ReplyApprovalSetting brandSetting = ReplyApprovalSetting.findById(brand);
        if (rule.holds(user) || (brandSetting != null && brandSetting.holds(user))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "your own replies wait for approval in " + brand
                    + (rule.team() != null && rule.holds(user) ? " (team " + rule.team() + ")" : "")
                    + ": you cannot approve or reject others'");
        }
        if (rule.approvers().length > 0) {
            if (!List.of(rule.approvers()).contains(user)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "only the approvers "
                        + (rule.team() != null ? "team " + rule.team() + " of " : "") + brand + " names may decide "
                        + "on this held reply: " + String.join(", ", rule.approvers()));
            }
        } else if (roles.stream().noneMatch(Holding.DECIDING_ROLES::contains)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "only a manager, admin or approver of " + brand
                    + " may decide on held replies");
        }
        return r;
    }

    private static Reply waiting(String brand, UUID replyId) {
        Reply r = Reply.findById(replyId);
        if (r == null || !brand.equals(r.approvalBrand)) {
            throw ProblemException.notFound("no held reply " + replyId + " in " + brand);
        }
        if (r.status != ReplyStatus.awaiting_approval) {
            throw ProblemException.conflict("this reply was already " + (r.status == ReplyStatus.rejected
                    ? "rejected" : "approved") + " by " + r.decidedBy);
        }
        return r;
    }

    /**
     * Approves a held reply, with the approver's text when given (edit-and-approve; {@code check} is the standards
     * check of the text that goes out): sent as any reply, in its author's name; the approver recorded.
     */
    @Transactional
    public Reply approve(String brand, UUID replyId, String approver, Optional<String> editedText,
            ReplyCheck.Outcome check, String comment, String overrideReason) {
        Reply r = Reply.findById(replyId);
        if (r == null || !brand.equals(r.approvalBrand)) {
            throw ProblemException.notFound("no held reply " + replyId + " in " + brand);
        }
        Conversation c = conversations.getForUpdate(r.conversationId, Set.of(brand)); // decisions take turns
        em.refresh(r);
        r = waiting(brand, replyId);
        Instant now = clock.instant();
        boolean edited = editedText.isPresent() && !editedText.get().equals(r.text);
        if (edited) {
            r.originalText = r.text;
            r.text = editedText.get();
        }
        r.status = ReplyStatus.sending;
        r.decidedBy = approver;
        r.decidedAt = now;
        r.decisionComment = comment;
        r.checkVerdict = check.verdict();
        r.checkFindings = check.findings();
        if (check.blocks()) {
            r.overrideBy = approver;
            r.overrideReason = overrideReason;
            audit.record(c.id, brand, "standards_override", approver, AuditTrail.details("replyId", r.id, "reason",
                    overrideReason, "overridden", check.blocking().stream().map(f -> String.valueOf(f.get("ruleId")))
                            .toList()));
        }
        audit.record(c.id, brand, "reply_approved", approver, AuditTrail.details("replyId", r.id, "author", r.author,
                "edited", edited, "comment", comment, "verdict", check.verdict(), "findings", check.ruleIds()));
        replies.publish(r, c, now);
        decided(r, c, "approved", edited, now);
        return r;
    }

    /** Rejects a held reply with a comment: back to its author, text kept, never sent; the conversation stays theirs. */
    @Transactional
    public Reply reject(String brand, UUID replyId, String approver, String comment) {
        Reply r = Reply.findById(replyId);
        if (r == null || !brand.equals(r.approvalBrand)) {
            throw ProblemException.notFound("no held reply " + replyId + " in " + brand);
        }
        Conversation c = conversations.getForUpdate(r.conversationId, Set.of(brand));
        em.refresh(r);
        r = waiting(brand, replyId);
        Instant now = clock.instant();
        r.status = ReplyStatus.rejected;
        r.decidedBy = approver;
        r.decidedAt = now;
        r.decisionComment = comment;
        audit.record(c.id, brand, "reply_rejected", approver, AuditTrail.details("replyId", r.id, "author", r.author,
                "comment", comment));
        decided(r, c, "rejected", false, now);
        return r;
    }

    private void decided(Reply r, Conversation c, String decision, boolean edited, Instant now) {
        outbox.add(c.id.toString(), Event.of(StableIds.of("reply-approval-decided", r.id.toString()), "inbox-service",
                c.brand, c.id.toString(), now, now, new ReplyApprovalDecided(r.id, c.id, r.author, decision, edited,
                        r.decidedBy, r.decisionComment, now, !now.isAfter(r.approvalDueAt))));
    }
}
