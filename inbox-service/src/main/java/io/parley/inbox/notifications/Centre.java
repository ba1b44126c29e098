package io.parley.inbox.notifications;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A person's notification centre: their notifications of the brands they can see now, newest first, in cursor
 * pages, with how many are unread; marking one or all read.
 */
@ApplicationScoped
public class Centre {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** One notification as its recipient sees it; the console words its title from kind and params. */
    public record Item(UUID id, String kind, String brand, Map<String, Object> params, String link,
            Instant createdAt, boolean read, Instant readAt) {
    }

    /** A page of the centre: the items, the next page's cursor (null on the last) and the unread count. */
    public record Page(List<Item> items, String nextCursor, long unread) {
    }

    /**
     * The order of {@link #page}, and its cursors' name: (created_at, id) descending,
     * index notification_of_recipient.
     */
    static final Keyset<Item> NOTIFICATIONS = Keyset.<Item>descending("notifications")
            .instant("created_at", Item::createdAt).uuid("id", Item::id);

    public Page page(String recipient, Set<String> brands, String cursor, int limit, boolean unreadOnly) {
        String[] brandArray = brands.toArray(String[]::new);
        StringBuilder sql = new StringBuilder("""
                SELECT id, kind, brand, CAST(params AS text), link, created_at, read_at FROM notification
                WHERE recipient = :recipient AND in_centre AND brand = ANY (CAST(:brands AS text[]))""");
        Keyset.After after = NOTIFICATIONS.after(cursor);
        if (after != null) {
            sql.append(" AND ").append(after.sql());
        }
        if (unreadOnly) {
            sql.append(" AND read_at IS NULL");
        }
        sql.append(" ORDER BY ").append(NOTIFICATIONS.orderBy()).append(" LIMIT :limit");
        Query q = em.createNativeQuery(sql.toString()).setParameter("recipient", recipient)
                .setParameter("brands", "{" + String.join(",", brandArray) + "}")
                .setParameter("limit", NOTIFICATIONS.rows(limit));
        if (after != null) {
            after.parameters().forEach(q::setParameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<Item> items = new ArrayList<>();
        for (Object[] r : rows) {
            Instant readAt = Webhooks.instant(r[6]);
            items.add(new Item((UUID) r[0], (String) r[1], (String) r[2], params((String) r[3]), (String) r[4],
                    Webhooks.instant(r[5]), readAt != null, readAt));
        }
        var page = NOTIFICATIONS.page(items, limit);
        long unread = ((Number) em.createNativeQuery("""
                SELECT count(*) FROM notification WHERE recipient = ?1 AND in_centre AND read_at IS NULL
                AND brand = ANY (CAST(?2 AS text[]))""").setParameter(1, recipient)
                .setParameter(2, "{" + String.join(",", brandArray) + "}").getSingleResult()).longValue();
        return new Page(page.items(), page.nextCursor(), unread);
    }

    /** Marks the recipient's notification read (again: nothing changes); 404 for anyone else's. */
    @Transactional
    public void markRead(String recipient, UUID id) {
        int found = em.createNativeQuery("""
                UPDATE notification SET read_at = COALESCE(read_at, ?1) WHERE id = ?2 AND recipient = ?3
                AND in_centre""").setParameter(1, clock.instant()).setParameter(2, id).setParameter(3, recipient)
                .executeUpdate();
        if (found == 0) {
            throw ProblemException.notFound("notification " + id + " does not exist");
        }
    }

    /** Marks every unread notification of the recipient read; returns how many. */
    @Transactional
    public int markAllRead(String recipient) {
        return em.createNativeQuery("""
                UPDATE notification SET read_at = ?1 WHERE recipient = ?2 AND in_centre AND read_at IS NULL""")
                .setParameter(1, clock.instant()).setParameter(2, recipient).executeUpdate();
    }

    private Map<String, Object> params(String text) {
        try {
            return json.readValue(text, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
