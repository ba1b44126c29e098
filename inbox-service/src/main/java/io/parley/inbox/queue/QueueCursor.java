package io.parley.inbox.queue;

import io.parley.inbox.conversations.Conversation;
import io.parley.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * The position after the last conversation of a page, in one {@link QueueOrder}: the order's keys (a time, and for
 * the priority order the priority's rank) and the id. Opaque to clients: base64url of {@code <dueAt>|<id>} for the
 * due order (as before there were orders, so a cursor handed out then still works), {@code <order>|<at>|<id>} or
 * {@code priority|<rank>|<at>|<id>} for the others. A cursor is only good for the order it came from.
 */
public record QueueCursor(QueueOrder order, int rank, Instant at, UUID id) {

    /** A due-order cursor. */
    public QueueCursor(Instant dueAt, UUID id) {
        this(QueueOrder.DUE, 0, dueAt, id);
    }

    /** The cursor after this conversation, in this order. */
    public static QueueCursor after(QueueOrder order, Conversation c) {
        return switch (order) {
            case DUE -> new QueueCursor(c.dueAt, c.id);
            case NEWEST, OLDEST -> new QueueCursor(order, 0, c.lastInteractionAt, c.id);
            case PRIORITY -> new QueueCursor(order, QueueOrder.rank(c.priority), c.dueAt, c.id);
        };
    }

    public String encode() {
        String plain = switch (order) {
            case DUE -> at + "|" + id;
            case PRIORITY -> order.id() + "|" + rank + "|" + at + "|" + id;
            default -> order.id() + "|" + at + "|" + id;
        };
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the values {@link QueueOrder#after()} binds. */
    public void bind(Map<String, Object> params) {
        params.put("afterAt", at);
        params.put("afterId", id);
        if (order == QueueOrder.PRIORITY) {
            params.put("afterRank", rank);
        }
    }

    /** Any cursor this API handed out, whatever its order. */
    public static QueueCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length == 2) {
                return new QueueCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            }
            QueueOrder order = QueueOrder.parse("cursor", parts[0]);
            if (order == QueueOrder.PRIORITY && parts.length == 4) {
                int rank = Integer.parseInt(parts[1]);
                if (rank < 0 || rank > 3) {
                    throw new IllegalArgumentException("rank");
                }
                return new QueueCursor(order, rank, Instant.parse(parts[2]), UUID.fromString(parts[3]));
            }
            if ((order == QueueOrder.NEWEST || order == QueueOrder.OLDEST) && parts.length == 3) {
                return new QueueCursor(order, 0, Instant.parse(parts[1]), UUID.fromString(parts[2]));
            }
        } catch (RuntimeException e) {
            // below: one message for every malformed cursor
        }
        throw ProblemException.invalid("cursor", "is not a cursor this API returned");
    }

    /** A cursor for the given order, or a 400 naming the cursor when it was handed out for another order. */
    public static QueueCursor decode(String cursor, QueueOrder expected) {
        QueueCursor c = decode(cursor);
        if (c.order() != expected) {
            throw ProblemException.invalid("cursor", "belongs to the " + c.order().id() + " order, not "
                    + expected.id() + ": start again from the first page");
        }
        return c;
    }
}
