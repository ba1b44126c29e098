package io.parley.ingest.insights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.insights.FollowerCountObserved;
import io.parley.contracts.insights.PostMetricsObserved;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.channels.ChannelMode;
import io.parley.ingest.channels.IngestConfig;
import io.parley.ingest.health.ChannelSignal;
import io.parley.ingest.outbound.ChannelGate;
import io.parley.ingest.outbound.ConnectorOutcome;
import io.parley.ingest.outbound.LiveConnector;
import io.parley.ingest.outbound.OutboundConfig;
import io.parley.ingest.outbound.PlatformAnswer;
import io.parley.ingest.outbound.PlatformApi;
import io.parley.ingest.outbound.PlatformRequest;
import io.parley.ingest.outbound.PlatformRequests;
import io.parley.ingest.outbound.PlatformResponse;
import io.parley.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Reads the figures of the brand's published posts and its accounts' followers from each network on a schedule
 * (Graph API insights, X public metrics, LinkedIn share statistics, VK wall counters and members, YouTube statistics)
 * and publishes them as {@code PostMetricsObserved} and {@code FollowerCountObserved} on parley.engagement.v1.
 * <ul>
 * <li>An account is read by one replica at a time: claimed by moving its {@code insights_cursor.next_read_at} forward
 * (as the pull connectors claim a source).</li>
 * <li>A live account is read only when the outbound gate lets it (no rate limit holding it, its token not refused):
 * a network's rate limit holds the account (or the app) for every replica, as outbound actions do, and a refused
 * token marks it as needing reconnecting.</li>
 * <li>A sandbox account's figures are made up ({@link SandboxFigures}): plausible, the same on every replica, growing
 * with time, and only the counters the network itself gives.</li>
 * </ul>
 * Events go through the outbox; a reading's event id names the post (or account and day) and the moment, so a
 * replayed outbox row is one event.
 */
@ApplicationScoped
public class InsightsConnectors {

    private static final Logger LOG = Logger.getLogger(InsightsConnectors.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChannelDirectory channels;
    private final PublishedPosts posts;
    private final ChannelGate gate;
    private final LiveConnector live;
    private final Outbox outbox;
    /** What the readings show about the account: to its health ({@link io.parley.ingest.health.ChannelHealth}). */
    @Inject
    jakarta.enterprise.event.Event<ChannelSignal> signals;
    private final EntityManager em;
    private final Clock clock;
    private final InsightsConfig config;
    private final OutboundConfig outbound;
    private final PlatformRequests platforms;
    private final Map<Platform, NetworkInsights> networks = new EnumMap<>(Platform.class);

    @Inject
    public InsightsConnectors(ChannelDirectory channels, PublishedPosts posts, ChannelGate gate, LiveConnector live,
            Outbox outbox, EntityManager em, Clock clock, InsightsConfig config, OutboundConfig outbound,
            IngestConfig ingest) {
        this.channels = channels;
        this.posts = posts;
        this.gate = gate;
        this.live = live;
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.outbound = outbound;
        this.platforms = new PlatformRequests(ingest.meta().graphVersion(), outbound.vkVersion(),
                outbound.linkedinVersion());
        for (NetworkInsights n : networks(ingest.meta().graphVersion(), outbound.vkVersion(),
                outbound.linkedinVersion())) {
            networks.put(n.platform(), n);
        }
    }

    /** Every network whose figures are read. Telegram's Bot API gives none (views only reach MTProto clients). */
    static List<NetworkInsights> networks(String graphVersion, String vkVersion, String linkedinVersion) {
        return List.of(new GraphInsights(Platform.FACEBOOK, graphVersion),
                new GraphInsights(Platform.INSTAGRAM, graphVersion), new XMetrics(), new VkStats(vkVersion),
                new YouTubeStatistics(), new LinkedInShareStatistics(linkedinVersion));
    }

    @Scheduled(every = "${parley.ingest.insights.tick:30s}", delayed = "${parley.ingest.insights.first-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        if (!config.enabled()) {
            return;
        }
        for (Platform platform : networks.keySet()) {
            for (ChannelAccount account : channels.on(platform)) {
                if (claim(account)) {
                    read(account);
                }
            }
        }
    }

    /** Takes the account for one reading when it is due, moving its next reading forward (one replica wins). */
    boolean claim(ChannelAccount account) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO insights_cursor (channel_id, platform, next_read_at) VALUES (?1, ?2, ?3) "
                            + "ON CONFLICT (channel_id) DO NOTHING")
                    .setParameter(1, account.id()).setParameter(2, account.platform().id()).setParameter(3, now)
                    .executeUpdate();
            return em.createNativeQuery("UPDATE insights_cursor SET next_read_at = ?2 WHERE channel_id = ?1 "
                            + "AND next_read_at <= ?3")
                    .setParameter(1, account.id()).setParameter(2, now.plus(config.every())).setParameter(3, now)
                    .executeUpdate() == 1;
        });
    }

    /** One reading of the account: its followers, then each post it published within the follow period. */
    void read(ChannelAccount account) {
        NetworkInsights network = networks.get(account.platform());
        Instant now = clock.instant();
        List<PublishedPosts.Post> recent = posts.since(account.brand(), account.platform(), account.accountId(),
                now.minus(config.followFor()), config.postsPerReading());
        try {
            if (account.mode() == ChannelMode.sandbox) {
                readSandbox(account, network, recent, now);
            } else {
                readLive(account, network, recent, now);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s account %s of brand %s: figures not read", account.platform().id(),
                    account.accountId(), account.brand());
            record(account, "failed", e.getClass().getSimpleName(), 0, 0);
            if (account.mode() != ChannelMode.sandbox) {
                signal(account, ChannelSignal.Kind.POLL_FAILED, "insights reading failed: "
                        + e.getClass().getSimpleName(), null);
            }
        }
    }

    private void readSandbox(ChannelAccount account, NetworkInsights network, List<PublishedPosts.Post> recent,
            Instant now) {
        QuarkusTransaction.requiringNew().run(() -> {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            followers(account, today, SandboxFigures.followers(account.id().toString(), today), now, true);
            for (PublishedPosts.Post post : recent) {
                PostCounters made = SandboxFigures.post(post.actionId().toString(), post.publishedAt(), now)
                        .like(network.offered());
                metrics(account, post, made, now, true);
            }
        });
        record(account, "ok", null, recent.size(), 0);
    }

    private void readLive(ChannelAccount account, NetworkInsights network, List<PublishedPosts.Post> recent,
            Instant now) {
        Optional<ConnectorOutcome> blocked = QuarkusTransaction.requiringNew().call(() -> gate.blocked(account, now));
        if (blocked.isPresent()) {
            record(account, "waiting", blocked.get().reason(), 0, 0);
            return;
        }
        PlatformApi api = platforms.api(account.platform()).orElseThrow();
        int requests = 1;
        int read = 0;
        List<Runnable> events = new ArrayList<>();
        Verdict problem = null;
        PlatformRequest ask = network.followers(account.accountId());
        Fetched followers = fetch(account, api, ask);
        OptionalLong count = followers.body() == null ? OptionalLong.empty() : network.readFollowers(followers.body());
        if (count.isPresent()) {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            events.add(() -> followers(account, today, count.getAsLong(), now, false));
        } else {
            // The account's own read refused (YouTube's daily quota used up, a permission missing): its posts' reads
            // would be refused too, so this reading ends here.
            problem = new Verdict(verdict(account, api, ask, followers).reason(), true);
        }
        for (int i = 0; i < recent.size() && (problem == null || !problem.stop()); i++) {
            PublishedPosts.Post post = recent.get(i);
            ask = network.postFigures(account.accountId(), post.platformPostId());
            Fetched answer = fetch(account, api, ask);
            requests++;
            Optional<PostCounters> counters = answer.body() == null ? Optional.empty()
                    : network.readPost(post.platformPostId(), answer.body());
            if (counters.isPresent()) {
                read++;
                events.add(() -> metrics(account, post, counters.get(), now, false));
            } else {
                problem = verdict(account, api, ask, answer);
            }
        }
        if (!events.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> events.forEach(Runnable::run));
        }
        record(account, problem == null ? "ok" : problem.stop() ? "stopped" : "partial",
                problem == null ? null : problem.reason(), read, requests);
        if (problem == null) {
            signals.fire(ChannelSignal.succeeded(account.platform(), account.accountId()));
        }
    }

    private void signal(ChannelAccount account, ChannelSignal.Kind kind, String reason, Instant until) {
        signals.fire(new ChannelSignal(account.platform(), account.accountId(), kind, reason, until));
    }

    /** A network's answer (its body as JSON, a missing node when it is none), or why none came. */
    private record Fetched(PlatformResponse response, JsonNode body, String failure) {
    }

    /** Why an answer held no figures, and whether the account's other reads must wait (rate limit, token, outage). */
    record Verdict(String reason, boolean stop) {
    }

    private Fetched fetch(ChannelAccount account, PlatformApi api, PlatformRequest request) {
        LiveConnector.Read read = live.readOnce(account, api, request);
        if (read.response() == null) {
            return new Fetched(null, null, read.failure());
        }
        JsonNode body;
        try {
            String text = read.response().body();
            body = text == null || text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
        } catch (IOException e) {
            body = MissingNode.getInstance();
        }
        return new Fetched(read.response(), body, null);
    }

    /**
     * What an answer without figures means, by the network's outbound rules, acted on as outbound actions act on it:
     * a rate limit holds the account (or the app) on every replica, a refused token marks the account as needing
     * reconnecting, a passing failure ends this reading; a refusal about one post (deleted) lets the others be read.
     */
    private Verdict verdict(ChannelAccount account, PlatformApi api, PlatformRequest request, Fetched fetched) {
        if (fetched.response() == null) {
            signal(account, ChannelSignal.Kind.POLL_FAILED, fetched.failure(), null);
            return new Verdict(fetched.failure(), true);
        }
        Instant now = clock.instant();
        PlatformAnswer answer = OutboundRules.read(api, account, request, fetched.response(), now);
        if (answer instanceof PlatformAnswer.RateLimited limited) {
            Instant until = now.plus(limited.after() != null ? limited.after() : outbound.rateLimitPause());
            QuarkusTransaction.requiringNew().run(() -> gate.hold(account.platform().id(),
                    limited.appWide() ? "*" : account.accountId(), until, limited.reason()));
            signal(account, ChannelSignal.Kind.RATE_LIMITED, limited.reason(), until);
            return new Verdict(limited.reason(), true);
        }
        if (answer instanceof PlatformAnswer.Unauthorized refused) {
            QuarkusTransaction.requiringNew().run(() -> gate.needsReconnect(account.platform().id(),
                    account.accountId(), refused.reason()));
            signal(account, ChannelSignal.Kind.TOKEN_REFUSED, refused.reason(), null);
            return new Verdict(refused.reason(), true);
        }
        if (answer instanceof PlatformAnswer.Retry retry) {
            signal(account, ChannelSignal.Kind.POLL_FAILED, retry.reason(), null);
            return new Verdict(retry.reason(), true);
        }
        if (answer instanceof PlatformAnswer.Refused refused) {
            if (refused.permissionMissing()) {
                signal(account, ChannelSignal.Kind.PERMISSION_MISSING, refused.reason(), null);
            }
            return new Verdict(refused.reason(), false);
        }
        return new Verdict(account.platform().id() + "'s answer holds no figures", false);
    }

    private void metrics(ChannelAccount account, PublishedPosts.Post post, PostCounters c, Instant now,
            boolean sandbox) {
        UUID id = StableIds.of("post-metrics", post.actionId().toString(), now.toString());
        outbox.add(account.id().toString(), Event.of(id, "ingest-service", account.brand(), post.platformPostId(),
                now, now, new PostMetricsObserved(post.storyId(), post.variantId(), account.id().toString(),
                        account.accountId(), account.platform(), post.platformPostId(), post.permalink(),
                        post.publishedAt(), now, c.impressions(), c.reach(), c.reactions(), c.comments(), c.shares(),
                        c.views(), sandbox)));
    }

    private void followers(ChannelAccount account, LocalDate day, long count, Instant now, boolean sandbox) {
        UUID id = StableIds.of("followers", account.id().toString(), day.toString(), now.toString());
        outbox.add(account.id().toString(), Event.of(id, "ingest-service", account.brand(), account.id().toString(),
                now, now, new FollowerCountObserved(account.id().toString(), account.accountId(), account.platform(),
                        day, count, now, sandbox)));
    }

    private void record(ChannelAccount account, String status, String error, int postsRead, int requests) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE insights_cursor SET last_read_at = ?2, "
                        + "last_status = ?3, last_error = ?4, posts_read = posts_read + ?5, requests = requests + ?6 "
                        + "WHERE channel_id = ?1")
                .setParameter(1, account.id()).setParameter(2, clock.instant()).setParameter(3, status)
                .setParameter(4, error).setParameter(5, postsRead).setParameter(6, requests).executeUpdate());
    }
}
