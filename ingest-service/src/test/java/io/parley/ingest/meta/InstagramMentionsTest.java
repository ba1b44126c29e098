package io.parley.ingest.meta;

import io.parley.contracts.Event;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.outbound.FakePlatform;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.devstack.Signatures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Instagram's {@code mentions} webhook names only where the brand was mentioned; the gateway reads the text from the
 * Graph API (here the fake platform answers as the Graph API does) and raises a mention.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
@QuarkusTestResource(FakePlatform.class)
class InstagramMentionsTest {

    private static final String LIVE_ACCOUNT = "990000005";
    private static final String GRAPH_PATH = "/graph/v23.0/" + LIVE_ACCOUNT;
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    EntityManager em;

    @Test
    void aMentionInACommentIsReadFromTheGraphApiOnceAndRaisedAsAMention() {
        String comment = "1788" + System.nanoTime();
        String media = "1790" + System.nanoTime();
        String text = "@acme мой заказ так и не пришёл 😡";
        FakePlatform.script(GRAPH_PATH, FakePlatform.Answer.of(200, """
                {"mentioned_comment":{"timestamp":"2026-11-23T08:09:08+0000","like_count":3,"text":"%s","id":"%s",
                 "media":{"id":"%s","permalink":"https://www.instagram.com/p/DAcme123/"}},"id":"%s"}"""
                .formatted(text, comment, media, LIVE_ACCOUNT)));
        String webhook = mentions(LIVE_ACCOUNT, media, comment);
        try (EventTail interactions = EventTail.open(Topics.INTERACTIONS)) {
            post(webhook);
            post(webhook); // Meta re-delivers: still one read
            Event<InteractionReceived> found = interactions.awaitEvent(InteractionReceived.class,
                    e -> e.data().platformObjectId().equals(comment), WAIT);
            InteractionReceived i = found.data();
            assertEquals(InteractionKind.MENTION, i.kind());
            assertEquals(text, i.text());
            assertEquals("https://www.instagram.com/p/DAcme123/", i.permalink());
            assertEquals(Instant.parse("2026-11-23T08:09:08Z"), i.platformTime());
            assertEquals("ru", i.signals().language());
        }
        await().atMost(WAIT).until(() -> "done".equals(state(media, comment)));
        List<FakePlatform.Received> reads = FakePlatform.received(GRAPH_PATH).stream()
                .filter(r -> r.query().contains(comment)).toList();
        assertEquals(1, reads.size(), "one Graph API read for a mention delivered twice");
        assertEquals("Bearer test-graph-token", reads.get(0).header("Authorization"));
        assertTrue(java.net.URLDecoder.decode(reads.get(0).query(), StandardCharsets.UTF_8)
                .contains("mentioned_comment.comment_id(" + comment + ")"), reads.get(0).query());
    }

    @Test
    void aRefusalFromTheGraphApiEndsTheMentionWithThePlatformsReason() {
        String comment = "1788" + System.nanoTime();
        String media = "1790" + System.nanoTime();
        FakePlatform.script(GRAPH_PATH, FakePlatform.Answer.of(400, """
                {"error":{"message":"Unsupported get request. Object does not exist","type":"GraphMethodException",
                 "code":100,"error_subcode":33}}"""));
        post(mentions(LIVE_ACCOUNT, media, comment));
        await().atMost(WAIT).until(() -> "failed".equals(state(media, comment)));
        String reason = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT last_error FROM instagram_mention WHERE comment_id = ?1").setParameter(1, comment)
                .getSingleResult());
        assertEquals("Graph API answered 400: Unsupported get request. Object does not exist (code 100)", reason);
    }

    @Test
    void aSandboxAccountsMentionIsKeptWithoutAskingThePlatform() {
        String media = "1790" + System.nanoTime();
        post(mentions("0", media, null));
        await().atMost(WAIT).until(() -> "sandbox".equals(state(media, null)));
        assertTrue(FakePlatform.received("/graph/v23.0/0").isEmpty());
    }

    private String state(String media, String comment) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("SELECT state FROM instagram_mention WHERE media_id = ?1 "
                    + "AND comment_id IS NOT DISTINCT FROM ?2").setParameter(1, media).setParameter(2, comment)
                    .getResultList();
            return rows.isEmpty() ? null : (String) rows.get(0);
        });
    }

    private static String mentions(String account, String media, String comment) {
        return """
                {"object":"instagram","entry":[{"id":"%s","time":1763885348,"changes":[{"field":"mentions",
                "value":{%s"media_id":"%s"}}]}]}""".formatted(account,
                comment == null ? "" : "\"comment_id\":\"" + comment + "\",", media);
    }

    private static void post(String body) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        given().contentType("application/json").header("X-Hub-Signature-256",
                Signatures.metaSha256(MetaWebhookTest.SECRET, raw)).body(raw).post("/webhooks/meta").then().statusCode(200);
    }
}
