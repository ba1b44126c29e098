package io.parley.testsupport.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.testsupport.infra.Endpoints;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Lets Keycloak send users back to a console on a port chosen at run time. Keycloak accepts a
 * wildcard only at the end of a redirect URI's path ({@code http://localhost:8080/*}), never in the
 * port, so a console on a free port is registered by its exact origin through the admin API
 * ({@code admin}/{@code admin}, the local Keycloak's bootstrap administrator), as an operator would in
 * the admin console.
 */
public final class ConsoleClientRegistration {

    public static final String CLIENT_ID = "parley-console";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Endpoints infra;

    public ConsoleClientRegistration(Endpoints infra) {
        this.infra = infra;
    }

    /** Adds {@code origin + "/*"} to the client's redirect and post-logout URIs, and the origin to its web origins. */
    public void allow(String origin) throws IOException {
        String admin = adminToken();
        String clients = infra.keycloak() + "/admin/realms/" + Endpoints.REALM + "/clients";
        JsonNode found = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + CLIENT_ID))
                .header("Authorization", "Bearer " + admin).GET(), "find " + CLIENT_ID));
        if (!found.isArray() || found.isEmpty()) {
            throw new IOException("Keycloak realm " + Endpoints.REALM + " has no client " + CLIENT_ID);
        }
        ObjectNode client = (ObjectNode) found.get(0);
        String pattern = origin + "/*";
        addOnce(client.withArray("redirectUris"), pattern);
        addOnce(client.withArray("webOrigins"), origin);
        ObjectNode attributes = client.with("attributes");
        String logout = attributes.path("post.logout.redirect.uris").asText("");
        if (!("##" + logout + "##").contains("##" + pattern + "##")) {
            attributes.put("post.logout.redirect.uris", logout.isEmpty() ? pattern : logout + "##" + pattern);
        }
        send(HttpRequest.newBuilder(URI.create(clients + "/" + client.path("id").asText()))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))), "update " + CLIENT_ID);
    }

    private static void addOnce(ArrayNode array, String value) {
        for (JsonNode n : array) {
            if (n.asText().equals(value)) {
                return;
            }
        }
        array.add(value);
    }

    private String adminToken() throws IOException {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode("admin", StandardCharsets.UTF_8);
        String body = send(HttpRequest.newBuilder(URI.create(infra.keycloak()
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), "admin token");
        return JSON.readTree(body).path("access_token").asText();
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
