package io.parley.inbox.outages;

import io.parley.contracts.Topics;
import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.infra.Endpoints;
import io.parley.devstack.infra.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.InboxScenarios.awaitConversationOf;
import static io.parley.inbox.InboxScenarios.comment;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 18 item 12: the inbox's database goes away while comments arrive. The intake waits — it neither sets the
 * comments aside nor stops — readiness says so and liveness does not (Kubernetes must not restart the pod for it),
 * and once the database is back every comment lands, with nobody restarting anything.
 *
 * <p>The outage is real but confined to this test's own database: connections to it are refused
 * ({@code ALLOW_CONNECTIONS false}) and the open ones terminated, the way a restarting PostgreSQL refuses them; the
 * shared server and every other database keep running. The application reads in a consumer group of its own, so
 * no other inbox under test takes these comments.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabaseAndGroup.class)
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox_outage"), restrictToAnnotatedClass = true)
@QuarkusTestResource(StandardsStandIn.class)
class DatabaseOutageTest {

    private static final String GROUP = "inbox-service-outage-test";

    /** The database ParleyInfrastructure gives this class ("test_" + its database argument). */
    private static final String DATABASE = "test_inbox_outage";

    /** Its own consumer group, and quick figures so that the test does not wait long. */
    public static class OwnDatabaseAndGroup implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.connector.smallrye-kafka.group.id", GROUP,
                    // From now on: the shared broker's history of other tests is not this test's business.
                    "mp.messaging.connector.smallrye-kafka.auto.offset.reset", "latest",
                    "parley.consumers.longest-retry-delay", "1s",
                    "parley.consumers.unready-after", "1s");
        }
    }

    @AfterEach
    void databaseBack() throws SQLException {
        allowConnections(true);
    }

    @Test
    void commentsThatArriveWhileTheDatabaseIsAwayLandOnceItIsBack() throws Exception {
        awaitInteractionsAssigned();
        // The group reads from the end once assigned: the first comment is sent again (the same event: a redelivery
        // changes nothing) until it lands, so one sent in the moment before the group's position was set is no loss.
        String before = "t_" + UUID.randomUUID();
        var first = comment("acme", before, before, "Before the outage");
        String firstId = io.parley.contracts.StableIds.of("conversation", "acme", "facebook", "1234567890", before)
                .toString();
        String token = io.parley.devstack.Tokens.bearer(io.parley.devstack.Tokens.forUser("agent1"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            TestEvents.send("acme:facebook:" + before, first);
            return given().header("Authorization", token).get("/api/v1/conversations/" + firstId).statusCode() == 200;
        });

        List<String> threads = new ArrayList<>();
        try (EventTail deadLetters = EventTail.open(Topics.DEAD_LETTER)) {
            allowConnections(false);
            for (int i = 0; i < 5; i++) {
                String thread = "t_" + UUID.randomUUID();
                threads.add(thread);
                TestEvents.send("acme:facebook:" + thread, comment("acme", thread, thread, "Gdzie jest paczka? " + i));
            }
            // The consumer waits: readiness names it, liveness stays up.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                    .statusCode(503).body(containsString("inbox.interactions")));
            given().get("/q/health/live").then().statusCode(200);

            allowConnections(true);
            for (String thread : threads) {
                awaitConversationOf(thread);
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                    .statusCode(200));
            assertEquals(0, deadLetters.records().stream()
                    .filter(r -> threads.stream().anyMatch(t -> r.key() != null && r.key().endsWith(t))).count(),
                    "nothing set aside for an outage");
        }
    }

    /** Reading from the end: wait until the group holds parley.interactions.v1, so nothing sent next is skipped. */
    private static void awaitInteractionsAssigned() {
        java.util.Properties props = new java.util.Properties();
        props.put("bootstrap.servers", TestInfrastructure.endpoints().kafka());
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(props)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> admin.describeConsumerGroups(List.of(GROUP)).all().get()
                    .get(GROUP).members().stream().flatMap(m -> m.assignment().topicPartitions().stream())
                    .filter(tp -> tp.topic().equals(Topics.INTERACTIONS)).count() == 3);
        }
    }

    /** Refuses (and cuts) every connection to this test's database, or lets them in again. */
    private static void allowConnections(boolean allow) throws SQLException {
        Endpoints e = TestInfrastructure.endpoints();
        try (Connection c = DriverManager.getConnection(e.jdbcUrl("postgres"), e.dbUser(), e.dbPassword());
             Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS " + allow);
            if (!allow) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE
                        + "' AND pid <> pg_backend_pid()");
            }
        }
    }
}
