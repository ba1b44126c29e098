package io.parley.inbox.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * The {@code Idempotency-Key} of every inbox operation that sends something to a platform (replies, grouped
 * answers, moderation, an incident's hide, an advocate's recommendation request). The header is optional; with it,
 * the first successful (2xx) outcome is kept per caller, operation (method and path) and key for
 * {@code parley.inbox.idempotency.keep} (24 h): a retry with the same body gets that outcome again — 200, the first
 * response's body and Location, header {@code Idempotent-Replayed: true} — and nothing is sent again; the same key with
 * another body is refused (422 naming {@code Idempotency-Key}). Another user, or the same key on another conversation
 * or brand (another path), shares nothing. Two requests with the same key at once take turns (a transaction-scoped
 * advisory lock held while the first one acts), so the platform is asked once. A refused request (4xx, 5xx) keeps
 * nothing: it may be retried with the same key.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final int MAX_KEY = 200;
    /** The words each operation's OpenAPI description of the header starts with. */
    public static final String DESCRIPTION = "makes retries safe: the first successful answer to this caller's "
            + "request with this key on this path is kept for 24 hours; a retry with the same body gets it again (200, "
            + "header Idempotent-Replayed: true) and nothing is sent again; the same key with another body is 422 "
            + "(1 to " + MAX_KEY + " characters; optional)";

    /** Canonical JSON: properties and map entries sorted, so equal bodies have equal fingerprints. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder().findAndAddModules()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false).build();

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    IdempotencyConfig config;

    /** A bad key (blank, too long): 400 naming {@code Idempotency-Key}. Does nothing for a missing key. */
    public static void check(String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_KEY)) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY + " characters");
        }
    }

    /**
     * Runs {@code action} once per (caller, operation, key): without a key, simply runs it; with one seen before, replays
     * the kept outcome (or refuses another body); else runs it and keeps its outcome when it succeeded — all in one
     * transaction, which {@code action}'s own transactional calls join, so the outcome is kept exactly when the
     * action's effects (its outbound actions in the outbox) are committed. Without a key no transaction is opened
     * here: the action's own transactions apply, as they would without this class.
     *
     * @param caller    who asks (the token's user)
     * @param operation what is asked: method and path, e.g. {@code POST /api/v1/brands/acme/grouped-answers}
     * @param request   the request's body (its canonical JSON is the fingerprint)
     */
    public Response once(String caller, String operation, String key, Object request, Supplier<Response> action) {
        check(key);
        if (key == null) {
            return action.get();
        }
        return QuarkusTransaction.joiningExisting().call(() -> kept(caller, operation, key, request, action));
    }

    private Response kept(String caller, String operation, String key, Object request, Supplier<Response> action) {
        String fingerprint = fingerprint(request);
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))")
                .setParameter("k", caller + "\n" + operation + "\n" + key).getSingleResult();
        Instant now = clock.instant();
        Instant cutoff = now.minus(config.keep());
        @SuppressWarnings("unchecked")
        List<Object[]> kept = em.createNativeQuery("SELECT fingerprint, location, body FROM idempotent_request "
                + "WHERE caller = :c AND operation = :o AND idem_key = :k AND created_at > :cutoff")
                .setParameter("c", caller).setParameter("o", operation).setParameter("k", key)
                .setParameter("cutoff", cutoff).getResultList();
        if (!kept.isEmpty()) {
            Object[] first = kept.get(0);
            if (!fingerprint.equals(first[0])) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, HEADER + " '" + key + "' was used for another "
                        + "request on " + operation + "; a retry must repeat its body exactly, a new request needs a "
                        + "new key", List.of(new Problem.FieldError(HEADER, "was used for another request")));
            }
            Response.ResponseBuilder replay = Response.ok((String) first[2], MediaType.APPLICATION_JSON)
                    .header(REPLAYED, "true");
            if (first[1] != null) {
                replay.header("Location", first[1]);
            }
            return replay.build();
        }
        Response outcome = action.get();
        if (outcome.getStatus() / 100 != 2) {
            return outcome;
        }
        String body;
        try {
            body = json.writeValueAsString(outcome.getEntity());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the outcome of " + operation + " is not JSON", e);
        }
        em.createNativeQuery("DELETE FROM idempotent_request WHERE created_at <= :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        em.createNativeQuery("INSERT INTO idempotent_request (caller, operation, idem_key, fingerprint, status, "
                + "location, body, created_at) VALUES (:c, :o, :k, :f, :s, :l, :b, :t) ON CONFLICT (caller, operation, "
                + "idem_key) DO UPDATE SET fingerprint = excluded.fingerprint, status = excluded.status, "
                + "location = excluded.location, body = excluded.body, created_at = excluded.created_at")
                .setParameter("c", caller).setParameter("o", operation).setParameter("k", key)
                .setParameter("f", fingerprint).setParameter("s", outcome.getStatus())
                .setParameter("l", outcome.getLocation() == null ? null : outcome.getLocation().toString())
                .setParameter("b", body).setParameter("t", now).executeUpdate();
        return outcome;
    }

    static String fingerprint(Object request) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
