package io.parley.calendar.approvals;

import io.parley.calendar.audit.Audit;
import io.parley.calendar.stories.PostsTopic;
import io.parley.calendar.stories.StoryService;
import io.parley.calendar.stories.Variant;
import io.parley.calendar.stories.VariantStatus;
import io.parley.contracts.posts.ApprovalEscalated;
import io.parley.contracts.posts.ApprovalReminder;
import io.parley.contracts.posts.VariantExpired;
import io.parley.platform.time.Periodic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends the reminders and escalations of waiting approval steps and expires variants not approved by their
 * scheduled time. The moments are columns of the variant ({@code remind_at}, {@code escalate_at},
 * {@code scheduled_for}), so a restart or a missed pass simply finds the rows whose moment has come. Each pass
 * locks the rows it takes ({@code FOR UPDATE SKIP LOCKED}: replicas share the work and never announce twice) and,
 * in one transaction, changes each row, audits it and adds its event to the outbox (woken on commit) — the shape of
 * inbox-service's DeadlineScanner.
 */
@ApplicationScoped
public class ApprovalScanner {

    private static final Logger LOG = Logger.getLogger(ApprovalScanner.class);
    private static final Workflow.Actor PARLEY = Workflow.Actor.user("parley", Set.of());

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ApprovalsConfig config;

    @Inject
    PostsTopic topic;

    @Inject
    Audit audit;

    @Inject
    StoryService stories;

    private Periodic periodic;

    void start(@Observes StartupEvent ignored) {
        periodic = Periodic.every("parley-approval-scanner", config.scanEvery(), this::scan);
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (periodic != null) {
            periodic.close();
        }
    }

    void scan() {
        try {
            while (QuarkusTransaction.requiringNew().call(this::expireDue) == config.batch()) {
                // a full batch: more may be waiting
            }
            while (QuarkusTransaction.requiringNew().call(this::remindDue) == config.batch()) {
                // a full batch: more may be waiting
            }
            while (QuarkusTransaction.requiringNew().call(this::escalateDue) == config.batch()) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("approval scan failed; the next pass retries", e);
        }
    }

    /** Expires the variants whose time came before their approval; returns how many. */
    public int expireDue() {
        Instant now = clock.instant();
        List<Variant> due = lock("""
                SELECT * FROM variant WHERE status IN ('draft', 'in_review', 'changes_requested')
                AND scheduled_for <= ?1 ORDER BY scheduled_for LIMIT ?2 FOR UPDATE SKIP LOCKED""", now);
        for (Variant v : due) {
            String before = v.status;
            v.status = VariantStatus.EXPIRED;
            v.remindAt = null;
            v.escalateAt = null;
            v.version++;
            v.updatedAt = now;
            stories.snapshot(v, PARLEY.user(), now);
            audit.record(v.storyId, v.id, PARLEY, "expired", Map.of("scheduledFor", v.scheduledFor.toString(),
                    "previousStatus", before), now);
            topic.publish(v.brand, v.storyId, new VariantExpired(v.storyId, v.id, v.scheduledFor, before), now);
        }
        return due.size();
    }

    /** Reminds the approvers of steps waiting past their remindAfter; returns how many. */
    public int remindDue() {
        Instant now = clock.instant();
        List<Variant> due = lock("""
                SELECT * FROM variant WHERE status = 'in_review' AND remind_at <= ?1
                ORDER BY remind_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", now);
        for (Variant v : due) {
            Workflow.Approval approval = Approvals.approval(v);
            Workflow.Step step = approval.active();
            if (step == null) {
                v.remindAt = null;
                continue;
            }
            Approvals.store(v, Workflow.mark(approval, true, false));
            audit.record(v.storyId, v.id, PARLEY, "reminder", Map.of("round", v.round, "step",
                    approval.currentStep(), "stepName", step.name()), now);
            topic.publish(v.brand, v.storyId, new ApprovalReminder(v.storyId, v.id, v.round, approval.currentStep(),
                    step.name(), Approvals.refs(step.approvers()), step.activeSince()), now);
        }
        return due.size();
    }

    /** Escalates steps waiting past their escalateAfter to their escalateTo; returns how many. */
    public int escalateDue() {
        Instant now = clock.instant();
        List<Variant> due = lock("""
                SELECT * FROM variant WHERE status = 'in_review' AND escalate_at <= ?1
                ORDER BY escalate_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", now);
        for (Variant v : due) {
            Workflow.Approval approval = Approvals.approval(v);
            Workflow.Step step = approval.active();
            if (step == null) {
                v.escalateAt = null;
                continue;
            }
            Approvals.store(v, Workflow.mark(approval, false, true));
            audit.record(v.storyId, v.id, PARLEY, "escalated", Map.of("round", v.round, "step",
                    approval.currentStep(), "stepName", step.name()), now);
            topic.publish(v.brand, v.storyId, new ApprovalEscalated(v.storyId, v.id, v.round, approval.currentStep(),
                    step.name(), Approvals.refs(step.escalateTo()), step.activeSince()), now);
        }
        return due.size();
    }

    @SuppressWarnings("unchecked")
    private List<Variant> lock(String sql, Instant now) {
        return em.createNativeQuery(sql, Variant.class).setParameter(1, now).setParameter(2, config.batch())
                .getResultList();
    }
}
