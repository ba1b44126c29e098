package io.parley.platform.security;

import io.parley.devstack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * A service that starts while Keycloak is away: it is not ready, and a signed-in request is told to retry (503,
 * Retry-After), never answered 500 or told to sign in again; once Keycloak answers, the service fetches the keys by
 * itself (no request needed) and is ready; Keycloak going away again then stops nothing.
 */
@QuarkusTest
@TestProfile(IdentityProviderAwayTest.KeycloakAwayAtStart.class)
class IdentityProviderAwayTest {

    /** Only this class's infrastructure: the application reaches Keycloak through the switch, off at start. */
    public static class KeycloakAwayAtStart implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakBehindASwitch.class, Map.of("database", "platform")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @AfterAll
    static void keycloakBack() throws IOException {
        KeycloakBehindASwitch.off();
    }

    @Test
    void startedWithoutKeycloakItWaitsSaysRetryAndRecoversByItself() throws IOException {
        String agent = Tokens.bearer(Tokens.forUser("agent1"));

        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'identity-provider-keys' }.status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200);
        given().header("Authorization", agent).get("/api/probe/brands/acme").then()
                .statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", "10")
                .body("type", equalTo("/problems/unavailable"))
                .body("detail", equalTo("the identity provider cannot be reached to check the token; retry shortly"));

        KeycloakBehindASwitch.on();
        // No request is needed: the service asks for the keys by itself.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/q/health/ready").then()
                        .body("checks.find { it.name == 'identity-provider-keys' }.status", equalTo("UP")));
        given().header("Authorization", agent).get("/api/probe/brands/acme").then().statusCode(200)
                .body(equalTo("acme"));

        KeycloakBehindASwitch.off();
        given().header("Authorization", agent).get("/api/probe/brands/acme").then().statusCode(200);
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'identity-provider-keys' }.status", equalTo("UP"));
        given().header("Authorization", "Bearer " + agent.substring("Bearer ".length(), agent.length() - 4) + "AAAA")
                .get("/api/probe/brands/acme").then().statusCode(401);
        given().get("/q/health/ready").then().body("checks.name", hasItem("identity-provider-keys"))
                .body("checks.status", not(hasItem("DOWN")));
    }
}
