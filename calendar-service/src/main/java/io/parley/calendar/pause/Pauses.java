package io.parley.calendar.pause;

import io.parley.platform.rest.Keyset;
import io.parley.platform.rest.Page;
import io.parley.calendar.approvals.Workflow;
import io.parley.calendar.audit.Audit;
import io.parley.calendar.publishing.PublishingConfig;
import io.parley.calendar.stories.Variant;
import io.parley.calendar.stories.VariantStatus;
import io.parley.contracts.Event;
import io.parley.contracts.Payload;
import io.parley.contracts.posts.PublishingPaused;
import io.parley.contracts.posts.PublishingResumed;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Pausing and lifting all publishing of a brand. The pause is enforced where posts are sent: the scheduler's claim
 * ({@code PublishScheduler#claimDue}) skips every variant of a brand with a pause in force, in the same SQL statement
 * that claims, so no replica sends a post whose time comes while paused. Pausing first locks the brand's scheduled
 * variants: a claim already under way on another replica finishes first (its posts were due before the pause), and
 * every claim after the pause's commit sees it.
 */
@ApplicationScoped
public class Pauses {

    static final int MAX_REASON = 500;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Audit audit;

    @Inject
    PublishingConfig config;

    /** The pause in force and the posts held by it (none when publishing runs). */
    public record State(Optional<PublishingPause> pause, List<Variant> held, String suggestion) {
    }

    @Transactional
    public PublishingPause pause(String brand, String reason, UUID incidentId, Workflow.Actor actor) {
        String why = reason(reason);
        // wait for any claim of the brand's variants already under way on any replica, and hold off new ones until
        // this commits; the pause is in force from then on
        em.createNativeQuery("SELECT id FROM variant WHERE brand = ?1 AND status = 'scheduled' FOR UPDATE")
                .setParameter(1, brand).getResultList();
        Instant now = clock.instant();
        Optional<PublishingPause> inForce = inForce(brand);
        if (inForce.isPresent()) {
            throw alreadyPaused(brand, inForce.get());
        }
        PublishingPause p = new PublishingPause();
        p.id = UUID.randomUUID();
        p.brand = brand;
        p.reason = why;
        p.incidentId = incidentId;
        p.pausedBy = actor.user();
        p.pausedAt = now;
        try {
            em.persist(p);
            em.flush();
        } catch (PersistenceException e) {
            // another manager's pause committed meanwhile (the partial unique index): one pause, and this is a 409
            throw ProblemException.conflict("publishing of " + brand + " is already paused; lift that pause first");
        }
        UUID id = p.id;
        announce(brand, new PublishingPaused(id, why, incidentId, actor.user(), now), now);
        return p;
    }

    private static ProblemException alreadyPaused(String brand, PublishingPause inForce) {
        return ProblemException.conflict("publishing of " + brand + " is already paused, by " + inForce.pausedBy
                + " since " + inForce.pausedAt + "; lift that pause first");
    }

    @Transactional
    public PublishingPause lift(String brand, String reason, String held, Workflow.Actor actor) {
        String why = reason(reason);
        if (held == null || !HeldPosts.CHOICES.contains(held)) {
            throw ProblemException.invalid("held", "must be send (the held posts go out now) or reschedule (they go "
                    + "back to approved, without a time)");
        }
        PublishingPause p = PublishingPause.<PublishingPause>find("brand = ?1 and liftedAt is null", brand)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.conflict("publishing of " + brand + " is not paused"));
        Instant now = clock.instant();
        List<Variant> due = heldVariants(brand, now, true);
        for (Variant v : due) {
            Map<String, Object> detail = new HashMap<>();
            detail.put("pauseId", p.id.toString());
            detail.put("scheduledFor", v.scheduledFor.toString());
            if (HeldPosts.RESCHEDULE.equals(held)) {
                v.status = VariantStatus.APPROVED;
                v.scheduledFor = null;
                v.version++;
                v.updatedAt = now;
                audit.record(v.storyId, v.id, actor, "held-to-reschedule", detail, now);
            } else {
                audit.record(v.storyId, v.id, actor, "released-after-pause", detail, now);
            }
        }
        p.liftedBy = actor.user();
        p.liftedAt = now;
        p.liftReason = why;
        p.held = held;
        p.heldCount = due.size();
        announce(brand, new PublishingResumed(p.id, actor.user(), why, held, due.size(), p.pausedAt, now), now);
        return p;
    }

    @Transactional
    public State state(String brand) {
        Optional<PublishingPause> p = inForce(brand);
        if (p.isEmpty()) {
            return new State(p, List.of(), HeldPosts.SEND);
        }
        Instant now = clock.instant();
        List<Variant> held = heldVariants(brand, now, false);
        return new State(p, held, HeldPosts.suggestion(held.stream().map(v -> v.scheduledFor).toList(), now,
                config.heldStaleAfter()));
    }

    /** The order of {@link #history}, and its cursors' name. */
    static final Keyset<PublishingPause> PAUSES = Keyset.<PublishingPause>descending("publishing-pauses")
            .instant("pausedAt", x -> x.pausedAt).uuid("id", x -> x.id);

    /**
     * A page of the brand's pauses, newest first (who paused, when and why; who lifted, when, why and with what),
     * after {@code cursor} (null: the first page): keyset on (paused_at, id) descending, index
     * publishing_pause_brand_time.
     */
    @Transactional
    public Page<PublishingPause> history(String brand, String cursor, int limit) {
        return PAUSES.page((q, p, rows) -> PublishingPause.<PublishingPause>find(q, p).range(0, rows - 1).list(),
                "brand = :b", Map.of("b", brand), cursor, limit);
    }

    Optional<PublishingPause> inForce(String brand) {
        return PublishingPause.find("brand = ?1 and liftedAt is null", brand).firstResultOptional();
    }

    /** Scheduled variants of the brand whose time has come: what the scheduler would send but for the pause. */
    private List<Variant> heldVariants(String brand, Instant now, boolean lock) {
        io.quarkus.hibernate.orm.panache.PanacheQuery<Variant> query = Variant.find("brand = ?1 and status = ?2 and "
                + "scheduledFor <= ?3 and correctionOf is null order by scheduledFor", brand, VariantStatus.SCHEDULED, now);
        if (lock) {
            query = query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.list();
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "is required: say why, for the team and the record");
        }
        String r = reason.strip();
        if (r.length() > MAX_REASON) {
            throw ProblemException.invalid("reason", "at most " + MAX_REASON + " characters");
        }
        return r;
    }

    private void announce(String brand, Payload payload, Instant at) {
        outbox.add(brand, Event.of(UUID.randomUUID(), "calendar-service", brand, brand, at, at, payload));
    }
}
