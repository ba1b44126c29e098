package io.parley.analytics.publishing;

import io.parley.platform.time.TimeWindow;
import io.parley.contracts.insights.FollowerCountObserved;
import io.parley.contracts.insights.PostMetricsObserved;
import io.parley.contracts.posts.LinkClicked;
import io.parley.contracts.posts.VariantPublished;
import io.parley.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import io.parley.platform.rest.Keyset;
import io.parley.platform.rest.Page;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The publishing rollups (V10): each post's latest reading, the variants' stories, click-throughs per variant and
 * followers per account and day; and the figures read from them, always within one brand.
 */
@ApplicationScoped
public class PublishingStore {

    @Inject
    EntityManager em;

    /** A post's reading; kept only when newer than the one held (a redelivery or a late reading changes nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void observed(String brand, PostMetricsObserved m) {
        String key = m.variantId() != null ? m.variantId().toString() : m.platform().id() + ":" + m.platformPostId();
        em.createNativeQuery("""
                INSERT INTO publishing_post (post_key, brand, platform, channel_account_id, platform_account_id,
                    platform_post_id, story_id, variant_id, permalink, published_at, observed_at, impressions, reach,
                    reactions, comments, shares, views, sandbox)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
                ON CONFLICT (post_key) DO UPDATE SET observed_at = EXCLUDED.observed_at,
                    impressions = EXCLUDED.impressions, reach = EXCLUDED.reach, reactions = EXCLUDED.reactions,
                    comments = EXCLUDED.comments, shares = EXCLUDED.shares, views = EXCLUDED.views,
                    permalink = COALESCE(EXCLUDED.permalink, publishing_post.permalink)
                WHERE publishing_post.observed_at < EXCLUDED.observed_at AND publishing_post.brand = EXCLUDED.brand""")
                .setParameter(1, key).setParameter(2, brand).setParameter(3, m.platform().id())
                .setParameter(4, m.channelAccountId()).setParameter(5, m.platformAccountId())
                .setParameter(6, m.platformPostId()).setParameter(7, m.storyId()).setParameter(8, m.variantId())
                .setParameter(9, m.permalink()).setParameter(10, Timestamp.from(m.publishedAt()))
                .setParameter(11, Timestamp.from(m.observedAt())).setParameter(12, m.impressions())
                .setParameter(13, m.reach()).setParameter(14, m.reactions()).setParameter(15, m.comments())
                .setParameter(16, m.shares()).setParameter(17, m.views()).setParameter(18, m.sandbox())
                .executeUpdate();
    }

    /** An account's followers on a day; the day's latest reading is kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void followers(String brand, FollowerCountObserved f) {
        em.createNativeQuery("""
                INSERT INTO publishing_followers (channel_account_id, day, brand, platform, followers, observed_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (channel_account_id, day) DO UPDATE SET followers = EXCLUDED.followers,
                    observed_at = EXCLUDED.observed_at
                WHERE publishing_followers.observed_at < EXCLUDED.observed_at
                    AND publishing_followers.brand = EXCLUDED.brand""")
                .setParameter(1, f.channelAccountId()).setParameter(2, java.sql.Date.valueOf(f.day()))
                .setParameter(3, brand).setParameter(4, f.platform().id()).setParameter(5, f.followers())
                .setParameter(6, Timestamp.from(f.observedAt())).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void published(String brand, VariantPublished p) {
        em.createNativeQuery("""
                INSERT INTO publishing_variant (variant_id, brand, story_id, story_title) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (variant_id) DO UPDATE SET story_title = EXCLUDED.story_title
                WHERE publishing_variant.brand = EXCLUDED.brand""")
                .setParameter(1, p.variantId()).setParameter(2, brand).setParameter(3, p.storyId())
                .setParameter(4, p.storyTitle()).executeUpdate();
    }

    /** One click (the caller has claimed its event). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clicked(String brand, LinkClicked c) {
        em.createNativeQuery("""
                INSERT INTO publishing_clicks (variant_id, brand, clicks) VALUES (?1, ?2, 1)
                ON CONFLICT (variant_id) DO UPDATE SET clicks = publishing_clicks.clicks + 1
                WHERE publishing_clicks.brand = EXCLUDED.brand""")
                .setParameter(1, c.variantId()).setParameter(2, brand).executeUpdate();
    }

    private static final String POSTS = """
            SELECT p.story_id, p.variant_id, v.story_title, p.platform, p.channel_account_id, p.platform_post_id,
                   p.permalink, p.published_at, p.observed_at, p.impressions, p.reach, p.reactions, p.comments,
                   p.shares, p.views, COALESCE(c.clicks, 0), p.sandbox, p.post_key
            FROM publishing_post p
            LEFT JOIN publishing_variant v ON v.variant_id = p.variant_id AND v.brand = p.brand
            LEFT JOIN publishing_clicks c ON c.variant_id = p.variant_id AND c.brand = p.brand
            WHERE p.brand = :brand AND p.published_at >= :from AND p.published_at < :to""";

    /** The keyset of the posts: newest first, then by post key (one post per network post). */
    static final Keyset<Object[]> POSTS_NEWEST_FIRST = Keyset.<Object[]>descending("publishing-posts")
            .instant("p.published_at", r -> instant(r[7])).text("p.post_key", r -> r[17]);

    /** The posts of the window (of one channel or platform when asked), newest first, a page at a time. */
    @Transactional
    public Page<Publishing.PostFigures> posts(String brand, TimeWindow window, Optional<String> channel,
            Optional<String> platform, String cursor, int limit) {
        Keyset.After after = POSTS_NEWEST_FIRST.after(cursor);
        StringBuilder sql = new StringBuilder(POSTS);
        channel.ifPresent(c -> sql.append(" AND p.channel_account_id = :channel"));
        platform.ifPresent(p -> sql.append(" AND p.platform = :platform"));
        if (after != null) {
            sql.append(" AND ").append(after.sql());
        }
        sql.append(" ORDER BY ").append(POSTS_NEWEST_FIRST.orderBy()).append(" LIMIT :limit");
        Query q = em.createNativeQuery(sql.toString()).setParameter("brand", brand)
                .setParameter("from", Timestamp.from(window.from())).setParameter("to", Timestamp.from(window.to()))
                .setParameter("limit", POSTS_NEWEST_FIRST.rows(limit));
        channel.ifPresent(c -> q.setParameter("channel", c));
        platform.ifPresent(p -> q.setParameter("platform", p));
        if (after != null) {
            after.parameters().forEach(q::setParameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return POSTS_NEWEST_FIRST.page(rows, limit).map(PublishingStore::post);
    }

    private static Publishing.PostFigures post(Object[] r) {
        Long impressions = num(r[9]);
        Long reach = num(r[10]);
        Long reactions = num(r[11]);
        Long comments = num(r[12]);
        Long shares = num(r[13]);
        Long views = num(r[14]);
        long clicks = num(r[15]);
        long engagements = EngagementRate.engagements(reactions, comments, shares, clicks);
        EngagementRate.Rate rate = EngagementRate.of(new EngagementRate.Sums(reach, impressions, views, engagements));
        return new Publishing.PostFigures((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], instant(r[7]), instant(r[8]), impressions, reach, reactions, comments,
                shares, views, clicks, engagements, rate.rate(), rate.base() == null ? null : rate.base().name(),
                (Boolean) r[16]);
    }

    /** The key of the totals over every channel in {@link #figures}'s answer per channel. */
    public static final List<String> ALL_CHANNELS = List.of("", "");

    /**
     * The window's summed figures: per channel account and platform, with the totals over every channel beside them
     * under {@link #ALL_CHANNELS} (one statement, {@code GROUPING SETS}); or, with {@code perChannel} false, the
     * totals alone. The window's whole UTC days are read from the daily rollup ({@code publishing_day}, V50, kept by
     * triggers with the posts and clicks), the part-days at its ends from the posts: the same sums and counts either
     * way.
     */
    @Transactional
    public Map<List<String>, Publishing.Figures> figures(String brand, TimeWindow window, boolean perChannel) {
        Instant from = window.from();
        Instant to = window.to();
        Instant firstWholeDay = from.truncatedTo(ChronoUnit.DAYS).equals(from) ? from
                : from.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        Instant afterWholeDays = to.truncatedTo(ChronoUnit.DAYS);
        if (!firstWholeDay.isBefore(afterWholeDays)) {
            return exact(brand, window, perChannel); // no whole day
        }
        return sums(brand, window, perChannel, firstWholeDay, afterWholeDays);
    }

    /** {@link #figures} with every post of the window read from the posts, none from the rollup. */
    @Transactional
    public Map<List<String>, Publishing.Figures> exact(String brand, TimeWindow window, boolean perChannel) {
        return sums(brand, window, perChannel, window.to(), window.to());
    }

    /** The days [firstWholeDay, afterWholeDays) from the rollup, the rest of the window from the posts. */
    private Map<List<String>, Publishing.Figures> sums(String brand, TimeWindow window, boolean perChannel,
            Instant firstWholeDay, Instant afterWholeDays) {
        String group = perChannel ? "GROUPING SETS ((f.channel_account_id, f.platform), ())" : "()";
        Instant from = window.from();
        Instant to = window.to();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT %s, sum(f.posts),
                       sum(f.impressions), sum(f.impressions_posts), sum(f.reach), sum(f.reach_posts),
                       sum(f.views), sum(f.views_posts), sum(f.reactions), sum(f.reactions_posts),
                       sum(f.comments), sum(f.comments_posts), sum(f.shares), sum(f.shares_posts), sum(f.clicks)
                FROM (
                    SELECT d.channel_account_id, d.platform, d.posts, d.impressions, d.impressions_posts, d.reach,
                           d.reach_posts, d.views, d.views_posts, d.reactions, d.reactions_posts, d.comments,
                           d.comments_posts, d.shares, d.shares_posts, d.clicks
                    FROM publishing_day d
                    WHERE d.brand = ?1 AND d.day >= ?4 AND d.day < ?5
                    UNION ALL
                    SELECT p.channel_account_id, p.platform, 1, COALESCE(p.impressions, 0),
                           (p.impressions IS NOT NULL)::int, COALESCE(p.reach, 0), (p.reach IS NOT NULL)::int,
                           COALESCE(p.views, 0), (p.views IS NOT NULL)::int, COALESCE(p.reactions, 0),
                           (p.reactions IS NOT NULL)::int, COALESCE(p.comments, 0), (p.comments IS NOT NULL)::int,
                           COALESCE(p.shares, 0), (p.shares IS NOT NULL)::int, COALESCE(c.clicks, 0)
                    FROM publishing_post p
                    LEFT JOIN publishing_clicks c ON c.variant_id = p.variant_id AND c.brand = p.brand
                    WHERE p.brand = ?1 AND ((p.published_at >= ?2 AND p.published_at < ?6)
                        OR (p.published_at >= ?7 AND p.published_at < ?3))
                ) f
                GROUP BY %s ORDER BY 1, 2""".formatted(perChannel ? "f.channel_account_id, f.platform"
                        : "CAST(NULL AS TEXT), CAST(NULL AS TEXT)", group))
                .setParameter(1, brand).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to))
                .setParameter(4, java.sql.Date.valueOf(LocalDate.ofInstant(firstWholeDay, ZoneOffset.UTC)))
                .setParameter(5, java.sql.Date.valueOf(LocalDate.ofInstant(afterWholeDays, ZoneOffset.UTC)))
                .setParameter(6, Timestamp.from(firstWholeDay)).setParameter(7, Timestamp.from(afterWholeDays))
                .getResultList();
        Map<List<String>, Publishing.Figures> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Long posts = num(r[2]);
            if (posts == null || posts == 0) {
                continue; // the totals of an empty window: no row, as for a channel without posts
            }
            Long impressions = some(r[3], r[4]);
            Long reach = some(r[5], r[6]);
            Long views = some(r[7], r[8]);
            Long reactions = some(r[9], r[10]);
            Long comments = some(r[11], r[12]);
            Long shares = some(r[13], r[14]);
            long clicks = num(r[15]);
            long engagements = EngagementRate.engagements(reactions, comments, shares, clicks);
            EngagementRate.Rate rate = EngagementRate.of(new EngagementRate.Sums(all(r[5], r[6], posts),
                    all(r[3], r[4], posts), all(r[7], r[8], posts), engagements));
            out.put(r[0] == null ? ALL_CHANNELS : List.of((String) r[0], (String) r[1]), new Publishing.Figures(posts,
                    impressions, reach, reactions, comments, shares, views, clicks, engagements, rate.rate(),
                    rate.base() == null ? null : rate.base().name(), rate.baseValue()));
        }
        return out;
    }

    /** Followers per channel account and day: the days of the window and the last day before it. */
    @Transactional
    public Map<List<String>, List<Object[]>> followerDays(String brand, TimeWindow window) {
        LocalDate first = LocalDate.ofInstant(window.from(), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(window.to().minusNanos(1), ZoneOffset.UTC);
        // The window's days, and each account's last day before the window (DISTINCT ON over the brand's earlier
        // days, newest first): one index range each, not a lookup per row.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT channel_account_id, platform, day, followers FROM publishing_followers
                WHERE brand = ?1 AND day >= ?2 AND day <= ?3
                UNION ALL
                SELECT * FROM (SELECT DISTINCT ON (channel_account_id) channel_account_id, platform, day, followers
                    FROM publishing_followers WHERE brand = ?1 AND day < ?2
                    ORDER BY channel_account_id, day DESC) earlier
                ORDER BY 1, 3""")
                .setParameter(1, brand).setParameter(2, java.sql.Date.valueOf(first))
                .setParameter(3, java.sql.Date.valueOf(last)).getResultList();
        Map<List<String>, List<Object[]>> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            LocalDate day = r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2];
            out.computeIfAbsent(List.of((String) r[0], (String) r[1]), k -> new ArrayList<>())
                    .add(new Object[] {day, num(r[3])});
        }
        return out;
    }

    /** The sum when some post has the counter, else null. */
    private static Long some(Object sum, Object count) {
        return num(count) > 0 ? num(sum) : null;
    }

    /** The sum when every post has the counter, else null. */
    private static Long all(Object sum, Object count, long posts) {
        return num(count) == posts ? num(sum) : null;
    }

    private static Long num(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
