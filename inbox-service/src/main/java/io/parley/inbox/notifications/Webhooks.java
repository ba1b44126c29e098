package io.parley.inbox.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Keyset;
import io.parley.platform.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A brand's outgoing webhook subscriptions and their delivery log. */
@ApplicationScoped
public class Webhooks {

    static final int MAX_URL = 2000;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** A subscription as the API shows it; the secret only in the answer that creates it. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Subscription(UUID id, String brand, String url, List<String> kinds, String createdBy,
            Instant createdAt, String secret) {
    }

    /** One delivery: its state, the last answer, the attempts and when the next one is due. */
    public record Delivery(UUID id, UUID eventId, String kind, String status, int attempts, Integer lastCode,
            String lastError, Instant nextAttemptAt, Instant createdAt, Instant deliveredAt) {
    }

    @Transactional
    public Subscription create(String brand, String url, List<String> kinds, String by) {
        URI uri = checkedUrl(url);
        List<String> checked = checkedKinds(kinds);
        UUID id = UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        Instant now = clock.instant();
        em.createNativeQuery("""
                INSERT INTO webhook_subscription (id, brand, url, kinds, secret, created_by, created_at)
                VALUES (?1, ?2, ?3, CAST(?4 AS text[]), ?5, ?6, ?7)""")
                .setParameter(1, id).setParameter(2, brand).setParameter(3, uri.toString())
                .setParameter(4, "{" + String.join(",", checked) + "}").setParameter(5, secret).setParameter(6, by)
                .setParameter(7, now).executeUpdate();
        return new Subscription(id, brand, uri.toString(), checked, by, now, secret);
    }

    public List<Subscription> of(String brand) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, brand, url, array_to_string(kinds, ','), created_by, created_at FROM webhook_subscription
                WHERE brand = ?1 AND deleted_at IS NULL ORDER BY created_at, id""").setParameter(1, brand)
                .getResultList();
        return rows.stream().map(r -> new Subscription((UUID) r[0], (String) r[1], (String) r[2],
                Arrays.asList(((String) r[3]).split(",")), (String) r[4], instant(r[5]), null)).toList();
    }

    /** The order of {@link #page}, and its cursors' name: (created_at, id), index webhook_subscription_page. */
    static final Keyset<Subscription> SUBSCRIPTIONS = Keyset.<Subscription>ascending("webhook-subscriptions")
            .instant("created_at", Subscription::createdAt).uuid("id", Subscription::id);

    /** A page of the brand's live subscriptions, oldest first, after {@code cursor} (null: the first page). */
    public Page<Subscription> page(String brand, String cursor, int limit) {
        Keyset.After after = SUBSCRIPTIONS.after(cursor);
        var query = em.createNativeQuery("""
                SELECT id, brand, url, array_to_string(kinds, ','), created_by, created_at FROM webhook_subscription
                WHERE brand = :brand AND deleted_at IS NULL""" + (after == null ? "" : " AND " + after.sql())
                + " ORDER BY " + SUBSCRIPTIONS.orderBy() + " LIMIT :limit").setParameter("brand", brand)
                .setParameter("limit", SUBSCRIPTIONS.rows(limit));
        if (after != null) {
            after.parameters().forEach(query::setParameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return SUBSCRIPTIONS.page(rows.stream().map(r -> new Subscription((UUID) r[0], (String) r[1], (String) r[2],
                Arrays.asList(((String) r[3]).split(",")), (String) r[4], instant(r[5]), null)).toList(), limit);
    }

    public Subscription require(String brand, UUID id) {
        return of(brand).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("webhook subscription " + id + " does not exist"));
    }

    /** Stops deliveries to the subscription; its log stays readable for the record. */
    @Transactional
    public void delete(String brand, UUID id) {
        require(brand, id);
        em.createNativeQuery("UPDATE webhook_subscription SET deleted_at = ?1 WHERE id = ?2")
                .setParameter(1, clock.instant()).setParameter(2, id).executeUpdate();
        em.createNativeQuery("""
                UPDATE webhook_delivery SET status = 'failed', last_error = 'the subscription was deleted',
                    next_attempt_at = NULL WHERE subscription_id = ?1 AND status = 'pending'""")
                .setParameter(1, id).executeUpdate();
    }

    /**
     * The order of {@link #deliveries}, and its cursors' name: (created_at, id) descending, index
     * webhook_delivery_log.
     */
    static final Keyset<Delivery> DELIVERIES = Keyset.<Delivery>descending("webhook-deliveries")
            .instant("created_at", Delivery::createdAt).uuid("id", Delivery::id);

    public Page<Delivery> deliveries(String brand, UUID id, String cursor, int limit) {
        Keyset.After after = DELIVERIES.after(cursor);
        require(brand, id);
        var query = em.createNativeQuery("""
                SELECT id, source_event_id, kind, status, attempts, last_code, last_error, next_attempt_at,
                    created_at, delivered_at FROM webhook_delivery WHERE subscription_id = :subscription"""
                + (after == null ? "" : " AND " + after.sql())
                + " ORDER BY " + DELIVERIES.orderBy() + " LIMIT :limit").setParameter("subscription", id)
                .setParameter("limit", DELIVERIES.rows(limit));
        if (after != null) {
            after.parameters().forEach(query::setParameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return DELIVERIES.page(rows.stream().map(r -> new Delivery((UUID) r[0], (UUID) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).intValue(), r[5] == null ? null : ((Number) r[5]).intValue(),
                (String) r[6], instant(r[7]), instant(r[8]), instant(r[9]))).toList(), limit);
    }

    /** A delivery for every live subscription of the brand that wants the notice's kind (once per event). */
    @Transactional(Transactional.TxType.MANDATORY)
    void enqueue(UUID eventId, Instant occurredAt, Notice notice, Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> subscriptions = em.createNativeQuery("""
                SELECT id FROM webhook_subscription WHERE brand = ?1 AND deleted_at IS NULL AND ?2 = ANY (kinds)""")
                .setParameter(1, notice.brand()).setParameter(2, notice.kind().id()).getResultList();
        if (subscriptions.isEmpty()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId.toString());
        body.put("kind", notice.kind().id());
        body.put("brand", notice.brand());
        body.put("occurredAt", occurredAt.toString());
        body.put("params", notice.params());
        body.put("link", notice.link());
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (UUID s : subscriptions) {
            em.createNativeQuery("""
                    INSERT INTO webhook_delivery (id, subscription_id, source_event_id, kind, body, status,
                        next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, 'pending', ?6, ?6)
                    ON CONFLICT (subscription_id, source_event_id) DO NOTHING""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, s).setParameter(3, eventId)
                    .setParameter(4, notice.kind().id()).setParameter(5, text).setParameter(6, now).executeUpdate();
        }
    }

    static URI checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw ProblemException.invalid("url", "is required");
        }
        if (url.length() > MAX_URL) {
            throw ProblemException.invalid("url", "is longer than " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("url", "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getUserInfo() != null
                || uri.getFragment() != null) {
            throw ProblemException.invalid("url", "must be an http(s) URL with a host, no user info or fragment");
        }
        return uri;
    }

    static List<String> checkedKinds(List<String> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            throw ProblemException.invalid("kinds", "names at least one kind of notification");
        }
        List<String> checked = new ArrayList<>();
        for (String k : kinds) {
            if (k == null || NotificationKind.of(k).isEmpty()) {
                throw ProblemException.invalid("kinds", "'" + io.parley.platform.problem.Excerpt.of(String.valueOf(k))
                        + "' is no kind; one of " + Arrays.stream(NotificationKind.values())
                        .map(NotificationKind::id).toList());
            }
            if (!checked.contains(k)) {
                checked.add(k);
            }
        }
        return checked;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }
}
