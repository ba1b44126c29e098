package io.parley.devstack.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.parley.devstack.infra.Endpoints;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Makes sure the realm has inbox-service's own client ({@code parley-inbox}, a service account that may read the
 * realm's users and groups): the inbox's people directory asks Keycloak who can see a brand, for @mention
 * autocomplete and to refuse a mention of anyone else. The realm file has it
 * ({@code devstack/keycloak/parley-realm.json}); a Keycloak that imported an older realm file (a shared test
 * infrastructure started before the client existed) gets it here, as an operator would add it. Idempotent.
 */
public final class InboxDirectoryClient {

    public static final String CLIENT_ID = "parley-inbox";
    /** The local stack's and the tests' secret; production sets its own (docs/operations.md). */
    public static final String LOCAL_SECRET = "parley-inbox-secret";
    static final List<String> ROLES = List.of("view-users", "query-users", "query-groups");

    private static volatile boolean ensured;

    private InboxDirectoryClient() {
    }

    /** Adds the client and its service account's roles when they are missing; once per JVM. */
    public static synchronized void ensure(Endpoints infra) throws IOException {
        if (ensured) {
            return;
        }
        KeycloakAdmin admin = new KeycloakAdmin(infra);
        JsonNode found = admin.get("/clients?clientId=" + CLIENT_ID, "find " + CLIENT_ID);
        if (!found.isArray() || found.isEmpty()) {
            admin.post("/clients", Map.of("clientId", CLIENT_ID, "name", "inbox-service (people directory)",
                    "enabled", true, "publicClient", false, "secret", LOCAL_SECRET, "serviceAccountsEnabled", true,
                    "standardFlowEnabled", false, "directAccessGrantsEnabled", false), "create " + CLIENT_ID);
            found = admin.get("/clients?clientId=" + CLIENT_ID, "find " + CLIENT_ID);
        }
        String client = found.get(0).path("id").asText();
        String account = admin.get("/clients/" + client + "/service-account-user", "service account of "
                + CLIENT_ID).path("id").asText();
        String realmManagement = admin.get("/clients?clientId=realm-management", "find realm-management").get(0)
                .path("id").asText();
        ArrayNode roles = KeycloakAdmin.JSON.createArrayNode();
        for (String role : ROLES) {
            roles.add(admin.get("/clients/" + realmManagement + "/roles/" + role, "role " + role));
        }
        admin.post("/users/" + account + "/role-mappings/clients/" + realmManagement, roles,
                "give " + CLIENT_ID + " " + ROLES);
        ensured = true;
    }
}
