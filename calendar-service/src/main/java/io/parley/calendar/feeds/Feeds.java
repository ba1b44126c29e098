package io.parley.calendar.feeds;

import io.parley.platform.rest.Page;
import io.parley.platform.rest.Keyset;
import io.parley.calendar.reviewers.ReviewTokens;
import io.parley.calendar.stories.Story;
import io.parley.calendar.stories.Variant;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Secret, revocable iCalendar feed URLs per brand or per user, and the feed behind each (docs/publishing.md,
 * "Calendar feeds"). The token is 256 random bits shown once; only its SHA-256 is stored ({@link ReviewTokens}).
 */
@ApplicationScoped
public class Feeds {

    /** Variants that will not go out are left out of a feed. */
    static final Set<String> LEFT_OUT = Set.of("cancelled", "expired", "deleted");

    @Inject
    FeedsConfig config;
    @Inject
    Clock clock;

    public record Created(CalendarFeed feed, String token) {
    }

    @Transactional
    public Created create(String brand, String scope, String owner) {
        String token = ReviewTokens.create();
        CalendarFeed f = new CalendarFeed();
        f.id = UUID.randomUUID();
        f.brand = brand;
        f.scope = scope;
        f.owner = owner;
        f.tokenHash = ReviewTokens.hash(token);
        f.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        f.persist();
        return new Created(f, token);
    }

    /** The caller's feeds; managers and admins see every feed of the brand (to revoke one that leaked). */
    /** The order of {@link #page}, and its cursors' name. */
    static final Keyset<CalendarFeed> FEEDS = Keyset.<CalendarFeed>descending("calendar-feeds")
            .instant("createdAt", f -> f.createdAt).uuid("id", f -> f.id);

    /**
     * A page of the brand's feeds (only the user's unless {@code everyone}), newest first, after {@code cursor} (null:
     * the first page): keyset on (created_at, id) descending, index calendar_feed_brand_recent.
     */
    @Transactional
    public Page<CalendarFeed> page(String brand, String user, boolean everyone, String cursor, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("brand", brand);
        if (!everyone) {
            parameters.put("owner", user);
        }
        return FEEDS.page((q, p, rows) -> CalendarFeed.<CalendarFeed>find(q, p).range(0, rows - 1).list(),
                "brand = :brand" + (everyone ? "" : " and owner = :owner"), parameters, cursor, limit);
    }

    @Transactional
    public CalendarFeed revoke(String brand, UUID id, String user, boolean anyone) {
        CalendarFeed f = CalendarFeed.findById(id);
        if (f == null || !f.brand.equals(brand) || !(anyone || f.owner.equals(user))) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no such calendar feed");
        }
        if (f.revokedAt == null) {
            f.revokedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            f.revokedBy = user;
        }
        return f;
    }

    public String url(String brand, String token) {
        return config.baseUrl() + "/api/v1/brands/" + URLEncoder.encode(brand, StandardCharsets.UTF_8)
                + "/calendar.ics?token=" + token;
    }

    /** The feed a token opens: 404 unknown (or another brand's), 410 revoked. */
    @Transactional
    public String render(String brand, String token) {
        if (!ReviewTokens.wellFormed(token)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no such calendar feed");
        }
        CalendarFeed f = CalendarFeed.find("tokenHash", (Object) ReviewTokens.hash(token)).firstResult();
        if (f == null || !f.brand.equals(brand)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no such calendar feed");
        }
        if (f.revokedAt != null) {
            throw new ProblemException(ProblemType.GONE, "this calendar feed was revoked on " + f.revokedAt
                    + "; ask for a new link in the calendar");
        }
        Instant now = clock.instant();
        f.lastReadAt = now.truncatedTo(ChronoUnit.MICROS);
        List<Variant> variants = Variant.list("brand = ?1 and scheduledFor >= ?2 and scheduledFor < ?3 "
                + "and status not in ?4 order by scheduledFor", brand, now.minus(config.past()),
                now.plus(config.ahead()), LEFT_OUT);
        Map<UUID, Story> stories = new HashMap<>();
        if (!variants.isEmpty()) {
            Story.<Story>list("id in ?1", variants.stream().map(v -> v.storyId).distinct().toList())
                    .forEach(s -> stories.put(s.id, s));
        }
        List<FeedCalendar.Entry> entries = variants.stream()
                .filter(v -> !CalendarFeed.MINE.equals(f.scope) || mine(f.owner, v, stories.get(v.storyId)))
                .map(v -> new FeedCalendar.Entry(v.id, v.storyId, stories.get(v.storyId).title, v.platform,
                        v.channelName, v.status, v.text, v.scheduledFor, v.timeZone, v.version, v.updatedAt, null))
                .toList();
        String name = CalendarFeed.MINE.equals(f.scope) ? "Parley · " + brand + " · " + f.owner : "Parley · " + brand;
        return FeedCalendar.render(name, entries, story -> config.baseUrl() + "/stories/" + story);
    }

    /** A user's story: they own the story, or wrote or last changed the variant. */
    static boolean mine(String user, Variant v, Story s) {
        return user.equals(s.owner) || user.equals(v.author) || user.equals(v.lastEditor);
    }
}
