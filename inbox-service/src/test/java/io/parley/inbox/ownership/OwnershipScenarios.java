package io.parley.inbox.ownership;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.standards.StandardsCatalogueChanged;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;
import io.parley.testsupport.TestEvents;
import io.parley.devstack.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.parley.inbox.InboxScenarios.WAIT;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Scenarios of ownership and time: messages on any channel account, catalogues, teams. */
public final class OwnershipScenarios {

    private OwnershipScenarios() {
    }

    public static String bearer(String user) {
        return Tokens.bearer(Tokens.forUser(user));
    }

    /** A new top-level message on a channel account of acme, heard at {@code observedAt}; returns the conversation id. */
    public static String messageArrives(Platform platform, String account, String text, String language,
            String moment, Instant observedAt) {
        String thread = "t_" + UUID.randomUUID();
        InteractionSignals signals = language == null && moment == null ? null
                : new InteractionSignals(language, 0.9, moment, 0.9, false, 0, false, 0, "neutral", 0, "test", List.of());
        InteractionReceived received = new InteractionReceived(StableIds.of(platform.id(), account, thread), platform,
                account, InteractionKind.COMMENT, thread, "post_" + thread, "post_" + thread, thread,
                new Author("a_" + thread, "Γιώργος Παπαδόπουλος", null), text, null, observedAt, signals);
        TestEvents.send("acme:" + platform.id() + ":" + thread, Event.of(UUID.randomUUID(), "ingest-service", "acme",
                "acme:" + platform.id() + ":" + thread, observedAt, observedAt, received));
        String id = StableIds.of("conversation", "acme", platform.id(), account, thread).toString();
        await().atMost(WAIT).until(() -> given().header("Authorization", bearer("agent1"))
                .get("/api/v1/conversations/" + id + "/ownership").statusCode() == 200);
        return id;
    }

    public static JsonPath ownership(String id) {
        return given().header("Authorization", bearer("agent1")).get("/api/v1/conversations/" + id + "/ownership")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Publishes section 9 of acme's catalogue as standards-service does, and waits until the inbox has it. */
    public static long publishTargets(String responseTargets, EntityManager em) {
        long version = System.currentTimeMillis();
        try {
            StandardsCatalogueChanged changed = new StandardsCatalogueChanged(version, Instant.now(), "manager1",
                    "test", EventJson.mapper().readTree("{\"responseTargets\":" + responseTargets + "}"));
            TestEvents.send(StandardsCatalogueChanged.key("acme"), Event.of(UUID.randomUUID(), "standards-service",
                    "acme", "acme", Instant.now(), Instant.now(), changed));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        await().atMost(WAIT).until(() -> {
            List<?> v = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "SELECT version FROM catalogue_targets WHERE brand = 'acme'").getResultList());
            return !v.isEmpty() && ((Number) v.get(0)).longValue() == version;
        });
        return version;
    }

    /** The demo's targets, around the clock: what the other tests of the module expect. */
    public static final String AROUND_THE_CLOCK = """
            {"defaultMinutes":60,"timeZone":"Europe/Warsaw","hours":{"mode":"always","days":[]},"holidays":[],
             "targets":[{"channel":"facebook","momentOfTruth":"first-response","priority":"normal","minutes":30}]}""";

    /** Puts a team of acme as a manager; returns the response's status. */
    public static int putTeam(String name, String body) {
        return given().header("Authorization", bearer("manager1")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/brands/acme/teams/" + name).then().extract().statusCode();
    }

    /** A member on duty around the clock. */
    public static String always(String user) {
        return "{\"user\":\"" + user + "\",\"schedule\":[{\"days\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\","
                + "\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"],\"from\":\"00:00\",\"to\":\"00:00\",\"timeZone\":\"UTC\"}]}";
    }

    /** A member never on duty now: a one-minute shift half a day away. */
    public static String offDuty(String user) {
        java.time.ZonedDateTime away = Instant.now().plus(java.time.Duration.ofHours(12)).atZone(java.time.ZoneOffset.UTC);
        String from = String.format("%02d:%02d", away.getHour(), away.getMinute());
        String to = String.format("%02d:%02d", away.plusMinutes(1).getHour(), away.plusMinutes(1).getMinute());
        return "{\"user\":\"" + user + "\",\"schedule\":[{\"days\":[\"" + away.getDayOfWeek() + "\"],\"from\":\""
                + from + "\",\"to\":\"" + to + "\",\"timeZone\":\"UTC\"}]}";
    }

    /** acme's default team "care": agent1 around the clock, manager1 its manager (as the demo has it). */
    public static void defaultCareTeam() {
        putTeam("care", "{\"strategy\":\"round-robin\",\"default\":true,\"managers\":[\"manager1\"],\"members\":["
                + always("agent1") + "]}");
    }
}
