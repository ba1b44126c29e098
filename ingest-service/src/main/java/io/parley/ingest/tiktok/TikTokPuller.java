package io.parley.ingest.tiktok;

import io.parley.ingest.pull.PullConnectors;
import io.parley.ingest.pull.PullCursor;
import io.parley.ingest.pull.SandboxComments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelMode;
import io.parley.ingest.health.ChannelSignal;
import io.parley.ingest.insights.OutboundRules;
import io.parley.ingest.intake.InteractionIntake;
import io.parley.ingest.outbound.ChannelGate;
import io.parley.ingest.outbound.ConnectorOutcome;
import io.parley.ingest.outbound.LiveConnector;
import io.parley.ingest.outbound.OutboundConfig;
import io.parley.ingest.outbound.PlatformAnswer;
import io.parley.ingest.outbound.PlatformRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The TikTok pull connector: a business account's latest videos ({@code business/video/list/}, at most
 * {@code settings.videos}, default 20) and, for each, its comments and replies newest first
 * ({@code business/comment/list/}), page by page until what was read before; where each video got to lives in
 * {@code tiktok_video_cursor}, written after each page once its interactions are durable in Kafka. Live reads go
 * through the outbound gate and are read by the outbound rules of {@link TikTokBusinessApi}: a refused token marks
 * the account {@code needs_reconnect}, a rate limit holds it, and both are told to its health; while either lasts the
 * account is not read. A sandbox account reads {@link SandboxComments} instead.
 */
@ApplicationScoped
public class TikTokPuller {

    static final int DEFAULT_VIDEOS = 20;
    static final int PAGE_SIZE = 50;
    static final int MAX_PAGES_PER_VIDEO = 5;
    static final int SANDBOX_BACKFILL_HOURS = 12;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TikTokBusinessApi API = new TikTokBusinessApi();

    /** What the puller needs of {@link PullConnectors}: its cursor, its record of a read, and the intake. */
    public interface Source {
        PullCursor cursor();

        void record(Consumer<PullCursor> change);

        void publish(List<InteractionIntake.Heard> heard, List<String> ignored) throws PullConnectors.PollFailed;
    }

    private final LiveConnector live;
    private final ChannelGate gate;
    private final OutboundConfig outbound;
    private final EntityManager em;
    private final Clock clock;

    @Inject
    public TikTokPuller(LiveConnector live, ChannelGate gate, OutboundConfig outbound, EntityManager em, Clock clock) {
        this.live = live;
        this.gate = gate;
        this.outbound = outbound;
        this.em = em;
        this.clock = clock;
    }

    /** Reads the account's new comments; false when it was not read (it waits for a new token or a rate limit). */
    public boolean poll(ChannelAccount account, Source source) throws PullConnectors.PollFailed {
        if (account.mode() == ChannelMode.sandbox) {
            pollSandbox(account, source);
            return true;
        }
        Instant now = clock.instant();
        Optional<ConnectorOutcome> blocked = QuarkusTransaction.requiringNew().call(() -> gate.blocked(account, now));
        if (blocked.isPresent()) {
            source.record(c -> {
                c.lastStatus = "waiting";
                c.lastError = blocked.get().reason();
            });
            return false;
        }
        int count = account.setting("videos").map(Integer::parseInt).orElse(DEFAULT_VIDEOS);
        List<String> videos = TikTokComments.videos(read(account, TikTokBusinessApi.videos(account.accountId(), count),
                source));
        int backfillDays = account.setting("backfillDays").map(Integer::parseInt)
                .orElse(PullConnectors.DEFAULT_BACKFILL_DAYS);
        int taken = 0;
        for (String video : videos) {
            taken += pollVideo(account, video, now.minus(Duration.ofDays(backfillDays)), source);
        }
        int total = taken;
        source.record(c -> {
            c.itemsSeen += total;
            c.lastStatus = "ok";
            c.lastError = null;
        });
        return true;
    }

    /** Walks one video's comments back to its high-water mark; returns how many were taken. */
    private int pollVideo(ChannelAccount account, String video, Instant backfill, Source source)
            throws PullConnectors.PollFailed {
        int taken = 0;
        for (int pages = 0; pages < MAX_PAGES_PER_VIDEO; pages++) {
            TikTokVideoCursor cursor = videoCursor(account, video);
            Instant highWater = cursor.highWater != null ? cursor.highWater : backfill;
            JsonNode answer = read(account, TikTokBusinessApi.comments(account.accountId(), video,
                    cursor.pageCursor != null ? cursor.pageCursor : 0, PAGE_SIZE), source);
            TikTokComments.Page page = TikTokComments.read(answer, account, video, highWater);
            source.publish(page.heard(), page.ignored());
            taken += page.heard().size();
            boolean done = !page.hasMore() || page.oldest() == null || !page.oldest().isAfter(highWater);
            Instant walkNewest = later(cursor.walkNewest, page.newest());
            Instant newHigh = done ? later(walkNewest, highWater) : cursor.highWater;
            saveVideoCursor(account, video, newHigh, done ? null : walkNewest, done ? null : page.cursor(),
                    page.heard().size());
            if (done) {
                break;
            }
        }
        return taken;
    }

    private void pollSandbox(ChannelAccount account, Source source) throws PullConnectors.PollFailed {
        PullCursor cursor = source.cursor();
        Instant now = clock.instant();
        Instant after = cursor.highWater != null ? cursor.highWater : now.minus(Duration.ofHours(SANDBOX_BACKFILL_HOURS));
        TikTokComments.Page page = TikTokComments.read(SandboxComments.page(account.accountId(), after, now), account,
                null, after);
        source.publish(page.heard(), page.ignored());
        source.record(c -> {
            c.requests++;
            c.itemsSeen += page.heard().size();
            c.highWater = now;
            c.lastStatus = "ok";
            c.lastError = null;
        });
    }

    /** One live read, its answer judged by the outbound rules: anything but a success ends this poll. */
    private JsonNode read(ChannelAccount account, PlatformRequest request, Source source)
            throws PullConnectors.PollFailed {
        LiveConnector.Read read = live.readOnce(account, API, request);
        source.record(c -> c.requests++);
        if (read.response() == null) {
            throw new PullConnectors.PollFailed("TikTok not read: " + read.failure());
        }
        Instant now = clock.instant();
        PlatformAnswer answer = OutboundRules.read(API, account, request, read.response(), now);
        if (answer instanceof PlatformAnswer.Done) {
            try {
                return JSON.readTree(read.response().body());
            } catch (IOException e) {
                throw new PullConnectors.PollFailed("TikTok's answer is not JSON");
            }
        }
        if (answer instanceof PlatformAnswer.RateLimited limited) {
            Instant until = now.plus(limited.after() != null ? limited.after() : outbound.rateLimitPause());
            QuarkusTransaction.requiringNew().run(() -> gate.hold(account.platform().id(),
                    limited.appWide() ? "*" : account.accountId(), until, limited.reason()));
            throw new PullConnectors.PollFailed(limited.reason(), ChannelSignal.Kind.RATE_LIMITED, until);
        }
        if (answer instanceof PlatformAnswer.Unauthorized refused) {
            QuarkusTransaction.requiringNew().run(() -> gate.needsReconnect(account.platform().id(),
                    account.accountId(), refused.reason()));
            throw new PullConnectors.PollFailed(refused.reason(), ChannelSignal.Kind.TOKEN_REFUSED, null);
        }
        if (answer instanceof PlatformAnswer.Refused refused && refused.permissionMissing()) {
            throw new PullConnectors.PollFailed(refused.reason(), ChannelSignal.Kind.PERMISSION_MISSING, null);
        }
        String reason = answer instanceof PlatformAnswer.Refused r ? r.reason()
                : answer instanceof PlatformAnswer.Retry r ? r.reason()
                : answer instanceof PlatformAnswer.Lost l ? l.reason() : "TikTok's answer was not read";
        throw new PullConnectors.PollFailed(reason);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    TikTokVideoCursor videoCursor(ChannelAccount account, String video) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TikTokVideoCursor c = em.find(TikTokVideoCursor.class, new TikTokVideoCursor.Key(account.id(), video));
            if (c == null) {
                c = new TikTokVideoCursor();
                c.channelId = account.id();
                c.videoId = video;
                return c;
            }
            em.detach(c);
            return c;
        });
    }

    private void saveVideoCursor(ChannelAccount account, String video, Instant highWater, Instant walkNewest,
            Long pageCursor, int seen) {
        QuarkusTransaction.requiringNew().run(() -> {
            TikTokVideoCursor c = em.find(TikTokVideoCursor.class, new TikTokVideoCursor.Key(account.id(), video));
            if (c == null) {
                c = new TikTokVideoCursor();
                c.channelId = account.id();
                c.videoId = video;
                em.persist(c);
            }
            c.highWater = highWater;
            c.walkNewest = walkNewest;
            c.pageCursor = pageCursor;
            c.commentsSeen += seen;
            c.lastReadAt = clock.instant();
        });
    }
}
