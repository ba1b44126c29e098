package io.parley.devstack.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.devstack.infra.Endpoints;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The local Keycloak's admin API as its bootstrap administrator ({@code admin}/{@code admin}), for what an operator
 * would do by hand in the admin console after the realm was imported: register a console's address, give a
 * service its client. Paths are relative to the Parley realm's admin root ({@code /admin/realms/parley}).
 */
final class KeycloakAdmin {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Endpoints infra;
    private String token;

    KeycloakAdmin(Endpoints infra) {
        this.infra = infra;
    }

    JsonNode get(String path, String what) throws IOException {
        String body = send(request(path).GET(), what);
        return body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
    }

    void post(String path, Object body, String what) throws IOException {
        send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), what);
    }

    void put(String path, Object body, String what) throws IOException {
        send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), what);
    }

    void delete(String path, String what) throws IOException {
        send(request(path).DELETE(), what);
    }

    private HttpRequest.Builder request(String path) throws IOException {
        return HttpRequest.newBuilder(URI.create(infra.keycloak() + "/admin/realms/" + Endpoints.REALM + path))
                .header("Authorization", "Bearer " + adminToken());
    }

    private String adminToken() throws IOException {
        if (token == null) {
            String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                    + URLEncoder.encode("admin", StandardCharsets.UTF_8);
            String body = send(HttpRequest.newBuilder(URI.create(infra.keycloak()
                            + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)), "admin token");
            token = JSON.readTree(body).path("access_token").asText();
        }
        return token;
    }

    private String send(HttpRequest.Builder request, String what) throws IOException {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 300) {
                throw new IOException("Keycloak admin API, " + what + ": " + response.statusCode() + " "
                        + response.body());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
