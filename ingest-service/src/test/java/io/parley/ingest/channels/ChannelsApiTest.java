package io.parley.ingest.channels;

import io.parley.ingest.outbound.FakePlatform;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.testsupport.EventTail;
import io.parley.devstack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Channel accounts are managed at /api/v1/channels; webhooks follow the directory at once. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class ChannelsApiTest {

    private static final String MANAGER = Tokens.bearer(Tokens.forUser("manager1"));
    private static final String SECRETS_DIR = System.getProperty("java.io.tmpdir") + "/parley-ingest-channel-secrets";

    /** Bots left by an earlier run on the same database would share the test secret; remove them first. */
    @org.junit.jupiter.api.BeforeEach
    void removeBotsOfEarlierRuns() {
        List<String> ids = given().header("Authorization", MANAGER).get("/api/v1/channels?brand=acme").then()
                .statusCode(200).extract().path("items.findAll { it.secrets.any { s -> "
                        + "s.reference == 'config:parley.channel-secrets.test.support-bot' } }.id");
        ids.forEach(id -> given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id)
                .then().statusCode(204));
    }

    private static String botId() {
        return "79" + (System.nanoTime() % 100_000_000L);
    }

    private static String telegramUpdate(String marker) {
        int id = (int) (System.nanoTime() % 1_000_000_000);
        return """
                {"update_id":%d,"message":{"message_id":%d,"date":1763900000,"text":"Γεια σας %s",
                "chat":{"id":777,"type":"private","first_name":"Ελένη"},
                "from":{"id":777,"is_bot":false,"first_name":"Ελένη"}}}""".formatted(id, id, marker);
    }

    private static ExtractableResponse<Response> connectBot(String botId) {
        return given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "telegram", "accountId", botId, "name", "Support bot ✉",
                        "secrets", Map.of("secretToken", "config:parley.channel-secrets.test.support-bot")))
                .post("/api/v1/channels").then().statusCode(201).extract();
    }

    @Test
    void aConnectedBotIsHeardAtOnceAndAPausedOneIsRefused() {
        String bot = botId();
        ExtractableResponse<Response> created = connectBot(bot);
        String id = created.path("id");
        assertEquals("Support bot ✉", created.path("name"));
        assertEquals("sandbox", created.path("mode"));
        assertTrue(created.header("Location").endsWith("/api/v1/channels/" + id));

        String marker = UUID.randomUUID().toString();
        byte[] raw = telegramUpdate(marker).getBytes(StandardCharsets.UTF_8);
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            given().contentType("application/json").header("X-Telegram-Bot-Api-Secret-Token", "support-bot-secret")
                    .body(raw).post("/webhooks/telegram").then().statusCode(200).body("interactions", equalTo(1));
            Event<InteractionReceived> heard = interactions.awaitEvent(InteractionReceived.class,
                    e -> e.data().text().endsWith(marker), Duration.ofSeconds(15));
            assertEquals(bot, heard.data().channelAccountId());
            assertEquals("Γεια σας " + marker, heard.data().text());
            assertEquals("acme", heard.brand());
        }

        given().header("Authorization", MANAGER).contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("name", "Support bot ✉", "enabled", false,
                        "secrets", Map.of("secretToken", "config:parley.channel-secrets.test.support-bot")))
                .put("/api/v1/channels/" + id).then().statusCode(200).body("enabled", equalTo(false))
                .body("version", equalTo(2)).header("ETag", containsString("2"));
        given().contentType("application/json").header("X-Telegram-Bot-Api-Secret-Token", "support-bot-secret")
                .body(raw).post("/webhooks/telegram").then().statusCode(401);

        given().header("Authorization", MANAGER).contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("enabled", true, "secrets", Map.of("secretToken", "config:parley.channel-secrets.test.support-bot")))
                .put("/api/v1/channels/" + id).then().statusCode(412)
                .body("type", equalTo("/problems/precondition-failed"));

        given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id).then().statusCode(204);
        given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then().statusCode(404);
    }

    @Test
    void secretsAreReferencesAndNeverComeBackAsValues() {
        String bot = botId();
        String id = connectBot(bot).path("id");
        String body = given().header("Authorization", MANAGER).get("/api/v1/channels/" + id).then().statusCode(200)
                .body("secrets[0].name", equalTo("secretToken"))
                .body("secrets[0].reference", equalTo("config:parley.channel-secrets.test.support-bot"))
                .body("secrets[0].available", equalTo(true))
                .extract().asString();
        assertFalse(body.contains("support-bot-secret"), body);
        given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id).then().statusCode(204);

        // A value pasted where a reference belongs is refused, and not echoed back whole.
        String pasted = "s3cr3t-value-pasted-by-mistake";
        String refusal = given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "telegram", "accountId", botId(),
                        "secrets", Map.of("secretToken", pasted)))
                .post("/api/v1/channels").then().statusCode(400)
                .body("errors.field", hasItem("secrets.secretToken"))
                .extract().asString();
        assertFalse(refusal.contains(pasted), refusal);
    }

    /**
     * Issue 18, item 9: a secret reference must point into the channel secret stores. {@code file:/etc/passwd}
     * was answered {@code available: true}, and any configuration key of the service could be named.
     */
    @Test
    void secretReferencesOutsideTheChannelSecretStoresAreRefused() throws Exception {
        String bot = botId();
        for (String outside : new String[] {"file:/etc/passwd", "file:/proc/self/environ",
                "file:" + SECRETS_DIR + "/../../../../etc/passwd", "config:quarkus.datasource.password",
                "config:parley.ingest.meta.app-secret", "env:PATH", "env:QUARKUS_DATASOURCE_PASSWORD"}) {
            given().header("Authorization", MANAGER).contentType("application/json")
                    .body(Map.of("brand", "acme", "platform", "telegram", "accountId", bot,
                            "secrets", Map.of("secretToken", outside)))
                    .post("/api/v1/channels").then().statusCode(422)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("/problems/unprocessable"))
                    .body("errors.field", hasItem("secrets.secretToken"))
                    .body("detail", not(containsString("root:")));
        }
        given().header("Authorization", MANAGER).get("/api/v1/channels?brand=acme").then().statusCode(200)
                .body("items.accountId", not(hasItem(bot)));

        // Inside the stores: a file in the channel secrets directory, an env var with the prefix, a config key.
        Path dir = Files.createDirectories(Path.of(SECRETS_DIR));
        Path file = Files.writeString(dir.resolve("bot-" + bot), "file-secret-" + bot);
        String id = given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "telegram", "accountId", bot,
                        "secrets", Map.of("secretToken", "file:" + file, "botToken", "env:PARLEY_CHANNEL_SECRETS_UNSET")))
                .post("/api/v1/channels").then().statusCode(201)
                .body("health.state", equalTo("healthy")).body("health.reason", org.hamcrest.Matchers.nullValue())
                .body("secrets.find { it.name == 'secretToken' }.available", equalTo(true))
                .body("secrets.find { it.name == 'botToken' }.available", equalTo(false))
                .extract().path("id");
        try {
            // A link inside the directory that leads out of it is not read.
            Path link = dir.resolve("link-" + bot);
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of("/etc/hostname"));
            given().header("Authorization", MANAGER).header("If-Match", "\"1\"").contentType("application/json")
                    .body(Map.of("secrets", Map.of("secretToken", "file:" + link)))
                    .put("/api/v1/channels/" + id).then().statusCode(200)
                    .body("secrets.find { it.name == 'secretToken' }.available", equalTo(false));
        } finally {
            given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id).then().statusCode(204);
        }
    }

    @Test
    void accountsDeclaredInConfigurationResolveTheirSecretsFromTheStore() {
        given().header("Authorization", MANAGER).get("/api/v1/channels?brand=acme").then().statusCode(200)
                .body("items.find { it.platform == 'telegram' && it.accountId == '7000000001' }.secrets[0].reference",
                        equalTo("config:parley.channel-secrets.telegram.7000000001.secretToken"))
                .body("items.find { it.platform == 'forum' && it.accountId == 'acme-forum' }.secrets[0].reference",
                        equalTo("config:parley.channel-secrets.forum.acme-forum.signingSecret"))
                .body("items.find { it.platform == 'forum' && it.accountId == 'acme-forum' }.secrets[0].available",
                        equalTo(true));
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "rss", "accountId", "acme-blog-" + botId(),
                        "settings", Map.of("feedUrl", "ftp://example.org/feed", "pollSeconds", "5", "colour", "red")))
                .post("/api/v1/channels").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors.field", hasItem("settings.feedUrl"))
                .body("errors.field", hasItem("settings.pollSeconds"))
                .body("errors.field", hasItem("settings.colour"));
        given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "myspace", "accountId", "x"))
                .post("/api/v1/channels").then().statusCode(400)
                .body("errors.field", hasItem("platform"));
        given().header("Authorization", MANAGER).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "vk", "accountId", "200000999"))
                .post("/api/v1/channels").then().statusCode(400)
                .body("errors.field", hasItem("secrets.secret"))
                .body("errors.field", hasItem("secrets.confirmation"));
        given().header("Authorization", MANAGER).get("/api/v1/channels?brand=acme").then().statusCode(200)
                .body("items.accountId", not(hasItem("200000999")));
    }

    @Test
    void anAccountBelongsToOneBrandAndOtherBrandsDoNotSeeIt() {
        String bot = botId();
        String id = connectBot(bot).path("id");
        given().header("Authorization", Tokens.bearer(Tokens.forUser("admin1"))).contentType("application/json")
                .body(Map.of("brand", "globex", "platform", "telegram", "accountId", bot,
                        "secrets", Map.of("secretToken", "env:PARLEY_CHANNEL_SECRETS_GLOBEX_BOT")))
                .post("/api/v1/channels").then().statusCode(409);
        String agent2 = Tokens.bearer(Tokens.forUser("agent2"));
        given().header("Authorization", agent2).get("/api/v1/channels/" + id).then().statusCode(404);
        given().header("Authorization", agent2).get("/api/v1/channels?brand=acme").then().statusCode(404);
        given().header("Authorization", agent2).get("/api/v1/channels").then().statusCode(200)
                .body("items.brand", not(hasItem("acme")));
        given().header("Authorization", Tokens.bearer(Tokens.forUser("agent1"))).contentType("application/json")
                .body(Map.of("brand", "acme", "platform", "rss", "accountId", "blog",
                        "settings", Map.of("feedUrl", "https://example.org/feed")))
                .post("/api/v1/channels").then().statusCode(403);
        given().get("/api/v1/channels").then().statusCode(401);
        given().header("Authorization", MANAGER).delete("/api/v1/channels/" + id).then().statusCode(204);
    }

    @Test
    void accountsDeclaredInConfigurationAreInTheDirectory() {
        given().header("Authorization", MANAGER).get("/api/v1/channels?brand=acme").then().statusCode(200)
                .body("items.find { it.platform == 'telegram' && it.accountId == '7000000001' }.origin",
                        equalTo("configuration"))
                .body("items.find { it.platform == 'vk' && it.accountId == '200000001' }.secrets.name",
                        equalTo(List.of("confirmation", "secret")))
                .body("items.find { it.platform == 'vk' && it.accountId == '200000001' }.secrets.available",
                        equalTo(List.of(true, true)))
                .body("items.find { it.platform == 'forum' && it.accountId == 'acme-forum' }.secrets[0].available",
                        equalTo(true))
                .body("items.findAll { it.platform == 'youtube' }.accountId", hasItem("UCacmeDemoChannel0000001"));
        given().header("Authorization", MANAGER).get("/api/v1/channels/requirements").then().statusCode(200)
                .body("vk.secrets.name", hasItem("confirmation"))
                .body("rss.polled", equalTo(true));
    }
}
