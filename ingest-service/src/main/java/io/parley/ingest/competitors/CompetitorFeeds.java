package io.parley.ingest.competitors;

import io.parley.contracts.Event;
import io.parley.contracts.StableIds;
import io.parley.contracts.listening.CompetitorPostObserved;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.pull.FeedEntries;
import io.parley.platform.kafka.EventPublisher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * A competitor's public feed, read through one of the brand's RSS sources marked with {@code settings.competitor}:
 * each entry is the competitor's own post, so it becomes a {@link CompetitorPostObserved} (for the calendar's cadence
 * comparison), never a mention in the inbox. Each post is published once: the entries already recorded are skipped,
 * the new ones are published and recorded only once Kafka holds them.
 */
@ApplicationScoped
public class CompetitorFeeds {

    private static final Logger LOG = Logger.getLogger(CompetitorFeeds.class);

    /** The setting that marks an RSS source as a competitor's feed; its value is the catalogue's competitor id. */
    public static final String SETTING = "competitor";
    /** The catalogue's id shape (standards' section 6, otherBrands.brands[].id). */
    public static final Pattern COMPETITOR_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    static final String SERVICE = "ingest-service";

    /** What one read of the feed gave: posts new to Parley, and entries left out because the feed gives no date. */
    public record Observed(int newPosts, int undated) {
    }

    private final EventPublisher publisher;
    private final EntityManager em;
    private final Clock clock;

    @Inject
    public CompetitorFeeds(EventPublisher publisher, EntityManager em, Clock clock) {
        this.publisher = publisher;
        this.em = em;
        this.clock = clock;
    }

    /** The competitor a source's feed belongs to, when it is marked as one. */
    public static Optional<String> competitorOf(ChannelAccount source) {
        return source.setting(SETTING).filter(s -> !s.isBlank());
    }

    /** Publishes and records the entries not seen before; throws when Kafka did not take them (nothing recorded). */
    public Observed observe(ChannelAccount source, String feedUrl, List<FeedEntries.Entry> entries)
            throws EventPublisher.PublishFailedException {
        String competitor = competitorOf(source).orElseThrow();
        Set<String> known = known(source.id());
        Instant now = clock.instant();
        List<CompetitorPostObserved> fresh = new ArrayList<>();
        Set<UUID> inThisRead = new HashSet<>();
        int undated = 0;
        for (FeedEntries.Entry e : entries) {
            if (e.published() == null) {
                undated++;
                continue;
            }
            UUID postId = postId(source.id(), e.id());
            if (known.contains(e.id()) || !inThisRead.add(postId)) {
                continue;
            }
            fresh.add(new CompetitorPostObserved(postId, competitor, source.id(), source.name(), feedUrl, e.id(),
                    e.link(), e.published(), e.title()));
        }
        List<CompletableFuture<RecordMetadata>> sends = new ArrayList<>();
        for (CompetitorPostObserved post : fresh) {
            sends.add(publisher.send(source.id().toString(), Event.of(post.postId(), SERVICE, source.brand(),
                    source.id().toString(), post.publishedAt(), now, post)));
        }
        for (CompletableFuture<RecordMetadata> send : sends) {
            publisher.await(send);
        }
        if (!fresh.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> fresh.forEach(p -> em.createNativeQuery(
                    "INSERT INTO competitor_post (id, channel_id, brand, competitor, entry_id, permalink, published_at, "
                            + "observed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (id) DO NOTHING")
                    .setParameter(1, p.postId()).setParameter(2, source.id()).setParameter(3, source.brand())
                    .setParameter(4, competitor).setParameter(5, p.entryId()).setParameter(6, p.permalink())
                    .setParameter(7, p.publishedAt()).setParameter(8, now).executeUpdate()));
        }
        if (undated > 0) {
            LOG.warnf("competitor feed %s of brand %s: %d entries without a date were not counted", source.accountId(),
                    source.brand(), undated);
        }
        return new Observed(fresh.size(), undated);
    }

    /** How many of a source's competitor posts are recorded. */
    public long recorded(UUID sourceId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM competitor_post WHERE channel_id = ?1")
                .setParameter(1, sourceId).getSingleResult()).longValue();
    }

    static UUID postId(UUID sourceId, String entryId) {
        return StableIds.of("competitor-post", sourceId.toString(), entryId);
    }

    @SuppressWarnings("unchecked")
    private Set<String> known(UUID sourceId) {
        return QuarkusTransaction.requiringNew().call(() -> new HashSet<>((List<String>) em.createNativeQuery(
                "SELECT entry_id FROM competitor_post WHERE channel_id = ?1").setParameter(1, sourceId)
                .getResultList()));
    }
}
