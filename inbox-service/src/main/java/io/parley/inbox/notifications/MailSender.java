package io.parley.inbox.notifications;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.platform.mail.EncodedWords;
import io.parley.platform.time.Periodic;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends the notifications' e-mails from their rows, after the transaction that stored them committed (the table is
 * the outbox). Never twice: a pass marks the e-mails it takes {@code sending} and commits before it hands them to the
 * mail server, then marks each {@code sent}. A pass works per person, brand and kind — one replica at a time on each
 * (an advisory lock; another replica takes the next) — and paces them ({@link MailPacing}): a few one by one, a flood as
 * one digest that lists the oldest {@link #DIGEST_LISTS} and counts them all (each notification's row names the digest
 * it went out in, {@code email_digest}). A mail server that refuses or is away puts the e-mail back, to be tried again
 * a little later, up to {@code mail-attempts} times; a crash between the hand-over and the mark leaves it
 * {@code sending} for good — not sent twice, possibly not at all (docs/operations.md).
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    /** Most notifications a digest lists one by one; it counts them all. */
    static final int DIGEST_LISTS = 10;

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    NotificationsConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private Periodic periodic;

    /** An e-mail to send: one notification, or a digest of several. */
    private sealed interface Outgoing permits Single, Bundle {
    }

    private record Single(UUID id, String to, String locale, String kind, String brand, String params, String link,
            int attempts) implements Outgoing {
    }

    /** A digest: its notifications' rows carry {@code email_digest = lead}. */
    private record Bundle(UUID lead, String to, String locale, String kind, String brand, int count,
            List<NotificationMail.Item> items) implements Outgoing {
    }

    private record Taken(int groups, List<Outgoing> mails) {
    }

    void start(@Observes StartupEvent ignored) {
        periodic = Periodic.every("parley-notification-mail", config.scanEvery(), this::pass);
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (periodic != null) {
            periodic.close();
        }
    }

    void pass() {
        try {
            Taken taken;
            do {
                taken = QuarkusTransaction.requiringNew().call(this::take);
                taken.mails().forEach(this::send);
            } while (taken.groups() == config.batch());
        } catch (RuntimeException e) {
            LOG.warn("notification mail pass failed; the next pass retries", e);
        }
    }

    /** Up to {@code batch} people, brands and kinds with e-mails due, the longest waiting first. */
    private Taken take() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> groups = em.createNativeQuery("""
                SELECT email_to, brand, kind FROM notification WHERE email_state = 'pending' AND email_next_at <= ?1
                GROUP BY email_to, brand, kind ORDER BY min(email_next_at) LIMIT ?2""").setParameter(1, now)
                .setParameter(2, config.batch()).getResultList();
        List<Outgoing> mails = new ArrayList<>();
        int handled = 0;
        for (Object[] g : groups) {
            handled += takeGroup((String) g[0], (String) g[1], (String) g[2], now, mails) ? 1 : 0;
        }
        // Only a pass that handled a whole batch looks again at once: groups another replica holds wait for the next.
        return new Taken(handled, mails);
    }

    /**
     * Takes a group's due e-mails, or postpones them. Never waits for a lock (the mail pass must not hold up a
     * person marking their notifications read, nor deadlock with it): rows locked elsewhere are left for the next
     * pass. Returns whether this replica had the group.
     */
    private boolean takeGroup(String to, String brand, String kind, Instant now, List<Outgoing> mails) {
        Object mine = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "notification-mail|" + to + "|" + brand + "|" + kind).getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return false; // another replica is sending these
        }
        @SuppressWarnings("unchecked")
        List<Object[]> window = em.createNativeQuery("""
                SELECT window_start, sent FROM notification_mail_window WHERE email_to = ?1 AND brand = ?2 AND kind = ?3""")
                .setParameter(1, to).setParameter(2, brand).setParameter(3, kind).getResultList();
        MailPacing.Window current = window.isEmpty() ? null
                : new MailPacing.Window(Webhooks.instant(window.get(0)[0]), ((Number) window.get(0)[1]).intValue());
        int allowance = Math.max(1, config.mailDigestAfter());
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                SELECT id, email_locale, CAST(params AS text), link, email_attempts FROM notification
                WHERE email_state = 'pending' AND email_to = ?1 AND brand = ?2 AND kind = ?3 AND email_next_at <= ?4
                ORDER BY created_at, id LIMIT ?5 FOR UPDATE SKIP LOCKED""").setParameter(1, to).setParameter(2, brand)
                .setParameter(3, kind).setParameter(4, now).setParameter(5, allowance + 1).getResultList();
        if (due.isEmpty()) {
            return true;
        }
        MailPacing.Decision decision = MailPacing.decide(current, due.size(), now, config.mailDigestEvery(), allowance);
        if (decision instanceof MailPacing.SendEach) {
            for (Object[] r : due) {
                em.createNativeQuery("UPDATE notification SET email_state = 'sending' WHERE id = ?1")
                        .setParameter(1, r[0]).executeUpdate();
                mails.add(new Single((UUID) r[0], to, (String) r[1], kind, brand, (String) r[2], (String) r[3],
                        ((Number) r[4]).intValue()));
            }
        } else if (decision instanceof MailPacing.Digest) {
            UUID lead = (UUID) due.get(0)[0];
            int count = em.createNativeQuery("""
                    UPDATE notification SET email_state = 'sending', email_digest = ?1
                    WHERE id IN (SELECT id FROM notification
                        WHERE email_state = 'pending' AND email_to = ?2 AND brand = ?3 AND kind = ?4
                        FOR UPDATE SKIP LOCKED)""")
                    .setParameter(1, lead).setParameter(2, to).setParameter(3, brand).setParameter(4, kind)
                    .executeUpdate();
            @SuppressWarnings("unchecked")
            List<Object[]> listed = em.createNativeQuery("""
                    SELECT CAST(params AS text), link FROM notification WHERE email_digest = ?1
                    ORDER BY created_at, id LIMIT ?2""").setParameter(1, lead).setParameter(2, DIGEST_LISTS)
                    .getResultList();
            List<NotificationMail.Item> items = new ArrayList<>();
            for (Object[] r : listed) {
                try {
                    items.add(new NotificationMail.Item(params((String) r[0]), (String) r[1]));
                } catch (IllegalStateException unreadable) {
                    LOG.warnf("a notification of digest %s is left out of its list: %s", lead, unreadable.getMessage());
                }
            }
            mails.add(new Bundle(lead, to, (String) due.get(0)[1], kind, brand, count, items));
        } else if (decision instanceof MailPacing.Wait wait) {
            em.createNativeQuery("""
                    UPDATE notification SET email_next_at = ?1
                    WHERE id IN (SELECT id FROM notification
                        WHERE email_state = 'pending' AND email_to = ?2 AND brand = ?3 AND kind = ?4 AND email_next_at < ?1
                        FOR UPDATE SKIP LOCKED)""")
                    .setParameter(1, wait.until()).setParameter(2, to).setParameter(3, brand).setParameter(4, kind)
                    .executeUpdate();
        }
        em.createNativeQuery("""
                INSERT INTO notification_mail_window (email_to, brand, kind, window_start, sent)
                VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (email_to, brand, kind) DO UPDATE SET window_start = EXCLUDED.window_start, sent = EXCLUDED.sent""")
                .setParameter(1, to).setParameter(2, brand).setParameter(3, kind)
                .setParameter(4, decision.window().start()).setParameter(5, decision.window().sent()).executeUpdate();
        return true;
    }

    private void send(Outgoing mail) {
        if (mail instanceof Single s) {
            sendOne(s);
        } else if (mail instanceof Bundle b) {
            sendDigest(b);
        }
    }

    private void sendOne(Single t) {
        String state;
        String error = null;
        try {
            NotificationMail.Message m = NotificationMail.compose(t.to(), t.locale(), t.kind(), t.brand(),
                    params(t.params()), config.consoleUrl(), t.link());
            deliver(m);
            state = "sent";
        } catch (RuntimeException e) {
            error = why(e);
            state = t.attempts() + 1 >= config.mailAttempts() ? "failed" : "pending";
            LOG.warnf("the notification e-mail %s to %s was not sent (%s): %s", t.id(), t.to(), state, error);
        }
        int attempts = t.attempts() + 1;
        Instant now = clock.instant();
        Instant next = "pending".equals(state) ? retryAt(now, attempts) : null;
        String finalState = state;
        String reason = error;
        QuarkusTransaction.requiringNew().run(() -> {
            jakarta.persistence.Query q = em.createNativeQuery("""
                    UPDATE notification SET email_state = ?1, email_attempts = ?2, email_sent_at = ?3,
                        email_error = ?4, email_next_at = ?5 WHERE id = ?6""")
                    .setParameter(1, finalState).setParameter(2, attempts).setParameter(6, t.id());
            NullableParams.bind(q, 3, "sent".equals(finalState) ? now : null, Instant.class);
            NullableParams.bind(q, 4, reason, String.class);
            NullableParams.bind(q, 5, next, Instant.class);
            q.executeUpdate();
        });
    }

    /** A digest's notifications are sent, or put back (each its own attempts), together. */
    private void sendDigest(Bundle b) {
        String error = null;
        try {
            deliver(NotificationMail.digest(b.to(), b.locale(), b.kind(), b.brand(), b.count(), b.items(),
                    config.consoleUrl()));
        } catch (RuntimeException e) {
            error = why(e);
            LOG.warnf("the notification digest %s (%d e-mails) to %s was not sent: %s", b.lead(), b.count(), b.to(),
                    error);
        }
        Instant now = clock.instant();
        String reason = error;
        QuarkusTransaction.requiringNew().run(() -> {
            if (reason == null) {
                em.createNativeQuery("""
                        UPDATE notification SET email_state = 'sent', email_attempts = email_attempts + 1,
                            email_sent_at = ?1, email_error = NULL, email_next_at = NULL
                        WHERE email_digest = ?2 AND email_state = 'sending'""")
                        .setParameter(1, now).setParameter(2, b.lead()).executeUpdate();
                return;
            }
            // Back to pending, each after its own attempts' wait (failed after mail-attempts); the window is given
            // back, so the retry is not held to the window's end. The next pass paces them again.
            em.createNativeQuery("""
                    UPDATE notification_mail_window SET sent = 0 WHERE email_to = ?1 AND brand = ?2 AND kind = ?3""")
                    .setParameter(1, b.to()).setParameter(2, b.brand()).setParameter(3, b.kind()).executeUpdate();
            em.createNativeQuery("""
                    UPDATE notification SET email_attempts = email_attempts + 1, email_error = ?1, email_digest = NULL,
                        email_state = CASE WHEN email_attempts + 1 >= ?2 THEN 'failed' ELSE 'pending' END,
                        email_next_at = CASE WHEN email_attempts + 1 >= ?2 THEN NULL
                            ELSE CAST(?3 AS timestamptz)
                                + make_interval(secs => ?5 * power(2, least(email_attempts + 1, ?6))) END
                    WHERE email_digest = ?4 AND email_state = 'sending'""")
                    .setParameter(1, reason).setParameter(2, config.mailAttempts()).setParameter(3, now)
                    .setParameter(4, b.lead()).setParameter(5, RETRY_FIRST_SECONDS)
                    .setParameter(6, RETRY_DOUBLINGS).executeUpdate();
        });
    }

    private void deliver(NotificationMail.Message m) {
        mailer.send(Mail.withText(m.to(), EncodedWords.of(m.subject()), m.text()).setHtml(m.html()));
    }

    private Map<String, Object> params(String params) {
        try {
            return json.readValue(params, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("a notification's params are not JSON: " + e.getMessage(), e);
        }
    }

    private static String why(RuntimeException e) {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return error.substring(0, Math.min(error.length(), 500));
    }

    /**
     * When an e-mail refused {@code attempts} times is tried again: 30 s doubled per attempt (1, 2, 4… minutes), at
     * most {@link #RETRY_DOUBLINGS} times. A refused digest's rows take the same wait in SQL, each by its attempts.
     */
    private static Instant retryAt(Instant now, int attempts) {
        return now.plus(Duration.ofSeconds(RETRY_FIRST_SECONDS << Math.min(attempts, RETRY_DOUBLINGS)));
    }

    private static final long RETRY_FIRST_SECONDS = 30;
    private static final int RETRY_DOUBLINGS = 8;
}
