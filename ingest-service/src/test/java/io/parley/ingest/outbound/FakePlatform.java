package io.parley.ingest.outbound;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The platforms' APIs, faked by one local HTTP server: every live platform's API root points at a path
 * of it ({@code /graph}, {@code /x}, {@code /telegram}, {@code /vk}, {@code /youtube}, {@code /linkedin},
 * {@code /tiktok}),
 * except Instagram's, which points at a closed port. A test scripts the answers for a path, then reads
 * what the server received. Unscripted requests are answered 404.
 */
public class FakePlatform implements QuarkusTestResourceLifecycleManager {

    /** One request as the platform received it. */
    public record Received(String method, String path, String query, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    /** A scripted answer; {@code delay} holds it back (longer than the gateway's timeout: no answer). */
    public record Answer(int status, Map<String, String> headers, String body, Duration delay) {
        public static Answer of(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body, Duration.ZERO);
        }

        public Answer with(String header, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(header, value);
            return new Answer(status, all, body, delay);
        }

        public Answer after(Duration wait) {
            return new Answer(status, headers, body, wait);
        }
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, Deque<Answer>> SCRIPT = new ConcurrentHashMap<>();
    private static HttpServer server;
    private static ExecutorService workers;

    /** Answers the next requests to {@code path} (without query), in order. */
    public static void script(String path, Answer... answers) {
        Deque<Answer> queue = SCRIPT.computeIfAbsent(path, p -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(answers));
        }
    }

    /** The refresh tokens each network's token endpoint takes now: network → refresh token → its account. */
    private static final Map<String, Map<String, String>> REFRESHABLE = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicLong ISSUED = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The network's token endpoint ({@code /oauth/<network>/token}) takes {@code refreshToken} in a refresh grant
     * ({@code grant_type=refresh_token}) for {@code account}, once: as X and TikTok document, a refresh rotates the
     * token (the answer carries a new refresh token; the one sent stops working). Any other refresh token is refused
     * with the network's error (HTTP 400, {@code invalid_request} on X, {@code invalid_grant} on TikTok).
     */
    public static void refreshable(String network, String refreshToken, String account) {
        REFRESHABLE.computeIfAbsent(network, n -> new ConcurrentHashMap<>()).put(refreshToken, account);
    }

    /** A Facebook Page the fake Graph lists in {@code /me/accounts}; {@code igId} null: no Instagram account linked. */
    public record Page(String id, String name, String token, List<String> tasks, String igId, String igUsername) {
    }

    /** Facebook Login codes → the user token they exchange for; user tokens → the Pages the user manages. */
    private static final Map<String, String> FACEBOOK_CODES = new ConcurrentHashMap<>();
    private static final Map<String, List<Page>> MANAGED_PAGES = new ConcurrentHashMap<>();

    /**
     * Facebook Login as Graph answers it: the token endpoint ({@code /oauth/facebook/token} and
     * {@code /oauth/instagram/token}, both Facebook Login) exchanges {@code code} once for {@code userToken}
     * ({@code {"access_token","token_type":"bearer","expires_in"}}), and {@code GET /graph/v23.0/me/accounts} with that
     * token lists {@code pages} ({@code data[]} with the fields asked in {@code fields}, and {@code paging.cursors}).
     * Other codes and tokens get Graph's OAuthException (code 100, resp. 190).
     */
    public static void facebookLogin(String code, String userToken, Page... pages) {
        FACEBOOK_CODES.put(code, userToken);
        MANAGED_PAGES.put(userToken, List.of(pages));
    }

    private static Answer facebookToken(Map<String, String> form, String network) {
        if (!("parley-" + network + "-client").equals(form.get("client_id"))
                || !("parley-" + network + "-client-secret").equals(form.get("client_secret"))) {
            return Answer.of(400, "{\"error\":{\"message\":\"Error validating client secret.\",\"type\":"
                    + "\"OAuthException\",\"code\":1,\"fbtrace_id\":\"AbCdEfGh1\"}}");
        }
        String token = FACEBOOK_CODES.remove(form.getOrDefault("code", ""));
        if (token == null) {
            return Answer.of(400, "{\"error\":{\"message\":\"Invalid verification code format.\",\"type\":"
                    + "\"OAuthException\",\"code\":100,\"fbtrace_id\":\"AbCdEfGh2\"}}");
        }
        return Answer.of(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}");
    }

    private static Answer meAccounts(String query, Map<String, String> headers) {
        String auth = headers.getOrDefault("Authorization", "");
        List<Page> pages = auth.startsWith("Bearer ") ? MANAGED_PAGES.get(auth.substring(7)) : null;
        if (pages == null) {
            return Answer.of(400, "{\"error\":{\"message\":\"Invalid OAuth access token - Cannot parse access "
                    + "token\",\"type\":\"OAuthException\",\"code\":190,\"fbtrace_id\":\"AbCdEfGh3\"}}");
        }
        String fields = form(query == null ? "" : query).getOrDefault("fields", "id,name");
        List<String> asked = List.of(fields.replaceAll("\\{[^}]*}", "").split(","));
        StringBuilder data = new StringBuilder();
        for (Page p : pages) {
            var page = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
            if (asked.contains("access_token")) {
                page.put("access_token", p.token());
            }
            if (asked.contains("name")) {
                page.put("name", p.name());
            }
            if (asked.contains("tasks")) {
                p.tasks().forEach(page.putArray("tasks")::add);
            }
            if (asked.contains("instagram_business_account") && p.igId() != null) {
                page.putObject("instagram_business_account").put("id", p.igId()).put("username", p.igUsername());
            }
            page.put("id", p.id());
            data.append(data.isEmpty() ? "" : ",").append(page);
        }
        return Answer.of(200, "{\"data\":[" + data + "],\"paging\":{\"cursors\":{\"before\":\"QVFIUmxtX0\","
                + "\"after\":\"QVFIUkZAHY1\"}}}");
    }

    /** The network's refresh grant, as its docs describe the request, the answer and the error. */
    private static Answer refreshGrant(String network, Map<String, String> form, Map<String, String> headers) {
        String clientOk = "x".equals(network)
                ? "Basic " + java.util.Base64.getEncoder().encodeToString(("parley-x-client:parley-x-client-secret")
                        .getBytes(StandardCharsets.UTF_8))
                : null;
        boolean client = "x".equals(network) ? clientOk.equals(headers.getOrDefault("Authorization", ""))
                : ("parley-" + network + "-client").equals(form.get("tiktok".equals(network) ? "client_key"
                        : "client_id")) && ("parley-" + network + "-client-secret").equals(form.get("client_secret"));
        if (!client) {
            return Answer.of(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication "
                    + "failed\"}");
        }
        String account = REFRESHABLE.computeIfAbsent(network, k -> new ConcurrentHashMap<>())
                .remove(form.getOrDefault("refresh_token", ""));
        if (account == null) {
            return "x".equals(network)
                    ? Answer.of(400, "{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the "
                            + "token was invalid.\"}")
                    : Answer.of(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token is "
                            + "invalid or expired.\",\"log_id\":\"20261206" + ISSUED.incrementAndGet() + "\"}");
        }
        long n = ISSUED.incrementAndGet();
        String access = network + "-refreshed-access-" + n;
        String refresh = network + "-refresh-" + n;
        refreshable(network, refresh, account);
        return "x".equals(network)
                ? Answer.of(200, "{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"" + access
                        + "\",\"scope\":\"tweet.read users.read offline.access\",\"refresh_token\":\"" + refresh
                        + "\"}")
                : Answer.of(200, "{\"access_token\":\"" + access + "\",\"expires_in\":86400,\"open_id\":\""
                        + account + "\",\"refresh_expires_in\":31536000,\"refresh_token\":\"" + refresh
                        + "\",\"scope\":\"user.info.basic,video.list\",\"token_type\":\"Bearer\"}");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** What was received at {@code path}, in order. */
    public static List<Received> received(String path) {
        return RECEIVED.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            int closedPort;
            try (ServerSocket probe = new ServerSocket(0)) {
                closedPort = probe.getLocalPort();
            }
            workers = Executors.newCachedThreadPool();
            server.setExecutor(workers);
            server.createContext("/", FakePlatform::handle);
            server.start();
            String root = "http://127.0.0.1:" + server.getAddress().getPort();
            Map<String, String> config = new LinkedHashMap<>();
            for (String platform : List.of("x", "telegram", "vk", "youtube", "linkedin", "tiktok")) {
                config.put("parley.ingest.outbound.base-url." + platform, root + "/" + platform);
            }
            config.put("parley.ingest.outbound.base-url.facebook", root + "/graph");
            config.put("parley.ingest.outbound.base-url.instagram", "http://127.0.0.1:" + closedPort);
            config.put("parley.ingest.mentions.graph-url", root + "/graph");
            // The OAuth connect flow's networks: consent page, token endpoint and account read on this server.
            for (String network : List.of("x", "tiktok", "facebook", "instagram")) {
                String p = "parley.ingest.oauth.networks." + network + ".";
                config.put(p + "authorize-url", root + "/oauth/" + network + "/authorize");
                config.put(p + "token-url", root + "/oauth/" + network + "/token");
                config.put(p + "client-id", "parley-" + network + "-client");
                config.put(p + "client-secret", "parley-" + network + "-client-secret");
            }
            config.put("parley.ingest.oauth.networks.x.account-url", root + "/x/2/users/me");
            config.put("parley.ingest.oauth.networks.facebook.account-url", root
                    + "/graph/v23.0/me/accounts?fields=id,name,access_token,tasks");
            config.put("parley.ingest.oauth.networks.instagram.account-url", root
                    + "/graph/v23.0/me/accounts?fields=id,name,access_token,tasks,instagram_business_account%7Bid,username%7D");
            return config;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake platform", e);
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        String path = exchange.getRequestURI().getRawPath();
        RECEIVED.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers,
                body));
        Deque<Answer> queue = SCRIPT.get(path);
        Answer answer;
        if (queue == null) {
            answer = null;
        } else {
            synchronized (queue) {
                answer = queue.poll();
            }
        }
        if (answer == null && path.startsWith("/oauth/") && path.endsWith("/token")
                && "refresh_token".equals(form(body).get("grant_type"))) {
            answer = refreshGrant(path.substring("/oauth/".length(), path.length() - "/token".length()), form(body),
                    headers);
        }
        if (answer == null && (path.equals("/oauth/facebook/token") || path.equals("/oauth/instagram/token"))) {
            answer = facebookToken(form(body), path.substring("/oauth/".length(), path.length() - "/token".length()));
        }
        if (answer == null && path.equals("/graph/v23.0/me/accounts")) {
            answer = meAccounts(exchange.getRequestURI().getRawQuery(), headers);
        }
        if (answer == null) {
            answer = Answer.of(404, "{\"error\":{\"message\":\"nothing scripted for " + path + "\",\"code\":803}}");
        }
        try {
            if (!answer.delay().isZero()) {
                Thread.sleep(answer.delay().toMillis());
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the gateway stopped waiting (its timeout): nothing to answer
        } finally {
            exchange.close();
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            workers.shutdownNow();
        }
    }
}
