package io.parley.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end-to-end stack's Telegram Bot API: a local HTTP server the packaged ingest-service sends live bots' calls to
 * ({@code parley.ingest.outbound.base-url.telegram}; {@link RunningStack} starts it before the services), so that no
 * test reaches the real Telegram. It answers {@code POST /bot<token>/<method>} as Telegram does: a message sent
 * ({@code {"ok":true,"result":{"message_id":…,"chat":{"id":…}}}}), or, once the platform has {@link #revoke revoked}
 * the token, Telegram's own answer to a revoked or wrong bot token: HTTP 401
 * {@code {"ok":false,"error_code":401,"description":"Unauthorized"}}.
 */
public final class FakeTelegram {

    /** One call as Telegram received it: the method ({@code sendMessage}), whether its token was refused. */
    public record Call(String method, boolean refused, String body) {
    }

    private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)$");
    private static final Pattern CHAT = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?[0-9A-Za-z_@]+)\"?");

    private final HttpServer server;
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong messageIds = new AtomicLong(1000);

    private FakeTelegram(HttpServer server) {
        this.server = server;
    }

    /** Starts it on a free port of the loopback interface. */
    public static FakeTelegram start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        FakeTelegram fake = new FakeTelegram(server);
        server.createContext("/", fake::answer);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "fake-telegram");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return fake;
    }

    /** The Bot API's root as ingest-service is configured with it. */
    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The platform revokes {@code token} (the bot's owner revoked it in @BotFather): every call with it is 401. */
    public void revoke(String token) {
        revoked.add(token);
    }

    /** What reached it, oldest first (never the tokens). */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!path.matches()) {
                send(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            boolean refused = revoked.contains(path.group(1));
            calls.add(new Call(path.group(2), refused, body));
            if (refused) {
                send(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            Matcher chat = CHAT.matcher(body);
            String chatId = chat.find() ? chat.group(1) : "0";
            send(exchange, 200, "{\"ok\":true,\"result\":{\"message_id\":" + messageIds.incrementAndGet()
                    + ",\"chat\":{\"id\":" + (chatId.matches("-?[0-9]+") ? chatId : "\"" + chatId + "\"")
                    + "},\"date\":" + (System.currentTimeMillis() / 1000) + "}}");
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
