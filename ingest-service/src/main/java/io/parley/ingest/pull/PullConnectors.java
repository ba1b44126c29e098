package io.parley.ingest.pull;

import io.parley.ingest.youtube.YouTubeComments;
import io.parley.ingest.tiktok.TikTokPuller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.contracts.Platform;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.channels.ChannelRules;
import io.parley.ingest.health.ChannelSignal;
import io.parley.ingest.competitors.CompetitorFeeds;
import io.parley.ingest.intake.InteractionIntake;
import io.parley.platform.kafka.EventPublisher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import java.util.List;
import java.util.Optional;

/**
 * Polls the sources that have no push: YouTube channels ({@code commentThreads.list}, walked newest
 * first page by page until it reaches what was read before), TikTok business accounts ({@link TikTokPuller}) and
 * RSS/Atom feeds (conditional GET).
 * Where each source was read up to lives in {@code pull_cursor}, saved after every page once its
 * interactions are durable in Kafka, so a restart resumes where it stopped and loses nothing.
 */
@ApplicationScoped
public class PullConnectors {

    private static final Logger LOG = Logger.getLogger(PullConnectors.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int DEFAULT_POLL_SECONDS = 300;
    public static final int DEFAULT_BACKFILL_DAYS = 7;
    static final int MAX_PAGES_PER_POLL = 10;
    static final int MAX_FEED_BYTES = 5 * 1024 * 1024;

    private final ChannelDirectory channels;
    private final InteractionIntake intake;
    private final CompetitorFeeds competitors;
    private final EntityManager em;
    private final Clock clock;
    private final String youtubeBaseUrl;
    private final HttpClient http;
    /** What each poll shows about its source: to its health ({@link io.parley.ingest.health.ChannelHealth}). */
    @Inject
    jakarta.enterprise.event.Event<ChannelSignal> signals;
    @Inject
    TikTokPuller tiktok;
    private final java.util.concurrent.ConcurrentMap<java.util.UUID, Object> reading =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    public PullConnectors(ChannelDirectory channels, InteractionIntake intake, CompetitorFeeds competitors,
            EntityManager em, Clock clock,
            @ConfigProperty(name = "parley.ingest.pull.youtube-base-url", defaultValue = "https://www.googleapis.com")
            String youtubeBaseUrl) {
        this.channels = channels;
        this.intake = intake;
        this.competitors = competitors;
        this.em = em;
        this.clock = clock;
        this.youtubeBaseUrl = youtubeBaseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Scheduled(every = "${parley.ingest.pull.tick:10s}", delayed = "${parley.ingest.pull.first-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        for (Platform platform : ChannelRules.POLLED) {
            for (ChannelAccount source : channels.on(platform)) {
                if (pollable(source) && claim(source)) {
                    poll(source);
                }
            }
        }
    }

    private boolean pollable(ChannelAccount source) {
        return switch (source.platform()) {
            case YOUTUBE, TIKTOK -> true;
            case RSS, FORUM -> source.setting("feedUrl").isPresent();
            default -> false;
        };
    }

    /** Takes the source for one poll when it is due, moving its next poll forward (one replica wins). */
    boolean claim(ChannelAccount source) {
        Instant now = clock.instant();
        Instant next = now.plusSeconds(pollSeconds(source));
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO pull_cursor (channel_id, platform, next_poll_at) VALUES (?1, ?2, ?3) "
                    + "ON CONFLICT (channel_id) DO NOTHING")
                    .setParameter(1, source.id()).setParameter(2, source.platform().id()).setParameter(3, now)
                    .executeUpdate();
            return em.createNativeQuery("UPDATE pull_cursor SET next_poll_at = ?2 WHERE channel_id = ?1 "
                    + "AND next_poll_at <= ?3")
                    .setParameter(1, source.id()).setParameter(2, next).setParameter(3, now).executeUpdate() == 1;
        });
    }

    /** Reads a source at once, whatever its schedule (an operator's "poll now"); returns where it got to. */
    public PullCursor pollNow(ChannelAccount source) {
        if (!pollable(source)) {
            throw new IllegalArgumentException(source.platform().id() + " sources are not polled"
                    + (source.platform() == Platform.RSS || source.platform() == Platform.FORUM ? " without a feedUrl" : ""));
        }
        cursor(source);
        Instant next = clock.instant().plusSeconds(pollSeconds(source));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE pull_cursor SET next_poll_at = ?2 WHERE channel_id = ?1")
                .setParameter(1, source.id()).setParameter(2, next).executeUpdate());
        poll(source);
        return cursor(source);
    }

    /** Reads a source now (after a claim, or when an operator asks); one read of a source at a time here. */
    public void poll(ChannelAccount source) {
        synchronized (reading.computeIfAbsent(source.id(), k -> new Object())) {
            read(source);
        }
    }

    private void read(ChannelAccount source) {
        try {
            boolean read = switch (source.platform()) {
                case YOUTUBE -> pollYouTube(source);
                case TIKTOK -> tiktok.poll(source, tiktokSource(source));
                case RSS, FORUM -> {
                    pollFeed(source);
                    yield true;
                }
                default -> false;
            };
            if (read) {
                signals.fire(ChannelSignal.succeeded(source.platform(), source.accountId()));
            }
        } catch (PollFailed e) {
            signals.fire(new ChannelSignal(source.platform(), source.accountId(), e.kind, e.getMessage(), e.until));
            LOG.warnf("%s source %s of brand %s not read: %s", source.platform().id(), source.accountId(),
                    source.brand(), e.getMessage());
            record(source, c -> {
                c.lastStatus = "failed";
                c.lastError = e.getMessage();
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s source %s of brand %s: unexpected failure", source.platform().id(), source.accountId(),
                    source.brand());
            signals.fire(ChannelSignal.of(source.platform(), source.accountId(), ChannelSignal.Kind.POLL_FAILED,
                    e.getClass().getSimpleName()));
            record(source, c -> {
                c.lastStatus = "failed";
                c.lastError = e.getClass().getSimpleName();
            });
        }
    }

    /** Reads the channel's new comments; false when it cannot be read at all (no apiKey: idle). */
    private boolean pollYouTube(ChannelAccount channel) throws PollFailed {
        Optional<String> key = channels.secret(channel, "apiKey");
        if (key.isEmpty()) {
            record(channel, c -> {
                c.lastStatus = "idle";
                c.lastError = "no apiKey: connect the channel with secrets.apiKey to read its comments";
            });
            return false;
        }
        String base = channel.setting("apiBaseUrl").orElse(youtubeBaseUrl);
        int backfillDays = channel.setting("backfillDays").map(Integer::parseInt).orElse(DEFAULT_BACKFILL_DAYS);
        for (int pages = 0; pages < MAX_PAGES_PER_POLL; pages++) {
            PullCursor cursor = cursor(channel);
            Instant highWater = cursor.highWater != null ? cursor.highWater
                    : clock.instant().minus(Duration.ofDays(backfillDays));
            String url = base + "/youtube/v3/commentThreads?part=snippet,replies&order=time&maxResults=100"
                    + "&allThreadsRelatedToChannelId=" + enc(channel.accountId()) + "&textFormat=plainText"
                    + (cursor.pageToken != null ? "&pageToken=" + enc(cursor.pageToken) : "");
            HttpResponse<byte[]> response = get(url, key.get(), null, null);
            if (response.statusCode() != 200) {
                throw new PollFailed("YouTube answered " + response.statusCode() + reason(response.body()));
            }
            JsonNode page;
            try {
                page = JSON.readTree(response.body());
            } catch (IOException e) {
                throw new PollFailed("YouTube's answer is not JSON");
            }
            YouTubeComments.Page read = YouTubeComments.read(page, channel, highWater);
            publish(channel, read.heard(), read.changed(), read.ignored());
            boolean reachedKnown = read.oldest() != null && !read.oldest().isAfter(highWater);
            boolean done = reachedKnown || read.nextPageToken() == null;
            int taken = read.heard().size() + read.changed().size();
            record(channel, c -> {
                c.requests++;
                c.itemsSeen += taken;
                if (read.newest() != null && (c.walkNewest == null || read.newest().isAfter(c.walkNewest))) {
                    c.walkNewest = read.newest();
                }
                if (done) {
                    if (c.walkNewest != null && (c.highWater == null || c.walkNewest.isAfter(c.highWater))) {
                        c.highWater = c.walkNewest;
                    } else if (c.highWater == null) {
                        c.highWater = highWater;
                    }
                    c.walkNewest = null;
                    c.pageToken = null;
                } else {
                    c.pageToken = read.nextPageToken();
                }
                c.lastStatus = "ok";
                c.lastError = null;
            });
            if (done) {
                return true;
            }
        }
        return true;
    }

    private void pollFeed(ChannelAccount source) throws PollFailed {
        PullCursor cursor = cursor(source);
        String url = source.setting("feedUrl").orElseThrow();
        HttpResponse<byte[]> response = get(url, null, cursor.etag, cursor.lastModified);
        if (response.statusCode() == 304) {
            record(source, c -> {
                c.requests++;
                c.lastStatus = "not-modified";
                c.lastError = null;
            });
            return;
        }
        if (response.statusCode() != 200) {
            throw new PollFailed("the feed answered " + response.statusCode());
        }
        if (response.body().length > MAX_FEED_BYTES) {
            throw new PollFailed("the feed is larger than " + MAX_FEED_BYTES + " bytes");
        }
        int taken;
        try {
            if (CompetitorFeeds.competitorOf(source).isPresent()) {
                // A competitor's own posts: counted for the cadence comparison, never mentions in the inbox.
                taken = competitors.observe(source, url, FeedEntries.entries(response.body())).newPosts();
            } else {
                FeedEntries.Entries entries = FeedEntries.read(response.body(), source);
                publish(source, entries.heard(), entries.changed(), List.of());
                taken = entries.heard().size();
            }
        } catch (FeedEntries.UnreadableFeedException e) {
            throw new PollFailed(e.getMessage());
        } catch (EventPublisher.PublishFailedException e) {
            throw new PollFailed("Kafka did not acknowledge; the feed will be read again");
        }
        String etag = response.headers().firstValue("ETag").orElse(null);
        String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        record(source, c -> {
            c.requests++;
            c.itemsSeen += taken;
            c.etag = etag;
            c.lastModified = lastModified;
            c.lastStatus = "ok";
            c.lastError = null;
        });
    }

    private void publish(ChannelAccount source, List<InteractionIntake.Heard> heard,
            List<InteractionIntake.Changed> changed, List<String> ignored) throws PollFailed {
        try {
            intake.accept(new InteractionIntake.Delivery(source.platform(), heard, changed, ignored));
        } catch (EventPublisher.PublishFailedException e) {
            throw new PollFailed("Kafka did not acknowledge; the page will be read again");
        }
    }

    private HttpResponse<byte[]> get(String url, String apiKey, String etag, String lastModified) throws PollFailed {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json, application/atom+xml, application/rss+xml, application/xml;q=0.9")
                .header("User-Agent", "Parley/0.1 (+https://parley.example/bot)");
        if (apiKey != null) {
            request.header("X-Goog-Api-Key", apiKey);
        }
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new PollFailed("cannot reach " + URI.create(url).getHost() + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PollFailed("interrupted");
        }
    }

    private static String reason(byte[] body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            String reason = error.path("errors").path(0).path("reason").asText(error.path("message").asText(""));
            return reason.isEmpty() ? "" : " (" + reason + ")";
        } catch (IOException e) {
            return "";
        }
    }

    PullCursor cursor(ChannelAccount source) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO pull_cursor (channel_id, platform, next_poll_at) VALUES (?1, ?2, ?3) "
                    + "ON CONFLICT (channel_id) DO NOTHING")
                    .setParameter(1, source.id()).setParameter(2, source.platform().id())
                    .setParameter(3, clock.instant()).executeUpdate();
            PullCursor c = PullCursor.findById(source.id());
            em.detach(c);
            return c;
        });
    }

    private void record(ChannelAccount source, java.util.function.Consumer<PullCursor> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            PullCursor c = PullCursor.findById(source.id());
            if (c == null) {
                return;
            }
            change.accept(c);
            c.lastPolledAt = clock.instant();
        });
    }

    private static int pollSeconds(ChannelAccount source) {
        return source.setting("pollSeconds").map(Integer::parseInt).orElse(DEFAULT_POLL_SECONDS);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private TikTokPuller.Source tiktokSource(ChannelAccount source) {
        return new TikTokPuller.Source() {
            @Override
            public PullCursor cursor() {
                return PullConnectors.this.cursor(source);
            }

            @Override
            public void record(java.util.function.Consumer<PullCursor> change) {
                PullConnectors.this.record(source, change);
            }

            @Override
            public void publish(List<InteractionIntake.Heard> heard, List<String> ignored) throws PollFailed {
                PullConnectors.this.publish(source, heard, List.of(), ignored);
            }
        };
    }

    /** A poll that ended without reading everything; {@code kind} is what it tells the channel's health. */
    public static final class PollFailed extends Exception {
        final ChannelSignal.Kind kind;
        final Instant until;

        public PollFailed(String message) {
            this(message, ChannelSignal.Kind.POLL_FAILED, null);
        }

        public PollFailed(String message, ChannelSignal.Kind kind, Instant until) {
            super(message);
            this.kind = kind;
            this.until = until;
        }
    }
}
