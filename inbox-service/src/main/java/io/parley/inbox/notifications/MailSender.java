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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends the notifications' e-mails from their rows, after the transaction that stored them committed (the table is
 * the outbox). Never twice: a pass marks the e-mails it takes {@code sending} and commits ({@code FOR UPDATE SKIP
 * LOCKED}: replicas never take the same) before it hands them to the mail server, then marks each {@code sent}. A
 * mail server that refuses or is away puts the e-mail back, to be tried again a little later, up to
 * {@code mail-attempts} times; a crash between the hand-over and the mark leaves it {@code sending} for good — not
 * sent twice, possibly not at all (docs/operations.md).
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

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

    private record Taken(UUID id, String to, String locale, String kind, String brand, String params, String link,
            int attempts) {
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
            List<Taken> taken;
            do {
                taken = QuarkusTransaction.requiringNew().call(this::take);
                taken.forEach(this::send);
            } while (taken.size() == config.batch());
        } catch (RuntimeException e) {
            LOG.warn("notification mail pass failed; the next pass retries", e);
        }
    }

    private List<Taken> take() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, email_to, email_locale, kind, brand, CAST(params AS text), link, email_attempts
                FROM notification WHERE email_state = 'pending' AND email_next_at <= ?1
                ORDER BY email_next_at LIMIT ?2 FOR UPDATE SKIP LOCKED""").setParameter(1, clock.instant())
                .setParameter(2, config.batch()).getResultList();
        List<Taken> taken = rows.stream().map(r -> new Taken((UUID) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], ((Number) r[7]).intValue())).toList();
        for (Taken t : taken) {
            em.createNativeQuery("UPDATE notification SET email_state = 'sending' WHERE id = ?1")
                    .setParameter(1, t.id()).executeUpdate();
        }
        return taken;
    }

    private void send(Taken t) {
        String state;
        String error = null;
        try {
            Map<String, Object> params = json.readValue(t.params(), new TypeReference<>() {
            });
            NotificationMail.Message m = NotificationMail.compose(t.to(), t.locale(), t.kind(), t.brand(), params,
                    config.consoleUrl(), t.link());
            mailer.send(Mail.withText(m.to(), EncodedWords.of(m.subject()), m.text()).setHtml(m.html()));
            state = "sent";
        } catch (IOException | RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            state = t.attempts() + 1 >= config.mailAttempts() ? "failed" : "pending";
            LOG.warnf("the notification e-mail %s to %s was not sent (%s): %s", t.id(), t.to(), state, error);
        }
        int attempts = t.attempts() + 1;
        Instant now = clock.instant();
        Instant next = "pending".equals(state) ? now.plus(Duration.ofSeconds(30L << Math.min(attempts, 8))) : null;
        String finalState = state;
        String why = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        QuarkusTransaction.requiringNew().run(() -> {
            jakarta.persistence.Query q = em.createNativeQuery("""
                    UPDATE notification SET email_state = ?1, email_attempts = ?2, email_sent_at = ?3,
                        email_error = ?4, email_next_at = ?5 WHERE id = ?6""")
                    .setParameter(1, finalState).setParameter(2, attempts).setParameter(6, t.id());
            NullableParams.bind(q, 3, "sent".equals(finalState) ? now : null, Instant.class);
            NullableParams.bind(q, 4, why, String.class);
            NullableParams.bind(q, 5, next, Instant.class);
            q.executeUpdate();
        });
    }
}
