package io.parley.inbox.notifications;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.channels.ChannelHealthChanged;
import io.parley.contracts.inbox.ConversationBreached;
import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.parley.testsupport.mail.Mailboxes;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.parley.inbox.AuthorityScenarios.as;
import static io.parley.inbox.InboxScenarios.WAIT;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Breaches, channel health and @mentions reach people: in their notification centre (read and unread) and by e-mail
 * through a real SMTP server (the infrastructure's GreenMail), as each chose, once per event however often it
 * arrives.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class NotificationsTest {

    static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    static Event<ConversationBreached> breach(UUID conversation, List<String> managers) {
        Instant due = Instant.now().minusSeconds(5);
        ConversationBreached b = new ConversationBreached(conversation, Platform.FACEBOOK, "care", "agent1",
                due.minusSeconds(3600), due, 60, Instant.now(), managers);
        return Event.of(UUID.randomUUID(), "inbox-service", "acme", conversation.toString(), due, Instant.now(), b);
    }

    static Event<ChannelHealthChanged> health(UUID account, String name, String state, String previous) {
        ChannelHealthChanged h = new ChannelHealthChanged(account, Platform.TELEGRAM, "bot-" + name, name, state,
                previous, Instant.now(), "healthy".equals(state) ? null : "HTTP 401 Unauthorized",
                "healthy".equals(state) ? "none" : "reconnect", Instant.now().minusSeconds(60), 300L, null);
        return Event.of(UUID.randomUUID(), "ingest-service", "acme", account.toString(), Instant.now(),
                Instant.now(), h);
    }

    /** manager1's notifications whose parameter {@code key} is {@code value}. */
    static List<Map<String, Object>> notificationsOf(String user, String key, String value) {
        JsonPath page = as(user).queryParam("limit", 100).get("/api/v1/me/notifications").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(i -> value.equals(((Map<?, ?>) i.get("params")).get(key))).toList();
    }

    @Test
    void aBreachReachesTheManagersCentreAndMailboxOnceHoweverOftenItArrives() {
        freshMailWindow("manager1@parley.example"); // other tests' breaches may have used up manager1's e-mails
        UUID conversation = UUID.randomUUID();
        Event<ConversationBreached> event = breach(conversation, List.of("manager1"));
        TestEvents.send(conversation.toString(), event);

        await().atMost(WAIT).until(() -> notificationsOf("manager1", "conversationId", conversation.toString())
                .size() == 1);
        Map<String, Object> n = notificationsOf("manager1", "conversationId", conversation.toString()).get(0);
        assertEquals("conversation_breached", n.get("kind"));
        assertEquals("acme", n.get("brand"));
        assertEquals("/inbox/" + conversation, n.get("link"));
        assertEquals(false, n.get("read"));
        assertEquals(60, ((Map<?, ?>) n.get("params")).get("targetMinutes"));
        assertTrue(as("manager1").get("/api/v1/me/notifications").jsonPath().getInt("unread") >= 1);
        assertTrue(notificationsOf("agent1", "conversationId", conversation.toString()).isEmpty(),
                "an agent the breach is not escalated to is not told");

        Mailboxes.Message mail = Mailboxes.await("manager1@parley.example",
                m -> m.text() != null && m.text().contains(conversation.toString()), MAIL_WAIT);
        assertEquals("A conversation of acme passed its due time", mail.subject());
        assertTrue(mail.text().contains("http://localhost:8080/inbox/" + conversation), mail.text());
        assertTrue(mail.html().contains("<a href=\"http://localhost:8080/inbox/" + conversation),
                mail.html());

        // The same event again (a redelivery): nothing new in the centre, no second e-mail.
        TestEvents.send(conversation.toString(), event);
        UUID later = UUID.randomUUID();
        TestEvents.send(later.toString(), breach(later, List.of("manager1")));
        Mailboxes.await("manager1@parley.example", m -> m.text() != null && m.text().contains(later.toString()),
                MAIL_WAIT);
        assertEquals(1, notificationsOf("manager1", "conversationId", conversation.toString()).size());
        assertEquals(1, Mailboxes.of("manager1@parley.example").stream()
                .filter(m -> m.text() != null && m.text().contains(conversation.toString())).count());
    }

    @Test
    void aChannelGoingUnhealthyAndBackTellsTheBrandsManagersButNotEachChangeBetweenUnhealthyStates() {
        // Other modules' channels on the shared infrastructure may have used up admin1's channel e-mails (a digest).
        freshMailWindow("admin1@parley.example");
        UUID account = UUID.randomUUID();
        String name = "Nocny bot Ωμέγα 🌙 " + account.toString().substring(0, 6);
        TestEvents.send(account.toString(), health(account, name, "token_revoked", "healthy"));
        TestEvents.send(account.toString(), health(account, name, "rate_limited", "token_revoked"));
        TestEvents.send(account.toString(), health(account, name, "healthy", "rate_limited"));

        await().atMost(WAIT).until(() -> notificationsOf("manager1", "channelAccountId", account.toString())
                .size() == 2);
        List<Map<String, Object>> told = notificationsOf("manager1", "channelAccountId", account.toString());
        assertEquals(List.of("healthy", "token_revoked"), told.stream()
                .map(t -> ((Map<?, ?>) t.get("params")).get("state")).toList(), "newest first; not rate_limited");
        assertEquals(name, ((Map<?, ?>) told.get(1).get("params")).get("name"));
        assertEquals("/channels", told.get(1).get("link"));
        await().atMost(WAIT).until(() -> notificationsOf("admin1", "channelAccountId", account.toString())
                .size() == 2);
        assertTrue(notificationsOf("agent1", "channelAccountId", account.toString()).isEmpty(), "not a manager");

        Mailboxes.Message mail = Mailboxes.await("admin1@parley.example",
                m -> m.subject().contains("Token revoked or expired") && m.text().contains("Reconnect the account")
                        && m.subject().contains(name), MAIL_WAIT);
        assertTrue(mail.subject().startsWith("The Telegram channel “" + name + "” of acme"), mail.subject());
        assertTrue(mail.text().startsWith("The Telegram channel “" + name + "” of acme went from Healthy to Token "
                + "revoked or expired."), "the body names the channel too: " + mail.text());
    }

    @Test
    void aMentionInANoteTellsTheColleagueWhoChoseTheCentreOnlyWithoutAnEmail() {
        as("agent1").contentType(ContentType.JSON).body(Map.of("preferences", List.of(
                        Map.of("kind", "mentioned", "centre", true, "email", false))))
                .put("/api/v1/me/notification-preferences").then().statusCode(200)
                .body("preferences.find { it.kind == 'mentioned' }.email", equalTo(false))
                .body("preferences.find { it.kind == 'conversation_breached' }.email", equalTo(true));
        try {
            String conversation = io.parley.inbox.AuthorityScenarios.complaint("t_" + UUID.randomUUID(),
                    "Nie działa aplikacja", "pl");
            String marker = "zwrot-" + UUID.randomUUID().toString().substring(0, 6);
            as("manager1").contentType(ContentType.JSON)
                    .body(Map.of("text", "@agent1 klientka pyta o " + marker + " — sprawdzisz? 🙏"))
                    .post("/api/v1/conversations/" + conversation + "/notes").then().statusCode(201);

            await().atMost(WAIT).until(() -> notificationsOf("agent1", "conversationId", conversation).size() == 1);
            Map<String, Object> n = notificationsOf("agent1", "conversationId", conversation).get(0);
            assertEquals("mentioned", n.get("kind"));
            assertEquals("manager1", ((Map<?, ?>) n.get("params")).get("author"));
            assertTrue(((String) ((Map<?, ?>) n.get("params")).get("excerpt")).contains(marker + " — sprawdzisz? 🙏"));

            // A breach escalated to agent1 afterwards is e-mailed (their default): once it arrives, the mention,
            // stored earlier, would have been sent before it had agent1 wanted it.
            UUID later = UUID.randomUUID();
            freshMailWindow("agent1@parley.example");
            TestEvents.send(later.toString(), breach(later, List.of("agent1")));
            Mailboxes.await("agent1@parley.example", m -> m.text() != null && m.text().contains(later.toString()),
                    MAIL_WAIT);
            assertFalse(Mailboxes.of("agent1@parley.example").stream()
                    .anyMatch(m -> m.text() != null && m.text().contains(marker)), "agent1 chose no e-mail for mentions");

            // Read one, then all.
            String id = (String) n.get("id");
            as("agent1").post("/api/v1/me/notifications/" + id + "/read").then().statusCode(204);
            assertEquals(true, notificationsOf("agent1", "conversationId", conversation).get(0).get("read"));
            as("manager1").post("/api/v1/me/notifications/" + id + "/read").then().statusCode(404)
                    .contentType("application/problem+json");
            as("agent1").post("/api/v1/me/notifications/read-all").then().statusCode(200);
            assertEquals(0, as("agent1").get("/api/v1/me/notifications").jsonPath().getInt("unread"));
            assertTrue(as("agent1").queryParam("unread", true).get("/api/v1/me/notifications").jsonPath()
                    .getList("items").isEmpty());
        } finally {
            as("agent1").contentType(ContentType.JSON).body(Map.of("preferences", List.of(
                            Map.of("kind", "mentioned", "centre", true, "email", true))))
                    .put("/api/v1/me/notification-preferences").then().statusCode(200);
        }
    }

    @Test
    void theCentreIsPagedByCursorAndRefusesBadInputNamingTheField() {
        for (int i = 0; i < 3; i++) {
            UUID c = UUID.randomUUID();
            TestEvents.send(c.toString(), breach(c, List.of("manager1")));
        }
        await().atMost(WAIT).until(() -> as("manager1").queryParam("limit", 100).get("/api/v1/me/notifications")
                .jsonPath().getList("items").size() >= 3);
        JsonPath first = as("manager1").queryParam("limit", 2).get("/api/v1/me/notifications").jsonPath();
        assertEquals(2, first.getList("items").size());
        String next = first.getString("nextCursor");
        JsonPath second = as("manager1").queryParam("limit", 2).queryParam("cursor", next)
                .get("/api/v1/me/notifications").jsonPath();
        assertFalse(second.getList("items.id").isEmpty());
        assertTrue(second.getList("items.id").stream().noneMatch(first.getList("items.id")::contains));
        assertTrue(Instant.parse(second.getString("items[0].createdAt"))
                .compareTo(Instant.parse(first.getString("items[1].createdAt"))) <= 0);

        as("manager1").queryParam("limit", 0).get("/api/v1/me/notifications").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as("manager1").queryParam("cursor", "bm9wZQ").get("/api/v1/me/notifications").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as("manager1").contentType(ContentType.JSON).body(Map.of("preferences", List.of(
                        Map.of("kind", "gossip", "centre", true, "email", true))))
                .put("/api/v1/me/notification-preferences").then().statusCode(400)
                .body("errors[0].field", equalTo("preferences[0].kind"));
        as("manager1").contentType(ContentType.JSON).body(Map.of("preferences", List.of(
                        Map.of("kind", "mentioned", "centre", true))))
                .put("/api/v1/me/notification-preferences").then().statusCode(400)
                .body("errors[0].field", equalTo("preferences[0].email"));
    }

    @Test
    void aFloodOfBreachesWaitsForTheWindowAndGoesOutAsOneDigest() {
        // editor1: no other test escalates a breach to them. Their window is spent, as right after an earlier flood.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM notification WHERE recipient = 'editor1' AND kind = 'conversation_breached'")
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM notification_mail_window WHERE email_to = 'editor1@parley.example'")
                    .executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO notification_mail_window (email_to, brand, kind, window_start, sent)
                    VALUES ('editor1@parley.example', 'acme', 'conversation_breached', now(), 20)""").executeUpdate();
        });
        List<String> flood = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            UUID c = UUID.randomUUID();
            flood.add(c.toString());
            TestEvents.send(c.toString(), breach(c, List.of("editor1")));
        }
        // In the centre at once; their e-mails wait for the window's end.
        await().atMost(WAIT).until(() -> as("editor1").queryParam("limit", 100).get("/api/v1/me/notifications")
                .jsonPath().getList("items.params.conversationId").containsAll(flood));
        await().atMost(WAIT).until(() -> mailStates(flood).equals(Map.of("waiting", 25L)));
        assertTrue(Mailboxes.of("editor1@parley.example").stream().noneMatch(m -> carries(m, flood)));

        // The window ends (moved back here, as fifteen minutes passing would): all 25 in one digest.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    UPDATE notification_mail_window SET window_start = now() - interval '15 minutes'
                    WHERE email_to = 'editor1@parley.example'""").executeUpdate();
            em.createNativeQuery("UPDATE notification SET email_next_at = now() WHERE recipient = 'editor1'"
                    + " AND email_state = 'pending'").executeUpdate();
        });
        Mailboxes.Message digest = Mailboxes.await("editor1@parley.example",
                m -> "Breached due times (acme): 25".equals(m.subject()) && carries(m, flood), MAIL_WAIT);
        String text = digest.text().replace("\r\n", "\n");
        assertTrue(text.startsWith("Notifications of this kind since the last e-mail: 25. The oldest (10) are below."),
                text);
        assertEquals(10, flood.stream().filter(text::contains).count(), "the oldest ten listed: " + text);
        assertTrue(text.contains("Open them all: http://localhost:8080/inbox\n"), text);
        assertTrue(digest.html().contains("<a href=\"http://localhost:8080/inbox/" + flood.get(0) + "\">"),
                "each listed with its link: " + digest.html());
        await().atMost(WAIT).until(() -> mailStates(flood).equals(Map.of("sent in 1 digest", 25L)));
        assertEquals(1, Mailboxes.of("editor1@parley.example").stream().filter(m -> carries(m, flood)).count(),
                "one e-mail for the flood");

        // The digest spent the new window: the next breach is in the centre, its e-mail waits for the window's end.
        UUID after = UUID.randomUUID();
        TestEvents.send(after.toString(), breach(after, List.of("editor1")));
        await().atMost(WAIT).until(() -> mailStates(List.of(after.toString())).equals(Map.of("waiting", 1L)));
    }

    /** Clears a person's e-mail window (as for someone with no e-mail in the last quarter of an hour). */
    void freshMailWindow(String email) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM notification_mail_window WHERE email_to = ?1").setParameter(1, email).executeUpdate());
    }

    /**
     * Where the breach notifications of these conversations are with their e-mail: "waiting" (pending until at least
     * ten minutes from now), "sent in N digest(s)", or their state — with how many are there.
     */
    private Map<String, Long> mailStates(List<String> conversations) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT email_state, email_next_at > now() + interval '10 minutes', CAST(email_digest AS text)
                    FROM notification WHERE kind = 'conversation_breached' AND params ->> 'conversationId' IN (?1)""")
                    .setParameter(1, conversations).getResultList();
            long digests = rows.stream().filter(r -> "sent".equals(r[0]) && r[2] != null).map(r -> r[2]).distinct()
                    .count();
            Map<String, Long> states = new java.util.TreeMap<>();
            for (Object[] r : rows) {
                String state = "pending".equals(r[0]) && Boolean.TRUE.equals(r[1]) ? "waiting"
                        : "sent".equals(r[0]) && r[2] != null ? "sent in " + digests + " digest" : (String) r[0];
                states.merge(state, 1L, Long::sum);
            }
            return states;
        });
    }

    @Inject
    EntityManager em;

    private static boolean carries(Mailboxes.Message m, List<String> ids) {
        return m.text() != null && ids.stream().anyMatch(m.text()::contains);
    }
}
