package io.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A brand a benchmark can fill and throw away: a Keycloak group of the stack's realm (group membership is the token's
 * {@code brands} claim) and a manager in it whose password is the user name, made through the stack's Keycloak admin
 * API as its bootstrap administrator ({@code admin}/{@code admin}). Idempotent; the stack re-imports the realm on its
 * next start, which removes both.
 */
final class ThrowawayBrand {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ThrowawayBrand() {
    }

    static void ensure(String keycloak, String brand, String user) throws IOException, InterruptedException {
        String admin = adminToken(keycloak);
        String realm = keycloak + "/admin/realms/parley";
        send(admin, "POST", realm + "/groups", Map.of("name", brand), "group " + brand);
        JsonNode found = JSON.readTree(send(admin, "GET", realm + "/users?exact=true&username=" + user, null,
                "user " + user));
        if (found.isEmpty()) {
            send(admin, "POST", realm + "/users", Map.of("username", user, "enabled", true, "emailVerified", true,
                    "email", user + "@bench.example", "firstName", "Bench", "lastName", "Import",
                    "groups", List.of("/" + brand), "credentials", List.of(Map.of("type", "password", "value", user,
                            "temporary", false))), "user " + user);
            found = JSON.readTree(send(admin, "GET", realm + "/users?exact=true&username=" + user, null, "user"));
        }
        String id = found.get(0).path("id").asText();
        JsonNode manager = JSON.readTree(send(admin, "GET", realm + "/roles/manager", null, "role manager"));
        send(admin, "POST", realm + "/users/" + id + "/role-mappings/realm", List.of(manager), "manager role");
    }

    private static String adminToken(String keycloak) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode("admin", StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(response.body());
        if (!answer.hasNonNull("access_token")) {
            throw new IOException("Keycloak's admin token: " + response.statusCode() + " " + response.body());
        }
        return answer.get("access_token").asText();
    }

    /** A call to the admin API; 409 (exists already) counts as done. */
    private static String send(String token, String method, String url, Object body, String what)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && response.statusCode() != 409) {
            throw new IOException("Keycloak admin API, " + what + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
