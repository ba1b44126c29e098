package io.parley.calendar.publishing;

import io.parley.calendar.approvals.Workflow;
import io.parley.calendar.audit.Audit;
import io.parley.calendar.stories.StoryService;
import io.parley.calendar.stories.Variant;
import io.parley.calendar.stories.VariantStatus;
import io.parley.platform.outbox.Outbox;
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
 * Sends scheduled variants whose time has come to the channel gateway, each once across replicas. A pass locks a
 * batch of due rows ({@code FOR UPDATE SKIP LOCKED}: another replica's pass takes other rows, never the same), and in
 * one transaction sets each {@code publishing}, writes its ledger row and adds its {@code PUBLISH_POST} request to
 * the outbox ({@link OutboundRequests}). A crash before the commit leaves the rows {@code scheduled} and nothing
 * sent; after it, the outbox relay sends what was committed. The request's id is a stable UUID of (variant, publish
 * round), so the gateway, which acts on an id once, never posts a variant twice for one claim.
 * <p>
 * A brand whose publishing is paused ({@link io.parley.calendar.pause.Pauses}) has nothing claimed: the claim's own
 * statement skips it, so the pause holds on every replica, and its due posts stay {@code scheduled} (held) until the
 * pause is lifted.
 */
@ApplicationScoped
public class PublishScheduler {

    private static final Logger LOG = Logger.getLogger(PublishScheduler.class);
    static final Workflow.Actor PARLEY = Workflow.Actor.user("parley", Set.of());

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PublishingConfig config;

    @Inject
    OutboundRequests outbound;

    @Inject
    Outbox outbox;

    @Inject
    Audit audit;

    @Inject
    StoryService stories;

    private Periodic periodic;

    void start(@Observes StartupEvent ignored) {
        periodic = Periodic.every("parley-publish-scheduler", config.scanEvery(), this::pass);
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (periodic != null) {
            periodic.close();
        }
    }

    /** Claims due variants batch after batch until none is left; a failure is retried by the next pass. */
    public int pass() {
        int total = 0;
        try {
            int claimed;
            do {
                claimed = QuarkusTransaction.requiringNew().call(this::claimDue);
                total += claimed;
            } while (claimed == config.batch());
        } catch (RuntimeException e) {
            LOG.warn("publish pass failed; the next pass retries", e);
        }
        return total;
    }

    /** Claims one batch of due variants and asks for their publication, in the caller's transaction. */
    public int claimDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Variant> due = em.createNativeQuery("""
                SELECT * FROM variant WHERE status = 'scheduled' AND scheduled_for <= ?1 AND correction_of IS NULL
                AND NOT EXISTS (SELECT 1 FROM publishing_pause p WHERE p.brand = variant.brand AND p.lifted_at IS NULL)
                ORDER BY scheduled_for LIMIT ?2 FOR UPDATE SKIP LOCKED""", Variant.class)
                .setParameter(1, now).setParameter(2, config.batch()).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        outbox.buffer(); // one JDBC batch for the whole claim's requests
        for (Variant v : due) {
            v.publishRound++;
            v.status = VariantStatus.PUBLISHING;
            v.publicationState = Publication.PUBLISHING;
            v.platformPostId = null;
            v.permalink = null;
            v.publishedAt = null;
            v.publishFailure = null;
            v.publishReason = null;
            v.publishRetryAt = null;
            v.version++;
            v.updatedAt = now;
            stories.snapshot(v, PARLEY.user(), now);
            PublicationAction a = outbound.publish(v, PARLEY.user(), now);
            audit.record(v.storyId, v.id, PARLEY, "publishing", Map.of("round", v.publishRound, "actionId",
                    a.actionId.toString(), "scheduledFor", v.scheduledFor.toString()), now);
        }
        outbox.writeBuffered();
        return due.size();
    }
}
