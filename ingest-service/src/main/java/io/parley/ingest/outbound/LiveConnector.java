package io.parley.ingest.outbound;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.channels.ChannelAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

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
import java.util.Map;

/**
 * Sends an action's request to the platform of a live channel account, over {@code java.net.http}, and
 * reads the answer by the platform's rules: rate limits and passing failures are retried after the
 * wait the platform asks for (or a doubling back-off), within a bounded number of attempts and a
 * longest wait; refusals end at once with the platform's reason. A request that may have reached the
 * platform without an answer (a timeout once sent, a dropped connection) is resent only when sending it
 * twice does no harm ({@link PlatformRequest#repeatable()}); otherwise the outcome is reported unknown.
 * Never runs inside a database transaction, and never throws: every end is an outcome.
 */
@ApplicationScoped
public class LiveConnector {

    private static final Logger LOG = Logger.getLogger(LiveConnector.class);

    /** Told of each attempt before it is sent and of each wait before it starts (to keep the attempt log). */
    public interface Attempts {
        void sending(int attempt);

        void waiting(int attempt, String reason, Duration wait);
    }

    private final OutboundConfig config;
    private final CredentialSource credentials;
    private final Clock clock;
    private final HttpClient http;
    private final MeterRegistry metrics;

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
            return ConnectorOutcome.failed("no access token for " + platform + " account " + account.accountId()
                    + " (set " + ConfiguredCredentials.property(account, CredentialSource.ACCESS_TOKEN) + ")", false);
        }
        PlatformRequest.Call call = request.render(apiRoot(api), secret);
        ConnectorOutcome outcome = send(action, api, request, call, attempts, secret);
        return outcome.reason() == null ? outcome : ConnectorOutcome.failed(scrub(outcome.reason(), secret), false);
    }

    /** A reason quotes the platform or the network stack; neither may carry the token into a report or a log. */
    static String scrub(String text, String secret) {
        return text.replace(secret, PlatformRequest.REDACTED);
    }

    private ConnectorOutcome send(OutboundActionRequested action, PlatformApi api, PlatformRequest request,
            PlatformRequest.Call call, Attempts attempts, String secret) {
        String platform = api.platform().id();
        OutboundConfig.Retry retry = config.retry();
        for (int attempt = 1; ; attempt++) {
            attempts.sending(attempt);
            PlatformAnswer answer = attempt(action, api, request, call);
            if (answer instanceof PlatformAnswer.Done done) {
                return ConnectorOutcome.delivered(done.objectId(), false);
            }
            if (answer instanceof PlatformAnswer.Refused refused) {
                return ConnectorOutcome.failed(refused.reason(), false);
            }
            PlatformAnswer.Retry again = (PlatformAnswer.Retry) answer;
            if (attempt >= retry.maxAttempts()) {
                return ConnectorOutcome.failed("gave up after " + attempt + " attempts: " + again.reason(), false);
            }
            Duration wait = again.after() != null ? again.after() : backoff(retry.firstBackoff(), attempt);
            if (wait.compareTo(retry.maxWait()) > 0) {
                return ConnectorOutcome.failed(again.reason() + "; " + platform + " asks to wait "
                        + wait.toSeconds() + " s, longer than the " + retry.maxWait().toSeconds()
                        + " s the gateway waits", false);
            }
            attempts.waiting(attempt, scrub(again.reason(), secret), wait);
            metrics.counter("parley_ingest_delivery_retries", "platform", platform).increment();
            LOG.infof("%s %s of action %s: attempt %d: %s; next in %d ms", platform, action.action().id(),
                    action.actionId(), attempt, scrub(again.reason(), secret), wait.toMillis());
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ConnectorOutcome.failed(again.reason() + "; the gateway stopped before trying again", false);
            }
        }
    }

    /** first, 2×first, 4×first, … */
    static Duration backoff(Duration first, int attempt) {
        return first.multipliedBy(1L << Math.min(attempt - 1, 20));
    }

    private PlatformAnswer attempt(OutboundActionRequested action, PlatformApi api, PlatformRequest request,
            PlatformRequest.Call call) {
        String platform = api.platform().id();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(call.url()))
                .timeout(config.retry().requestTimeout())
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
        for (Map.Entry<String, String> header : call.headers().entrySet()) {
            builder.header(header.getKey(), header.getValue());
        }
        try {
            HttpResponse<String> response = http.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return api.answer(action, request, new PlatformResponse(response.statusCode(),
                    response.headers().map(), response.body()), clock.instant());
        } catch (HttpConnectTimeoutException | ConnectException notSent) {
            return new PlatformAnswer.Retry(null, "could not connect to " + platform + " ("
                    + describe(notSent) + ")");
        } catch (IOException lost) {
            String what = lost instanceof HttpTimeoutException
                    ? platform + " did not answer within " + config.retry().requestTimeout().toSeconds() + " s"
                    : "the connection to " + platform + " failed (" + describe(lost) + ")";
            return request.repeatable() ? new PlatformAnswer.Retry(null, what)
                    : new PlatformAnswer.Refused("outcome unknown: " + what + " after the request was sent; it "
                    + "may have been performed, so it is not sent again — check on " + platform);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PlatformAnswer.Refused("outcome unknown: the gateway stopped while " + platform
                    + " was answering; it is not sent again — check on " + platform);
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
    }
}
