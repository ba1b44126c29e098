package io.parley.devstack.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.devstack.infra.Endpoints;

import java.io.IOException;

/**
 * Lets Keycloak send users back to a console on a port chosen at run time. Keycloak accepts a
 * wildcard only at the end of a redirect URI's path ({@code http://localhost:8080/*}), never in the
 * port, so a console on a free port is registered by its exact origin through the admin API
 * ({@code admin}/{@code admin}, the local Keycloak's bootstrap administrator), as an operator would in
 * the admin console.
 */
public final class ConsoleClientRegistration {

    public static final String CLIENT_ID = "parley-console";

    private final KeycloakAdmin admin;

    public ConsoleClientRegistration(Endpoints infra) {
        this.admin = new KeycloakAdmin(infra);
    }

    /** Adds {@code origin + "/*"} to the client's redirect and post-logout URIs, and the origin to its web origins. */
    public void allow(String origin) throws IOException {
        JsonNode found = admin.get("/clients?clientId=" + CLIENT_ID, "find " + CLIENT_ID);
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
        admin.put("/clients/" + client.path("id").asText(), client, "update " + CLIENT_ID);
    }

    private static void addOnce(ArrayNode array, String value) {
        for (JsonNode n : array) {
            if (n.asText().equals(value)) {
                return;
            }
        }
        array.add(value);
    }
}
