package io.parley.ingest.insights;

import io.parley.contracts.Platform;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.outbound.ConnectorOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The posts this gateway published ({@code published_post}): written with the delivery report that says a post went
 * out, on any replica and for sandbox accounts too; read by the insights connectors, which follow each post's figures
 * for a while after.
 */
@ApplicationScoped
public class PublishedPosts {

    /** calendar-service's origins: {@code story/<story>/variant/<variant>/publish/<round>}. */
    private static final Pattern STORY_ORIGIN = Pattern.compile(
            "story/([0-9a-fA-F-]{36})/variant/([0-9a-fA-F-]{36})/.*");

    /** One published post. */
    public record Post(UUID actionId, String brand, Platform platform, String platformAccountId,
            String platformPostId, String permalink, String origin, Instant publishedAt, boolean sandbox) {

        /** The story it was published from, when calendar-service asked for it. */
        public UUID storyId() {
            Matcher m = origin == null ? null : STORY_ORIGIN.matcher(origin);
            return m != null && m.matches() ? UUID.fromString(m.group(1)) : null;
        }

        /** The variant it was published from, when calendar-service asked for it. */
        public UUID variantId() {
            Matcher m = origin == null ? null : STORY_ORIGIN.matcher(origin);
            return m != null && m.matches() ? UUID.fromString(m.group(2)) : null;
        }
    }

    private final EntityManager em;

    @Inject
    public PublishedPosts(EntityManager em) {
        this.em = em;
    }

    /** A post went out (its delivery report is written in the same transaction); told twice, kept once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String brand, OutboundActionRequested action, ConnectorOutcome outcome, Instant at) {
        em.createNativeQuery("INSERT INTO published_post (action_id, brand, platform, channel_account_id, "
                        + "platform_post_id, permalink, origin, published_at, sandbox) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (action_id) DO NOTHING")
                .setParameter(1, action.actionId()).setParameter(2, brand).setParameter(3, action.platform().id())
                .setParameter(4, action.channelAccountId()).setParameter(5, outcome.platformObjectId())
                .setParameter(6, outcome.permalink()).setParameter(7, action.origin()).setParameter(8, at)
                .setParameter(9, outcome.sandbox()).executeUpdate();
    }

    /** The account's posts published since {@code since}, newest first, {@code limit} at most. */
    @Transactional
    public List<Post> since(String brand, Platform platform, String platformAccountId, Instant since, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT action_id, platform_post_id, permalink, origin, "
                        + "published_at, sandbox FROM published_post WHERE platform = ?1 AND channel_account_id = ?2 "
                        + "AND brand = ?3 AND published_at >= ?4 ORDER BY published_at DESC LIMIT ?5")
                .setParameter(1, platform.id()).setParameter(2, platformAccountId).setParameter(3, brand)
                .setParameter(4, since).setParameter(5, limit).getResultList();
        List<Post> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Post((UUID) r[0], brand, platform, platformAccountId, (String) r[1], (String) r[2],
                    (String) r[3], instant(r[4]), (Boolean) r[5]));
        }
        return out;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
