package io.parley.devstack;

import io.parley.devstack.infra.Endpoints;
import io.parley.devstack.infra.TestInfrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Real access tokens from the harness's Keycloak: a demo user's (password grant through the demo
 * realm's public {@code parley-cli} client; the password is the user name) or the integrator's
 * (client credentials). Tokens are cached for a minute; they live fifteen.
 */
public final class Tokens {

    public static final String CLI_CLIENT = "parley-cli";
    public static final String INTEGRATOR_CLIENT = "parley-integrator";
    public static final String INTEGRATOR_SECRET = "parley-integrator-secret";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, long fetchedAt) {
    }

    private Tokens() {
    }

    /** A demo user's access token; the demo realm's password equals the user name. */
    public static String forUser(String user) {
        return forUser(TestInfrastructure.endpoints(), user, user);
    }

    public static String forUser(Endpoints endpoints, String user, String password) {
        return cached("user:" + user, () -> request(endpoints, Map.of("grant_type", "password",
                "client_id", CLI_CLIENT, "username", user, "password", password, "scope", "openid")));
    }

    /** The integrator client's token (client-credentials grant). */
    public static String forIntegrator() {
        return forIntegrator(TestInfrastructure.endpoints());
    }

    public static String forIntegrator(Endpoints endpoints) {
        return cached("integrator", () -> request(endpoints, Map.of("grant_type", "client_credentials",
                "client_id", INTEGRATOR_CLIENT, "client_secret", INTEGRATOR_SECRET)));
    }

    /** "Bearer &lt;token&gt;" for an Authorization header. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        Cached c = CACHE.get(key);
        if (c != null && System.currentTimeMillis() - c.fetchedAt < 60_000) {
            return c.token;
        }
        String token = fetch.get();
        CACHE.put(key, new Cached(token, System.currentTimeMillis()));
        return token;
    }

    private static String request(Endpoints endpoints, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoints.realmUrl()
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher m = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("Keycloak refused the token request (" + response.statusCode() + "): "
                        + response.body());
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Keycloak at " + endpoints.keycloak(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
