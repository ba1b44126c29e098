package io.parley.ingest.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.contracts.Platform;
import io.parley.ingest.channels.ChannelIds;
import io.parley.ingest.channels.ChannelRow;
import io.parley.ingest.channels.ChannelService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The OAuth 2.0 authorization-code flow that connects a live channel account: the network's authorization address
 * (with a signed, single-use state and PKCE where the network takes it), then the exchange of the code at the token
 * endpoint, the read of the account the token is for, the token stored encrypted ({@link ChannelTokens}) and the
 * channel account created or updated to use it ({@code secrets.accessToken = stored:<platform>/<accountId>}, live).
 */
@ApplicationScoped
public class OAuthConnect {

    private static final Logger LOG = Logger.getLogger(OAuthConnect.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The networks whose accounts connect through the flow. */
    public static final Set<String> NETWORKS = Set.of("facebook", "instagram", "linkedin", "x", "tiktok");

    /** Why the flow ended without a channel: the connect error's code and what to log. */
    public static final class Failed extends Exception {
        public final String code;
        /** The HTTP status the network answered with; 0 when it could not be reached. */
        public final int status;

        Failed(String code, String message) {
            this(code, message, -1);
        }

        Failed(String code, String message, int status) {
            super(message);
            this.code = code;
            this.status = status;
        }

        /** The network could not be reached, or answered 429 or 5xx: worth trying again later. */
        public boolean transientFailure() {
            return status == 0 || status == 429 || status >= 500;
        }
    }

    private final OAuthConfig config;
    private final OAuthStates states;
    private final ChannelTokens tokens;
    private final ChannelService channels;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    public OAuthConnect(OAuthConfig config, OAuthStates states, ChannelTokens tokens, ChannelService channels,
            Clock clock) {
        this.config = config;
        this.states = states;
        this.tokens = tokens;
        this.channels = channels;
        this.clock = clock;
    }

    /** The network's settings, when it is one of the flow's and has a client. */
    public Optional<OAuthConfig.Network> network(String network) {
        return Optional.ofNullable(NETWORKS.contains(network) ? config.networks().get(network) : null)
                .filter(n -> n.clientId().filter(id -> !id.isBlank()).isPresent());
    }

    public String redirectUri(String network) {
        String base = config.redirectBase().endsWith("/") ? config.redirectBase().substring(0,
                config.redirectBase().length() - 1) : config.redirectBase();
        return base + "/api/v1/channels/oauth/" + network + "/callback";
    }

    /** The address the browser is sent to: the network's consent page for this brand and user. */
    public URI authorization(String network, OAuthConfig.Network n, String brand, String user) {
        OAuthStates.Started started = states.start(network, brand, user, n.pkce());
        Map<String, String> q = new LinkedHashMap<>();
        q.put(n.clientIdParam(), n.clientId().orElseThrow());
        q.put("redirect_uri", redirectUri(network));
        q.put("response_type", "code");
        if (!n.scopes().isBlank()) {
            q.put("scope", n.scopes());
        }
        q.put("state", started.state());
        if (started.codeVerifier() != null) {
            q.put("code_challenge", OAuthStates.challenge(started.codeVerifier()));
            q.put("code_challenge_method", "S256");
        }
        String url = n.authorizeUrl();
        return URI.create(url + (url.contains("?") ? "&" : "?") + form(q));
    }

    /**
     * Exchanges the code and connects the account; returns the channel account's id. The state has been checked
     * and used up by the caller.
     */
    public UUID complete(OAuthStates.Pending pending, OAuthConfig.Network n, String code) throws Failed {
        JsonNode answer = exchange(pending, n, code);
        return connectAccount(pending, n, answer, accessToken(pending, answer));
    }

    /**
     * Exchanges the code for the person's own (user) token, for the networks whose accounts are picked afterwards
     * ({@link OAuthConfig.Network#picker()}: Facebook and Instagram, whose Pages each have their own token).
     */
    public String userToken(OAuthStates.Pending pending, OAuthConfig.Network n, String code) throws Failed {
        return accessToken(pending, exchange(pending, n, code));
    }

    /** An account the person may pick: a Facebook Page, or the Instagram business account linked to one. */
    public record Choice(String accountId, String name, String pageId, String pageName, String token,
            List<String> tasks) {
    }

    /**
     * The accounts the user token manages, as Graph's {@code GET /me/accounts} lists them (each Page's id, name,
     * access_token and tasks; for Instagram the Pages' {@code instagram_business_account{id,username}}, Pages without
     * one left out), following {@code paging.next} (at most 20 pages of results).
     */
    public List<Choice> choices(String network, OAuthConfig.Network n, String userToken) throws Failed {
        List<Choice> out = new ArrayList<>();
        String next = n.accountUrl().orElseThrow(() -> new Failed("account_unknown", network + " has no account-url"));
        for (int page = 0; page < 20 && next != null && !next.isBlank(); page++) {
            JsonNode answer = call(HttpRequest.newBuilder(URI.create(next)).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + userToken).header("Accept", "application/json").GET()
                    .build(), "account read");
            for (JsonNode p : answer.path("data")) {
                String pageId = p.path("id").asText("");
                String token = p.path("access_token").asText("");
                if (pageId.isEmpty() || token.isEmpty()) {
                    continue; // a Page the person cannot act for (no task that gives a token)
                }
                List<String> tasks = new ArrayList<>();
                p.path("tasks").forEach(t -> tasks.add(t.asText()));
                String pageName = p.path("name").asText(pageId);
                if ("instagram".equals(network)) {
                    JsonNode ig = p.path("instagram_business_account");
                    String igId = ig.path("id").asText("");
                    if (!igId.isEmpty()) {
                        out.add(new Choice(igId, ig.path("username").asText(igId), pageId, pageName, token, tasks));
                    }
                } else {
                    out.add(new Choice(pageId, pageName, pageId, pageName, token, tasks));
                }
            }
            next = answer.path("paging").path("next").asText(null);
        }
        return out;
    }

    /** Connects a picked account with its own (Page) token; a Page token from Facebook Login carries no expiry. */
    public UUID connectPicked(OAuthPickings.Open picking, Choice choice) throws Failed {
        return connect(new OAuthStates.Pending(picking.stateId(), picking.network(), picking.brand(), picking.user(),
                null), choice.accountId(), choice.name(), choice.token(), null, null, null);
    }

    private JsonNode exchange(OAuthStates.Pending pending, OAuthConfig.Network n, String code) throws Failed {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri(pending.network()));
        if (pending.codeVerifier() != null) {
            body.put("code_verifier", pending.codeVerifier());
        }
        return token(n, body);
    }

    private static String accessToken(OAuthStates.Pending pending, JsonNode answer) throws Failed {
        String accessToken = answer.path("access_token").asText("");
        if (accessToken.isEmpty()) {
            // TikTok v2 and the Business API put the token under data.
            accessToken = answer.path("data").path("access_token").asText("");
        }
        if (accessToken.isEmpty()) {
            throw new Failed("token_exchange_failed", pending.network() + "'s token endpoint gave no access_token ("
                    + describeError(answer) + ")");
        }
        return accessToken;
    }

    private UUID connectAccount(OAuthStates.Pending pending, OAuthConfig.Network n, JsonNode answer,
            String accessToken) throws Failed {
        JsonNode account = answer;
        if (n.accountUrl().isPresent()) {
            account = call(HttpRequest.newBuilder(URI.create(n.accountUrl().get())).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json").GET()
                    .build(), "account read");
        }
        String accountId = account.at(n.accountIdPointer()).asText("");
        if (accountId.startsWith("urn:li:")) {
            accountId = accountId.substring(accountId.lastIndexOf(':') + 1);
        }
        if (accountId.isEmpty() || accountId.length() > 200 || accountId.contains("/")) {
            throw new Failed("account_unknown", pending.network() + " did not say which account the token is for ("
                    + n.accountIdPointer() + ")");
        }
        String token = accessToken;
        if (n.accountTokenPointer().isPresent()) {
            token = account.at(n.accountTokenPointer().get()).asText("");
            if (token.isEmpty()) {
                throw new Failed("token_exchange_failed", pending.network() + "'s account read gave no token at "
                        + n.accountTokenPointer().get());
            }
        }
        JsonNode accountRead = account;
        String accountName = n.accountNamePointer().map(p -> accountRead.at(p).asText("")).filter(s -> !s.isBlank())
                .orElse(null);
        long expiresIn = answer.path("expires_in").asLong(answer.path("data").path("expires_in").asLong(0));
        Instant expiresAt = expiresIn > 0 ? clock.instant().plusSeconds(expiresIn) : null;
        String refresh = answer.path("refresh_token").asText(answer.path("data").path("refresh_token").asText(null));
        return connect(pending, accountId, accountName, token, refresh, expiresAt,
                answer.path("scope").asText(null));
    }

    private UUID connect(OAuthStates.Pending pending, String accountId, String name, String token, String refresh,
            Instant expiresAt, String scope) throws Failed {
        Platform platform = Platform.fromId(pending.network());
        UUID id = ChannelIds.of(platform, accountId);
        Object result = QuarkusTransaction.requiringNew().call(() -> {
            ChannelRow existing = ChannelRow.findById(id);
            if (existing != null && !existing.brand.equals(pending.brand())) {
                return new Failed("already_connected", platform.id() + " account " + accountId
                        + " belongs to another brand");
            }
            tokens.store(platform.id(), accountId, pending.brand(), token, refresh, expiresAt, scope, pending.user());
            Map<String, String> settings = new LinkedHashMap<>(existing != null ? existing.settings : Map.of());
            if (expiresAt != null) {
                settings.put("tokenExpiresAt", expiresAt.toString());
            } else {
                settings.remove("tokenExpiresAt");
            }
            Map<String, String> secrets = new LinkedHashMap<>(existing != null ? existing.secretRefs : Map.of());
            secrets.put("accessToken", ChannelTokens.reference(platform.id(), accountId));
            String shown = name != null ? name : existing != null ? existing.name : platform.id() + " " + accountId;
            ChannelService.Draft draft = new ChannelService.Draft(pending.brand(), platform.id(), accountId, shown,
                    "live", existing != null ? existing.enabled : Boolean.TRUE, settings, secrets);
            return existing == null ? channels.connect(draft, pending.user()).id
                    : channels.change(existing, new ChannelService.Draft(null, null, null, shown, "live",
                    existing.enabled, settings, secrets), pending.user()).id;
        });
        if (result instanceof Failed failed) {
            throw failed;
        }
        LOG.infof("%s account %s connected through OAuth for brand %s by %s", platform.id(), accountId,
                pending.brand(), pending.user());
        return (UUID) result;
    }

    /**
     * A grant at the network's token endpoint (authorization code or refresh token), the client authenticated as the
     * network takes it: in the form, or by Basic (X) with the client id in the form too.
     */
    JsonNode token(OAuthConfig.Network n, Map<String, String> grant) throws Failed {
        Map<String, String> body = new LinkedHashMap<>(grant);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(n.tokenUrl())).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json");
        String secret = n.clientSecret().orElse("");
        if ("basic".equalsIgnoreCase(n.clientAuth())) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (enc(n.clientId().orElseThrow()) + ":" + enc(secret)).getBytes(StandardCharsets.UTF_8)));
            body.put(n.clientIdParam(), n.clientId().orElseThrow());
        } else {
            body.put(n.clientIdParam(), n.clientId().orElseThrow());
            body.put("client_secret", secret);
        }
        return call(request.POST(HttpRequest.BodyPublishers.ofString(form(body))).build(), "token endpoint");
    }

    private JsonNode call(HttpRequest request, String what) throws Failed {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Failed("token_exchange_failed", "cannot reach the " + what + " at " + request.uri().getHost()
                    + " (" + e.getClass().getSimpleName() + ")", 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("token_exchange_failed", "interrupted", 0);
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body() == null || response.body().isBlank() ? "{}" : response.body());
        } catch (IOException e) {
            body = JSON.createObjectNode();
        }
        int code = body.path("code").asInt(0); // TikTok's Business API: errors in a 200
        if (response.statusCode() / 100 != 2 || body.has("error") && !"ok".equals(body.path("error").path("code")
                .asText(body.path("error").isTextual() ? "" : "ok")) || code != 0) {
            throw new Failed("token_exchange_failed", "the " + what + " answered " + response.statusCode() + " ("
                    + describeError(body) + ")", response.statusCode());
        }
        return body;
    }

    /** The platform's error, never a token: OAuth's error/error_description, Graph's and TikTok's shapes. */
    private static String describeError(JsonNode body) {
        JsonNode error = body.path("error");
        if (error.isTextual()) {
            return error.asText() + (body.hasNonNull("error_description") ? ": " + body.path("error_description")
                    .asText() : "");
        }
        if (error.isObject()) {
            return error.path("code").asText("") + " " + error.path("message").asText("");
        }
        return body.path("code").asText("") + " " + body.path("message").asText("no access_token");
    }

    private static String form(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return out.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
