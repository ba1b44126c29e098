package io.parley.inbox.notifications;

import io.parley.platform.time.Periodic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers the webhook deliveries that are due. A pass takes a few ({@code FOR UPDATE SKIP LOCKED}: replicas share
 * the work) and leases them — their next attempt moved past the time a send can take — in a short transaction, sends
 * outside any transaction, and records each outcome in another: delivered on a 2xx; on no answer, a 5xx, 408 or 429
 * another attempt after the {@link RetrySchedule}'s back-off, failed when the attempts are spent; failed at once on
 * any other answer. A crash between the send and its record sends it again when the lease ends (at least once:
 * receivers tell a repeat by its {@code eventId}).
 */
@ApplicationScoped
public class WebhookDeliverer {

    private static final Logger LOG = Logger.getLogger(WebhookDeliverer.class);
    static final int MAX_ERROR = 500;

    @Inject
    EntityManager em;

    @Inject
    NotificationsConfig config;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private Periodic periodic;

    private record Due(UUID id, String url, String secret, String body, int attempts, UUID eventId) {
    }

    void start(@Observes StartupEvent ignored) {
        periodic = Periodic.every("parley-webhook-deliverer", config.scanEvery(), this::pass);
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (periodic != null) {
            periodic.close();
        }
    }

    void pass() {
        try {
            List<Due> due;
            do {
                due = QuarkusTransaction.requiringNew().call(this::lease);
                due.forEach(this::deliver);
            } while (due.size() == config.batch());
        } catch (RuntimeException e) {
            LOG.warn("webhook pass failed; the next pass retries", e);
        }
    }

    private List<Due> lease() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT d.id, s.url, s.secret, d.body, d.attempts, d.source_event_id FROM webhook_delivery d
                JOIN webhook_subscription s ON s.id = d.subscription_id
                WHERE d.status = 'pending' AND d.next_attempt_at <= ?1
                ORDER BY d.next_attempt_at LIMIT ?2 FOR UPDATE OF d SKIP LOCKED""").setParameter(1, now)
                .setParameter(2, config.batch()).getResultList();
        List<Due> due = rows.stream().map(r -> new Due((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), (UUID) r[5])).toList();
        Instant leaseEnds = now.plus(config.webhooks().timeout().multipliedBy(3));
        for (Due d : due) {
            em.createNativeQuery("UPDATE webhook_delivery SET next_attempt_at = ?1 WHERE id = ?2")
                    .setParameter(1, leaseEnds).setParameter(2, d.id()).executeUpdate();
        }
        return due;
    }

    private void deliver(Due d) {
        Integer status = null;
        String error = null;
        try {
            long t = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.url())).timeout(config.webhooks().timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(d.secret(), t, d.body()))
                    .header("X-Parley-Delivery", d.id().toString())
                    .header("X-Parley-Event", d.eventId().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(d.body(), StandardCharsets.UTF_8)).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.net.http.HttpTimeoutException e) {
            error = "no answer within " + config.webhooks().timeout().toMillis() + " ms";
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (IllegalArgumentException e) {
            error = "the URL cannot be called: " + e.getMessage();
        }
        record(d, status, error);
    }

    private void record(Due d, Integer status, String error) {
        int attempts = d.attempts() + 1;
        Instant now = clock.instant();
        String state;
        Instant next = null;
        if (status != null && status >= 200 && status < 300) {
            state = "delivered";
        } else {
            RetrySchedule schedule = new RetrySchedule(config.webhooks().maxAttempts(),
                    config.webhooks().firstBackoff(), config.webhooks().maxBackoff());
            Optional<Duration> wait = RetrySchedule.retryable(status)
                    ? schedule.after(attempts, ThreadLocalRandom.current()::nextDouble) : Optional.empty();
            state = wait.isPresent() ? "pending" : "failed";
            next = wait.map(now::plus).orElse(null);
            if (error == null) {
                error = "answered " + status;
            }
        }
        String why = error == null ? null : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        Instant nextAttempt = next;
        QuarkusTransaction.requiringNew().run(() -> {
            jakarta.persistence.Query q = em.createNativeQuery("""
                UPDATE webhook_delivery SET status = ?1, attempts = ?2, last_code = ?3,
                    last_error = ?4, next_attempt_at = ?5, delivered_at = ?6 WHERE id = ?7 AND status = 'pending'""")
                .setParameter(1, state).setParameter(2, attempts).setParameter(7, d.id());
            NullableParams.bind(q, 3, status, Integer.class);
            NullableParams.bind(q, 4, why, String.class);
            NullableParams.bind(q, 5, nextAttempt, Instant.class);
            NullableParams.bind(q, 6, "delivered".equals(state) ? now : null, Instant.class);
            q.executeUpdate();
        });
    }
}
