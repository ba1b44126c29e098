package io.parley.devstack.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.devstack.infra.TestInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Real people of the test realm made for one test: a Keycloak user in a brand's group with realm roles, as an administrator adds a colleague, and removed again when the test is done — for tests that need
 * people nobody else's test touches (a member with no conversations yet), without growing the realm's brands. The
 * password is the user name, as the demo users' ({@code Tokens.forUser(user)}).
 */
public final class RealmUsers {

    private RealmUsers() {
    }

    /** Adds the user to the brand's group with these realm roles; returns the user name. */
    public static String create(String user, String brand, String... roles) {
        try {
            KeycloakAdmin admin = new KeycloakAdmin(TestInfrastructure.endpoints());
            admin.post("/users", Map.of("username", user, "enabled", true, "firstName", user, "lastName", "Test",
                    "email", user + "@example.test", "emailVerified", true,
                    "credentials", List.of(Map.of("type", "password", "value", user, "temporary", false))),
                    "create user " + user);
            String id = idOf(admin, user);
            for (JsonNode g : admin.get("/groups?exact=true&search=" + brand, "group " + brand)) {
                if (brand.equals(g.path("name").asText())) {
                    admin.put("/users/" + id + "/groups/" + g.path("id").asText(), Map.of(), "join " + brand);
                }
            }
            List<JsonNode> mappings = new ArrayList<>();
            for (String role : roles) {
                mappings.add(admin.get("/roles/" + role, "role " + role));
            }
            admin.post("/users/" + id + "/role-mappings/realm", mappings, "roles of " + user);
            return user;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the user (nothing when there is none). */
    public static void delete(String user) {
        try {
            KeycloakAdmin admin = new KeycloakAdmin(TestInfrastructure.endpoints());
            JsonNode found = admin.get("/users?exact=true&username=" + user, "find " + user);
            for (JsonNode u : found) {
                admin.delete("/users/" + u.path("id").asText(), "delete " + user);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String idOf(KeycloakAdmin admin, String user) throws IOException {
        JsonNode found = admin.get("/users?exact=true&username=" + user, "find " + user);
        if (!found.isArray() || found.isEmpty()) {
            throw new IOException("user " + user + " was not created");
        }
        return found.get(0).path("id").asText();
    }
}
