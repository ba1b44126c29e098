package io.parley.ingest.outbound;

import io.parley.ingest.meta.MetaGraphApi;
import io.micrometer.core.instrument.MeterRegistry;
import io.parley.contracts.deliveries.FailureKind;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.channels.ChannelAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends an action's requests to the platform of a live channel account, over {@code java.net.http}, and reads the
 * answers by the platform's rules. An action may take several requests (upload the images, then post; create a
 * container, then publish it): each follows from the answers before it ({@link PlatformApi#next}).
 * <ul>
 * <li>A request that did not leave (no connection) and a passing failure of a request that may be sent twice
 * ({@link PlatformRequest#repeatable()}) are tried again here with a doubling back-off, a few times.</li>
 * <li>A request that may have reached the platform without an answer (a timeout once sent, a dropped connection, a
 * 5xx) and that must not be sent twice ends <b>unknown</b>: the caller reconciles it against the account's posts.</li>
 * <li>A rate limit ends <b>delayed</b> until the time the platform names (or a default pause); a refused token ends
 * delayed for <b>authorization</b>; a refusal fails with the platform's message.</li>
 * </ul>
 * Once the request others see (the post itself) is done, a later step failing (reading the permalink) does not undo
 * it: the action is delivered. Never runs inside a database transaction, and never throws: every end is an outcome.
 */
@ApplicationScoped
public class LiveConnector {

    private static final Logger LOG = Logger.getLogger(LiveConnector.class);

    /** Told of each request before it is sent and of each wait before it starts (to keep the attempt log). */
    public interface Attempts {
        void sending(int attempt);

        void waiting(int attempt, String reason, Duration wait);

        /** The request others will see (the post itself) is about to leave. */
        default void publishing(Instant at) {
        }
    }

    /** A read of the platform: its answer, or why there is none. */
    public record Read(PlatformResponse response, String failure) {
    }

    private final OutboundConfig config;
    private final CredentialSource credentials;
    private final Clock clock;
    private final HttpClient http;
    private final MeterRegistry metrics;
    /** The last Graph {@code X-App-Usage} seen while sending the current action (on this thread). */
    private final ThreadLocal<Integer> appUsage = new ThreadLocal<>();

    @Inject
    public LiveConnector(OutboundConfig config, CredentialSource credentials, Clock clock, MeterRegistry metrics) {
        this.config = config;
        this.credentials = credentials;
        this.clock = clock;
        this.metrics = metrics;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.retry().connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Where live requests to the platform go: the configured root, else the real one. */
    String apiRoot(PlatformApi api) {
        return config.baseUrl().getOrDefault(api.platform().id(), api.apiRoot());
    }

    public ConnectorOutcome send(ChannelAccount account, OutboundActionRequested action, PlatformApi api,
            PlatformRequest request, Attempts attempts) {
        String platform = api.platform().id();
        String secret = credentials.secret(account, CredentialSource.ACCESS_TOKEN).orElse(null);
        if (secret == null) {
            return ConnectorOutcome.failed(FailureKind.AUTHORIZATION, "no access token for " + platform + " account "
                    + account.accountId() + " (set " + ConfiguredCredentials.property(account,
                    CredentialSource.ACCESS_TOKEN) + ")", false);
        }
        appUsage.remove();
        ConnectorOutcome outcome = steps(action, api, request, attempts, secret);
        Integer usage = appUsage.get();
        appUsage.remove();
        if (usage != null && usage >= config.appUsageCeiling()) {
            LOG.warnf("%s app usage at %d%% of its limit: the app's actions pause for %d s", platform, usage,
                    config.rateLimitPause().toSeconds());
            outcome = outcome.pausingApp(clock.instant().plus(config.rateLimitPause()));
        }
        return outcome.reason() == null ? outcome : outcome.withReason(scrub(outcome.reason(), secret));
    }

    /** Reads what {@code request} answers (a GET of the account's recent posts), a few tries at most. */
    public Read read(ChannelAccount account, PlatformApi api, PlatformRequest request) {
        String secret = credentials.secret(account, CredentialSource.ACCESS_TOKEN).orElse(null);
        if (secret == null) {
            return new Read(null, "no access token");
        }
        PlatformRequest.Call call = request.render(apiRoot(api), secret);
        String last = null;
        for (int attempt = 1; attempt <= config.retry().maxAttempts(); attempt++) {
            try {
                HttpResponse<String> response = http.send(build(call, null), HttpResponse.BodyHandlers.ofString(
                        StandardCharsets.UTF_8));
                PlatformResponse answer = new PlatformResponse(response.statusCode(), response.headers().map(),
                        response.body());
                if (answer.successful()) {
                    return new Read(answer, null);
                }
                last = api.platform().id() + " answered " + answer.status();
                if (answer.status() < 500 && answer.status() != 429) {
                    break;
                }
            } catch (IOException e) {
                last = describe(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Read(null, "interrupted");
            }
            pause(backoff(config.retry().firstBackoff(), attempt));
        }
        return new Read(null, scrub(String.valueOf(last), secret));
    }

    /**
     * One read of {@code request}, whatever the platform answers (its rate limit or refusal is the caller's to read,
     * by the platform's rules): the insights connectors' figures. Empty response only when no answer came.
     */
    public Read readOnce(ChannelAccount account, PlatformApi api, PlatformRequest request) {
        String secret = credentials.secret(account, CredentialSource.ACCESS_TOKEN).orElse(null);
        if (secret == null) {
            return new Read(null, "no access token (set " + ConfiguredCredentials.property(account,
                    CredentialSource.ACCESS_TOKEN) + ")");
        }
        PlatformRequest.Call call = request.render(apiRoot(api), secret);
        try {
            HttpResponse<String> response = http.send(build(call, null), HttpResponse.BodyHandlers.ofString(
                    StandardCharsets.UTF_8));
            return new Read(new PlatformResponse(response.statusCode(), response.headers().map(), response.body()),
                    null);
        } catch (IOException e) {
            return new Read(null, scrub(describe(e), secret));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Read(null, "interrupted");
        }
    }

    /** A reason quotes the platform or the network stack; neither may carry the token into a report or a log. */
    static String scrub(String text, String secret) {
        return text.replace(secret, PlatformRequest.REDACTED);
    }

    private ConnectorOutcome steps(OutboundActionRequested action, PlatformApi api, PlatformRequest first,
            Attempts attempts, String secret) {
        List<PlatformAnswer.Done> done = new ArrayList<>();
        PlatformAnswer.Done published = null;
        Optional<PlatformRequest> next = Optional.of(first);
        while (next.isPresent()) {
            PlatformRequest request = next.get();
            if (!request.repeatable()) {
                attempts.publishing(clock.instant());
            }
            PlatformAnswer answer = attempt(action, api, request, attempts, secret);
            if (!(answer instanceof PlatformAnswer.Done step)) {
                if (published != null) {
                    // The post is out; only a later read (its permalink) failed.
                    return ConnectorOutcome.delivered(published.objectId(), permalink(api, action, published), false);
                }
                return ended(api, answer);
            }
            done.add(step);
            if (!request.repeatable()) {
                published = step;
            }
            next = api.next(action, done);
        }
        PlatformAnswer.Done last = done.get(done.size() - 1);
        PlatformAnswer.Done result = published != null && last.objectId() != null
                && !last.objectId().equals(published.objectId()) ? published : last;
        String link = last.permalink() != null ? last.permalink() : permalink(api, action, result);
        return ConnectorOutcome.delivered(result.objectId(), link, false);
    }

    private static String permalink(PlatformApi api, OutboundActionRequested action, PlatformAnswer.Done done) {
        return done.permalink() != null ? done.permalink() : api.permalink(action, done.objectId());
    }

    private ConnectorOutcome ended(PlatformApi api, PlatformAnswer answer) {
        Instant now = clock.instant();
        if (answer instanceof PlatformAnswer.RateLimited limited) {
            Duration wait = limited.after() != null ? limited.after() : config.rateLimitPause();
            return ConnectorOutcome.delayed(FailureKind.RATE_LIMITED, limited.reason(), now.plus(wait),
                    limited.appWide());
        }
        if (answer instanceof PlatformAnswer.Unauthorized unauthorized) {
            return ConnectorOutcome.delayed(FailureKind.AUTHORIZATION, unauthorized.reason()
                    + " — reconnect the channel; the action waits and is sent once its credentials are updated", null,
                    false);
        }
        if (answer instanceof PlatformAnswer.Refused refused) {
            ConnectorOutcome failed = ConnectorOutcome.failed(refused.kind(), refused.reason(), false);
            return refused.permissionMissing() ? failed.missingPermission() : failed;
        }
        if (answer instanceof PlatformAnswer.Lost lost) {
            return ConnectorOutcome.unknown(lost.reason());
        }
        PlatformAnswer.Retry retry = (PlatformAnswer.Retry) answer;
        return ConnectorOutcome.failed(FailureKind.TRANSIENT, "gave up after " + config.retry().maxAttempts()
                + " attempts: " + retry.reason(), false);
    }

    /** One request, tried again while it did not leave or may be repeated; a rate limit or refusal ends it. */
    private PlatformAnswer attempt(OutboundActionRequested action, PlatformApi api, PlatformRequest request,
            Attempts attempts, String secret) {
        String platform = api.platform().id();
        OutboundConfig.Retry retry = config.retry();
        PlatformRequest.Call call = request.render(apiRoot(api), secret);
        byte[] upload;
        try {
            upload = request.upload() == null ? null : uploadBody(request.upload());
        } catch (MediaUnavailable e) {
            return new PlatformAnswer.Refused(e.getMessage(), FailureKind.CONTENT_REFUSED);
        }
        for (int attempt = 1; ; attempt++) {
            attempts.sending(attempt);
            PlatformAnswer read = once(action, api, request, call, upload);
            if (!(read instanceof PlatformAnswer.Retry again)) {
                return read;
            }
            if (attempt >= retry.maxAttempts()) {
                return again;
            }
            Duration wait = again.after() != null ? again.after() : backoff(retry.firstBackoff(), attempt);
            if (wait.compareTo(retry.maxWait()) > 0) {
                return new PlatformAnswer.RateLimited(wait, again.reason(), false);
            }
            attempts.waiting(attempt, scrub(again.reason(), secret), wait);
            metrics.counter("parley_ingest_delivery_retries", "platform", platform).increment();
            LOG.infof("%s %s of action %s: attempt %d: %s; next in %d ms", platform, action.action().id(),
                    action.actionId(), attempt, scrub(again.reason(), secret), wait.toMillis());
            if (!pause(wait)) {
                return new PlatformAnswer.Retry(null, again.reason() + "; the gateway stopped before trying again");
            }
        }
    }

    /** first, 2×first, 4×first, … */
    static Duration backoff(Duration first, int attempt) {
        return first.multipliedBy(1L << Math.min(attempt - 1, 20));
    }

    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest build(PlatformRequest.Call call, byte[] upload) {
        HttpRequest.BodyPublisher body = upload != null ? HttpRequest.BodyPublishers.ofByteArray(upload)
                : call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(call.url()))
                .timeout(config.retry().requestTimeout()).method(call.method(), body);
        for (Map.Entry<String, String> header : call.headers().entrySet()) {
            builder.header(header.getKey(), header.getValue());
        }
        return builder.build();
    }

    /** The answer, or {@link PlatformAnswer.Lost} when the request may have been performed without an answer. */
    private PlatformAnswer once(OutboundActionRequested action, PlatformApi api, PlatformRequest request,
            PlatformRequest.Call call, byte[] upload) {
        String platform = api.platform().id();
        try {
            HttpResponse<String> response = http.send(build(call, upload),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            PlatformResponse answer = new PlatformResponse(response.statusCode(), response.headers().map(),
                    response.body());
            PlatformAnswer read = api.answer(action, request, answer, clock.instant());
            if (read instanceof PlatformAnswer.Retry retry && !request.repeatable() && answer.status() >= 500) {
                return new PlatformAnswer.Lost(platform + " answered " + answer.status() + " after the request arrived ("
                        + retry.reason() + "); whether it was performed is unknown");
            }
            if (api instanceof MetaGraphApi) {
                MetaGraphApi.usagePercent(answer, "X-App-Usage").ifPresent(appUsage::set);
            }
            return read;
        } catch (HttpConnectTimeoutException | ConnectException notSent) {
            return new PlatformAnswer.Retry(null, "could not connect to " + platform + " (" + describe(notSent) + ")");
        } catch (IOException lost) {
            String what = lost instanceof HttpTimeoutException
                    ? platform + " did not answer within " + config.retry().requestTimeout().toSeconds() + " s"
                    : "the connection to " + platform + " failed (" + describe(lost) + ")";
            return request.repeatable() ? new PlatformAnswer.Retry(null, what)
                    : new PlatformAnswer.Lost(what + " after the request was sent; whether it was performed is unknown");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PlatformAnswer.Lost("the gateway stopped while " + platform + " was answering");
        }
    }

    private static final class MediaUnavailable extends Exception {
        MediaUnavailable(String message) {
            super(message);
        }
    }

    /** The image's bytes, as is or as the file part of a multipart form. */
    private byte[] uploadBody(PlatformRequest.Upload upload) throws MediaUnavailable {
        byte[] bytes;
        try {
            HttpResponse<byte[]> media = http.send(HttpRequest.newBuilder(URI.create(upload.url()))
                    .timeout(config.retry().requestTimeout()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (media.statusCode() != 200) {
                throw new MediaUnavailable("the image " + upload.url().replaceAll("\\?.*", "") + " could not be "
                        + "fetched (HTTP " + media.statusCode() + "; an expired signed address?)");
            }
            bytes = media.body();
        } catch (IOException e) {
            throw new MediaUnavailable("the image " + upload.url().replaceAll("\\?.*", "") + " could not be fetched ("
                    + describe(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaUnavailable("interrupted while fetching the image");
        }
        if (upload.field() == null) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String dash = "--" + PlatformRequest.BOUNDARY + "\r\n";
        for (Map.Entry<String, String> field : upload.fields().entrySet()) {
            out.writeBytes((dash + "Content-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes((dash + "Content-Disposition: form-data; name=\"" + upload.field() + "\"; filename=\"image"
                + (upload.contentType() != null && upload.contentType().contains("png") ? ".png" : ".jpg")
                + "\"\r\nContent-Type: " + upload.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + PlatformRequest.BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String describe(Exception e) {
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
    }
}
