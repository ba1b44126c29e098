package io.parley.calendar.clickthrough;

import io.parley.calendar.publishing.PublicMediaConfig;
import io.parley.calendar.stories.Variant;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.posts.LinkClicked;
import io.parley.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Parley's tracked redirect for the links it publishes: a variant's link goes out as
 * {@code <public base>/api/v1/public/links/<code>}, and following it counts a click for the variant (an event,
 * {@code LinkClicked}, and a counter) and sends the visitor on to the link as the catalogue made it, UTM parameters
 * included. The code is derived from the variant's id, so asking again (a replayed publish) gives the same address.
 */
@ApplicationScoped
public class ClickThroughs {

    /** What a code looks like: 12 URL-safe base64 characters (9 bytes of the variant's stable id). */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{12}");
    static final String PATH = "/api/v1/public/links/";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PublicMediaConfig publicAddress;

    /** The short address a variant's link is published as, or null when the variant has no link. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String shortLink(Variant v, Instant now) {
        if (v.trackedLink == null || v.trackedLink.isBlank()) {
            return null;
        }
        String code = code(v.id);
        em.createNativeQuery("INSERT INTO tracked_link (code, variant_id, story_id, brand, channel_account, platform, "
                        + "target, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                        + "ON CONFLICT (code) DO UPDATE SET target = EXCLUDED.target")
                .setParameter(1, code).setParameter(2, v.id).setParameter(3, v.storyId).setParameter(4, v.brand)
                .setParameter(5, v.channelAccount).setParameter(6, v.platform).setParameter(7, v.trackedLink)
                .setParameter(8, now).executeUpdate();
        String base = publicAddress.baseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PATH + code;
    }

    static String code(UUID variantId) {
        UUID stable = StableIds.of("click-through", variantId.toString());
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(stable.getMostSignificantBits())
                .putLong(stable.getLeastSignificantBits());
        byte[] nine = new byte[9];
        System.arraycopy(bytes.array(), 0, nine, 0, 9);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(nine);
    }

    /**
     * Someone followed the link {@code code}: where to send them, empty for a code Parley never gave. A person's click
     * is counted (and published); a network's preview fetcher is sent on without counting.
     */
    @Transactional
    public Optional<String> follow(String code, boolean counted, Instant now) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(counted
                        ? "UPDATE tracked_link SET clicks = clicks + 1 WHERE code = ?1 "
                        + "RETURNING target, variant_id, story_id, brand, channel_account, platform"
                        : "SELECT target, variant_id, story_id, brand, channel_account, platform FROM tracked_link "
                        + "WHERE code = ?1")
                .setParameter(1, code).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        String target = (String) r[0];
        if (counted) {
            UUID story = (UUID) r[2];
            outbox.add(story.toString(), Event.of(UUID.randomUUID(), "calendar-service", (String) r[3],
                    story.toString(), now, now, new LinkClicked(story, (UUID) r[1], (String) r[4],
                            Platform.fromId((String) r[5]), target, now)));
        }
        return Optional.of(target);
    }
}
