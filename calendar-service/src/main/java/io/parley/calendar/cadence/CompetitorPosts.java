package io.parley.calendar.cadence;

import io.parley.contracts.listening.CompetitorPostObserved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The competitors' posts listening observed on their public feeds, per brand: kept once each (the post id is the
 * event id, derived from the feed entry), and read back for the cadence report.
 */
@ApplicationScoped
public class CompetitorPosts {

    /** One feed a competitor's posts were read from. */
    public record Source(String competitor, UUID channelId, String name, String feedUrl, Instant readSince,
            Instant earliestPost, long posts) {
    }

    /** One post: whose, and when it was published. */
    public record Post(String competitor, Instant publishedAt) {
    }

    @Inject
    EntityManager em;

    /** Keeps a post (in the consumer's transaction); the same post again changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void observed(String brand, Instant observedAt, CompetitorPostObserved p) {
        if (p.postId() == null || blank(p.competitor()) || p.sourceChannelId() == null || blank(p.entryId())
                || p.publishedAt() == null) {
            throw new IllegalArgumentException("a competitor post needs postId, competitor, sourceChannelId, entryId "
                    + "and publishedAt");
        }
        em.createNativeQuery("INSERT INTO competitor_post (post_id, brand, competitor, source_channel_id, source_name, "
                        + "feed_url, entry_id, permalink, title, published_at, observed_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (post_id) DO NOTHING")
                .setParameter(1, p.postId()).setParameter(2, brand).setParameter(3, p.competitor())
                .setParameter(4, p.sourceChannelId()).setParameter(5, p.sourceName()).setParameter(6, p.feedUrl())
                .setParameter(7, p.entryId()).setParameter(8, p.permalink()).setParameter(9, p.title())
                .setParameter(10, p.publishedAt()).setParameter(11, observedAt).executeUpdate();
    }

    /** The brand's competitor feeds: each with when it was first read, its earliest post and how many posts. */
    @SuppressWarnings("unchecked")
    public List<Source> sources(String brand) {
        List<Object[]> rows = em.createNativeQuery("SELECT competitor, source_channel_id, max(source_name), "
                        + "max(feed_url), min(observed_at), min(published_at), count(*) FROM competitor_post "
                        + "WHERE brand = ?1 GROUP BY competitor, source_channel_id ORDER BY competitor, min(observed_at)")
                .setParameter(1, brand).getResultList();
        return rows.stream().map(r -> new Source((String) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                instant(r[4]), instant(r[5]), ((Number) r[6]).longValue())).toList();
    }

    /** The brand's competitors' posts published in [from, to). */
    @SuppressWarnings("unchecked")
    public List<Post> posts(String brand, Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("SELECT competitor, published_at FROM competitor_post "
                        + "WHERE brand = ?1 AND published_at >= ?2 AND published_at < ?3")
                .setParameter(1, brand).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(r -> new Post((String) r[0], instant(r[1]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a time: " + value);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
