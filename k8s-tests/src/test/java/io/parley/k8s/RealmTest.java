package io.parley.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production realm the Job applies (keycloak/parley-realm.json, rendered into the ConfigMap keycloak-realm) has
 * the roles and the brands claim every service relies on — the same as the local stack's realm
 * (devstack/keycloak/parley-realm.json) — and none of the demo's users, password grant or literal secrets.
 */
class RealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode prodRealm() throws IOException {
        JsonNode cm = Overlays.ofKind(Overlays.PROD, "ConfigMap").stream()
                .filter(c -> Overlays.name(c).startsWith("keycloak-realm")).findFirst().orElseThrow();
        return JSON.readTree(cm.path("data").path("parley-realm.json").asText());
    }

    private static JsonNode localRealm() throws IOException {
        return JSON.readTree(Overlays.root().resolve("devstack/keycloak/parley-realm.json").toFile());
    }

    @Test
    void theRolesAndTheBrandsClaimAreThoseOfTheLocalRealm() throws IOException {
        JsonNode prod = prodRealm();
        JsonNode local = localRealm();
        assertEquals(local.path("realm").asText(), prod.path("realm").asText());
        assertEquals(names(local.path("roles").path("realm")), names(prod.path("roles").path("realm")));
        for (String client : Set.of("parley-console", "parley-integrator")) {
            assertEquals(client(local, client).path("protocolMappers"), client(prod, client).path("protocolMappers"),
                    client + " maps the brands claim as locally");
        }
        assertEquals("S256", client(prod, "parley-console").path("attributes").path("pkce.code.challenge.method").asText());
    }

    @Test
    void noDemoUserPasswordGrantOrSecret() throws IOException {
        JsonNode prod = prodRealm();
        for (JsonNode user : prod.path("users")) {
            assertTrue(user.has("serviceAccountClientId"), "a person in the production realm: " + user.path("username"));
            assertTrue(user.path("credentials").isMissingNode(), "credentials in the realm file");
        }
        for (JsonNode client : prod.path("clients")) {
            assertTrue(!client.path("directAccessGrantsEnabled").asBoolean(false),
                    client.path("clientId").asText() + " allows the password grant");
            if (client.has("secret")) {
                assertTrue(client.path("secret").asText().matches("\\$\\(env:[A-Z_]+\\)"),
                        client.path("clientId").asText() + " has a literal secret");
            }
            for (JsonNode uri : client.path("redirectUris")) {
                assertTrue(uri.asText().startsWith("https://"), "redirect over http: " + uri);
            }
        }
        assertTrue(!"none".equals(prod.path("sslRequired").asText()), "TLS required for external requests");
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals(clientId)) {
                return c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static Set<String> names(JsonNode list) {
        Set<String> names = new TreeSet<>();
        list.forEach(n -> names.add(n.path("name").asText()));
        return names;
    }
}
