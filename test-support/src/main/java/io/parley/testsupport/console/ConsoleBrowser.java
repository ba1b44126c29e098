package io.parley.testsupport.console;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does for the web console, in plain HTTP: cookies kept per origin, no automatic
 * redirects, Keycloak's own login form posted. The console's tests and the end-to-end tests sign in
 * with it exactly as a user would (authorisation code with PKCE, a session cookie), without a browser.
 */
public final class ConsoleBrowser {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final Cookies cookies = new Cookies();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String origin;
    /** Sent to the console with every request when set, as a TLS-terminating proxy would ({@code https}). */
    private final String forwardedProto;
    private final List<String> consoleSetCookies = new CopyOnWriteArrayList<>();

    /** A browser for the console at {@code origin}, e.g. {@code http://localhost:8080}. */
    public ConsoleBrowser(String origin) {
        this(origin, null);
    }

    /** A browser reaching the console through a proxy that says the request came over {@code forwardedProto}. */
    public ConsoleBrowser(String origin, String forwardedProto) {
        this.origin = origin;
        this.forwardedProto = forwardedProto;
    }

    /**
     * Treats {@code otherOrigin} as another address of the same console — another replica behind the load balancer
     * that users reach by one name: this browser sends it the console's cookies (the session) and keeps what it sets
     * as the console's. A real browser does the same for two ports of one host: cookies do not tell ports apart.
     */
    public ConsoleBrowser alsoAt(String otherOrigin) {
        cookies.alias(URI.create(otherOrigin), URI.create(origin));
        return this;
    }

    /** Opens a console page, lands on Keycloak's login page, signs in there and follows the way back. */
    public ConsoleBrowser signIn(String user, String password) throws IOException, InterruptedException {
        String login = get(origin + "/bff/me").headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("the console did not send us to the login page"));
        return signIn(URI.create(login), user, password);
    }

    /** Posts the login form on Keycloak's page and follows the redirects back into the console. */
    public ConsoleBrowser signIn(URI login, String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get(login.toString());
        Matcher form = FORM_ACTION.matcher(page.body());
        if (page.statusCode() != 200 || !form.find()) {
            throw new IllegalStateException("no login form on Keycloak's page: " + page.statusCode());
        }
        String action = form.group(1).replace("&amp;", "&");
        HttpResponse<String> back = send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password)
                        + "&credentialId=")));
        if (back.statusCode() != 302) {
            throw new IllegalStateException("Keycloak did not accept the login of " + user + ": " + back.statusCode());
        }
        String next = back.headers().firstValue("Location").orElseThrow();
        for (int hops = 0; hops < 5 && next != null; hops++) {
            if (forwardedProto != null) {
                // The console behind its proxy names its public https address; the proxy is this client.
                next = next.replaceFirst("^https://localhost(:\\d+)?", origin);
            }
            if (!next.startsWith(origin) && !next.startsWith("/")) {
                throw new IllegalStateException("redirected away from the console: " + next);
            }
            HttpResponse<String> r = get(next.startsWith("/") ? origin + next : next);
            next = r.statusCode() == 302 ? r.headers().firstValue("Location").orElse(null) : null;
            if (r.statusCode() == 200) {
                return this;
            }
        }
        throw new IllegalStateException("signing in as " + user + " did not end on a console page");
    }

    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = withProxyHeader(request.build());
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (built.uri().toString().startsWith(origin)) {
            consoleSetCookies.addAll(response.headers().allValues("Set-Cookie"));
        }
        return response;
    }

    /** Sends with the session's cookies and hands the body over as a stream (e.g. server-sent events). */
    public HttpResponse<java.io.InputStream> stream(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(withProxyHeader(request.build()), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** The cookies a server at this address set, by name. */
    public Map<String, String> cookies(URI uri) {
        return cookies.of(uri);
    }

    /** Every Set-Cookie header the console sent, as sent (attributes included). */
    public List<String> consoleSetCookies() {
        return consoleSetCookies;
    }

    /** The underlying client, with this browser's cookies. */
    public HttpClient http() {
        return http;
    }

    private HttpRequest withProxyHeader(HttpRequest built) {
        if (forwardedProto != null && built.uri().toString().startsWith(origin)) {
            return HttpRequest.newBuilder(built, (name, value) -> true).header("X-Forwarded-Proto", forwardedProto)
                    .build();
        }
        return built;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Cookies per host and port, sent back whatever their Secure flag says (browsers treat http://localhost
     * as a secure context, and Keycloak marks its login cookies Secure; the JDK's CookieManager would drop
     * them on http).
     */
    private static final class Cookies extends CookieHandler {

        private final Map<String, Map<String, String>> byOrigin = new ConcurrentHashMap<>();
        /** Other addresses of one site, to the address whose cookies they share. */
        private final Map<String, String> aliases = new ConcurrentHashMap<>();

        void alias(URI other, URI site) {
            aliases.put(key(other), key(site));
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            Map<String, String> cookies = of(uri);
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            Map<String, String> cookies = byOrigin.computeIfAbsent(origin(uri), o -> new ConcurrentHashMap<>());
            responseHeaders.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    for (String value : values) {
                        for (HttpCookie cookie : HttpCookie.parse(value)) {
                            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                                cookies.remove(cookie.getName());
                            } else {
                                cookies.put(cookie.getName(), cookie.getValue());
                            }
                        }
                    }
                }
            });
        }

        Map<String, String> of(URI uri) {
            return new TreeMap<>(byOrigin.getOrDefault(origin(uri), Map.of()));
        }

        private String origin(URI uri) {
            String key = key(uri);
            return aliases.getOrDefault(key, key);
        }

        private static String key(URI uri) {
            return uri.getHost() + ":" + uri.getPort();
        }
    }
}
