package io.parley.ingest.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.Attachment;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.channels.ChannelMode;
import io.parley.ingest.intake.InteractionIntake;
import io.parley.ingest.outbound.CredentialSource;
import io.parley.platform.kafka.EventPublisher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Instagram mentions: the {@code mentions} webhook names only the media (and the comment) the brand's account was
 * @-mentioned in. Each is remembered durably before the webhook is answered, then read from the Graph API with the
 * account's token — {@code mentioned_comment.comment_id(…)} for a mention in a comment,
 * {@code mentioned_media.media_id(…)} for one in a caption — and published as an interaction of kind mention.
 * Failed reads are retried with back-off; the platform's refusal (an expired token, a deleted comment) ends it as
 * failed with the reason. Sandbox accounts have no platform to ask: their mentions are kept as {@code sandbox}.
 */
@ApplicationScoped
public class InstagramMentions {

    private static final Logger LOG = Logger.getLogger(InstagramMentions.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    static final String GRAPH_VERSION = "v23.0";
    static final int MAX_ATTEMPTS = 6;

    private final EntityManager em;
    private final ChannelDirectory channels;
    private final CredentialSource credentials;
    private final InteractionIntake intake;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final String graphRoot;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    public InstagramMentions(EntityManager em, ChannelDirectory channels, CredentialSource credentials,
            InteractionIntake intake, Clock clock, MeterRegistry metrics, io.parley.ingest.channels.IngestConfig config) {
        this.em = em;
        this.channels = channels;
        this.credentials = credentials;
        this.intake = intake;
        this.clock = clock;
        this.metrics = metrics;
        this.graphRoot = config.mentions().graphUrl().orElse("https://graph.facebook.com");
    }

    /** Remembers the mentions of a webhook (a re-delivery adds nothing); returns those of known accounts. */
    public int remember(List<MetaFeedParser.MentionLookup> lookups) {
        if (lookups.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            int known = 0;
            for (MetaFeedParser.MentionLookup m : lookups) {
                if (channels.find(Platform.INSTAGRAM, m.accountId()).isEmpty()) {
                    metrics.counter("parley_ingest_ignored", "platform", "instagram", "reason", "unknown-account")
                            .increment();
                    continue;
                }
                known++;
                em.createNativeQuery("INSERT INTO instagram_mention (id, account_id, media_id, comment_id, state, "
                        + "next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?5) "
                        + "ON CONFLICT (id) DO NOTHING")
                        .setParameter(1, idOf(m)).setParameter(2, m.accountId()).setParameter(3, m.mediaId())
                        .setParameter(4, m.commentId()).setParameter(5, now).executeUpdate();
            }
            return known;
        });
    }

    static UUID idOf(MetaFeedParser.MentionLookup m) {
        return StableIds.of("instagram-mention", m.accountId(), m.mediaId(), m.commentId() == null ? "" : m.commentId());
    }

    @Scheduled(every = "${parley.ingest.mentions.tick:5s}", delayed = "${parley.ingest.pull.first-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void lookUpDue() {
        for (Object[] row : claimDue()) {
            lookUp(new MetaFeedParser.MentionLookup((String) row[1], (String) row[2], (String) row[3]),
                    (UUID) row[0], ((Number) row[4]).intValue());
        }
    }

    /** Takes up to 20 due mentions, leasing them for a minute (one replica reads each). */
    @SuppressWarnings("unchecked")
    List<Object[]> claimDue() {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> due = em.createNativeQuery("SELECT id, account_id, media_id, comment_id, attempts "
                    + "FROM instagram_mention WHERE state = 'pending' AND next_attempt_at <= ?1 "
                    + "ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED").setParameter(1, now).getResultList();
            for (Object[] row : due) {
                em.createNativeQuery("UPDATE instagram_mention SET next_attempt_at = ?2, attempts = attempts + 1 "
                        + "WHERE id = ?1").setParameter(1, row[0]).setParameter(2, now.plusSeconds(60)).executeUpdate();
            }
            return new ArrayList<>(due);
        });
    }

    void lookUp(MetaFeedParser.MentionLookup mention, UUID id, int attemptsBefore) {
        Optional<ChannelAccount> account = channels.find(Platform.INSTAGRAM, mention.accountId());
        if (account.isEmpty()) {
            finish(id, "failed", "the Instagram account is no longer a channel");
            return;
        }
        if (account.get().mode() == ChannelMode.sandbox) {
            finish(id, "sandbox", "sandbox account: " + requestPath(mention) + " is not sent");
            return;
        }
        Optional<String> token = credentials.secret(account.get(), CredentialSource.ACCESS_TOKEN);
        if (token.isEmpty()) {
            retryOrFail(id, attemptsBefore + 1, "no access token for instagram/" + mention.accountId());
            return;
        }
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(graphRoot + requestPath(mention)))
                    .header("Authorization", "Bearer " + token.get()).timeout(Duration.ofSeconds(15)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() == 200) {
                InteractionReceived interaction = interactionOf(account.get(), mention, JSON.readTree(answer.body()));
                intake.accept(new InteractionIntake.Delivery(Platform.INSTAGRAM,
                        List.of(new InteractionIntake.Heard(account.get(), interaction)), List.of()));
                finish(id, "done", null);
            } else if (answer.statusCode() == 429 || answer.statusCode() >= 500) {
                retryOrFail(id, attemptsBefore + 1, "Graph API answered " + answer.statusCode());
            } else {
                finish(id, "failed", "Graph API answered " + answer.statusCode() + ": " + graphError(answer.body()));
            }
        } catch (IOException | EventPublisher.PublishFailedException e) {
            retryOrFail(id, attemptsBefore + 1, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The Graph API read for a mention: in a comment, or in a post's caption. */
    static String requestPath(MetaFeedParser.MentionLookup m) {
        String fields = m.commentId() != null
                ? "mentioned_comment.comment_id(" + m.commentId() + "){id,text,timestamp,like_count,media{id,permalink}}"
                : "mentioned_media.media_id(" + m.mediaId()
                        + "){id,caption,media_type,media_url,permalink,timestamp,username}";
        return "/" + GRAPH_VERSION + "/" + m.accountId() + "?fields=" + URLEncoder.encode(fields, StandardCharsets.UTF_8);
    }

    /** The mention as an interaction; its id is the comment's or the media's, as if it had come in a webhook. */
    static InteractionReceived interactionOf(ChannelAccount account, MetaFeedParser.MentionLookup m, JsonNode answer) {
        boolean inComment = m.commentId() != null;
        JsonNode found = answer.path(inComment ? "mentioned_comment" : "mentioned_media");
        String objectId = inComment ? m.commentId() : m.mediaId();
        String text = found.path(inComment ? "text" : "caption").asText("");
        String username = found.path("username").asText(null);
        String permalink = inComment ? found.path("media").path("permalink").asText(null)
                : found.path("permalink").asText(null);
        List<Attachment> attachments = new ArrayList<>();
        if (!inComment && found.hasNonNull("media_url")) {
            attachments.add(Attachment.of(switch (found.path("media_type").asText()) {
                case "VIDEO", "REELS" -> "video";
                default -> "image";
            }, found.get("media_url").asText()));
        }
        return new InteractionReceived(StableIds.of(Platform.INSTAGRAM.id(), account.accountId(), objectId),
                Platform.INSTAGRAM, account.accountId(), InteractionKind.MENTION, objectId, m.mediaId(), null, objectId,
                new Author(null, username, username == null ? null : "https://www.instagram.com/" + username), text,
                permalink, time(found.path("timestamp").asText(null))).withAttachments(attachments);
    }

    private static Instant time(String graphTime) {
        if (graphTime == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(graphTime, GRAPH_TIME).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String graphError(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            return error.path("message").asText("no reason given")
                    + (error.hasNonNull("code") ? " (code " + error.get("code").asText() + ")" : "");
        } catch (IOException e) {
            return "no reason given";
        }
    }

    private void retryOrFail(UUID id, int attempts, String reason) {
        if (attempts >= MAX_ATTEMPTS) {
            finish(id, "failed", reason + " (gave up after " + attempts + " attempts)");
            return;
        }
        Instant next = clock.instant().plusSeconds(Math.min(3600, 10L << Math.min(attempts, 8)));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE instagram_mention SET "
                + "next_attempt_at = ?2, last_error = ?3 WHERE id = ?1").setParameter(1, id).setParameter(2, next)
                .setParameter(3, reason).executeUpdate());
        LOG.warnf("instagram mention %s not read yet (attempt %d): %s", id, attempts, reason);
    }

    private void finish(UUID id, String state, String reason) {
        metrics.counter("parley_ingest_instagram_mentions", "state", state).increment();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE instagram_mention SET state = ?2, "
                + "last_error = ?3, finished_at = ?4 WHERE id = ?1").setParameter(1, id).setParameter(2, state)
                .setParameter(3, reason).setParameter(4, clock.instant()).executeUpdate());
    }
}
