package io.parley.inbox.targets;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Platform;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import io.parley.contracts.inbox.ConversationBreached;
import io.parley.contracts.inbox.ConversationDueSoon;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.ConversationStatus;
import io.parley.testsupport.EventTail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.parley.inbox.ownership.OwnershipScenarios.AROUND_THE_CLOCK;
import static io.parley.inbox.ownership.OwnershipScenarios.defaultCareTeam;
import static io.parley.inbox.ownership.OwnershipScenarios.messageArrives;
import static io.parley.inbox.ownership.OwnershipScenarios.ownership;
import static io.parley.inbox.ownership.OwnershipScenarios.publishTargets;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Due times from section 9 of the catalogue, heard on Kafka; warnings at 75 % and breaches at the due time on
 * parley.inbox.v1 within 2 seconds of their moments, also for rows that were already overdue.
 */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class DeadlinesTest {

    private static final long WITHIN_MS = 2000;

    @Inject
    EntityManager em;

    @AfterEach
    void backToAroundTheClock() {
        publishTargets(AROUND_THE_CLOCK, em);
    }

    private static String businessHours(LocalDate day, List<LocalDate> holidays) {
        return """
                {"defaultMinutes":60,"timeZone":"UTC",
                 "hours":{"mode":"business-hours","days":[{"day":"%s","from":"10:00","to":"11:00"}]},
                 "holidays":[%s],
                 "targets":[{"channel":"vk","momentOfTruth":"first-response","priority":"normal","minutes":30},
                  {"channel":"facebook","momentOfTruth":"first-response","priority":"normal","minutes":30}]}"""
                .formatted(day.getDayOfWeek(), String.join(",", holidays.stream().map(d -> "\"" + d + "\"").toList()));
    }

    @Test
    void aTargetInBusinessHoursSkipsClosedDaysAndHolidays() {
        // Open one hour a week, two days from now: the clock waits for it.
        LocalDate inTwoDays = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        publishTargets(businessHours(inTwoDays, List.of()), em);
        JsonPath c = ownership(messageArrives(Platform.VK, "vk_" + UUID.randomUUID(), "Когда будет доставка?", "ru",
                "question", Instant.now()));
        assertEquals(inTwoDays.atTime(10, 30).toInstant(ZoneOffset.UTC), Instant.parse(c.getString("dueAt")));
        assertEquals(inTwoDays.atTime(10, 22, 30).toInstant(ZoneOffset.UTC), Instant.parse(c.getString("warnAt")));
        assertEquals(30, c.getLong("targetMinutes"));

        // That day a holiday: the next week's opening.
        publishTargets(businessHours(inTwoDays, List.of(inTwoDays)), em);
        JsonPath later = ownership(messageArrives(Platform.VK, "vk_" + UUID.randomUUID(), "Ещё вопрос 🙂", "ru",
                "question", Instant.now()));
        assertEquals(inTwoDays.plusDays(7).atTime(10, 30).toInstant(ZoneOffset.UTC),
                Instant.parse(later.getString("dueAt")));
    }

    @Test
    void aShortTargetWarnsAtThreeQuartersAndBreachesAtTheDueTimeWithinTwoSeconds() {
        defaultCareTeam();
        publishTargets("""
                {"defaultMinutes":60,"timeZone":"Europe/Warsaw","hours":{"mode":"always","days":[]},
                 "targets":[{"channel":"telegram","momentOfTruth":"first-response","priority":"normal","minutes":1}]}""",
                em);
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            // Heard 40 s ago with a one-minute target: the warning is due in 5 s, the breach in 20 s.
            Instant heard = Instant.now().minusSeconds(40).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            String id = messageArrives(Platform.TELEGRAM, "tg_" + UUID.randomUUID(), "Gdzie jest moja paczka? 📦", "pl",
                    "complaint", heard);
            JsonPath c = ownership(id);
            Instant warnAt = Instant.parse(c.getString("warnAt"));
            Instant dueAt = Instant.parse(c.getString("dueAt"));
            assertEquals(heard.plusSeconds(45), warnAt);
            assertEquals(heard.plusSeconds(60), dueAt);

            Event<ConversationDueSoon> soon = inbox.awaitEvent(ConversationDueSoon.class,
                    e -> e.data().conversationId().toString().equals(id), Duration.ofSeconds(30));
            assertEquals(warnAt, soon.data().warnAt());
            assertEquals(1, soon.data().targetMinutes());
            assertEquals("care", soon.data().team());
            assertOnTime(inbox, soon.id(), warnAt);

            Event<ConversationBreached> breached = inbox.awaitEvent(ConversationBreached.class,
                    e -> e.data().conversationId().toString().equals(id), Duration.ofSeconds(40));
            assertEquals(dueAt, breached.data().dueAt());
            assertTrue(breached.data().escalatedTo().contains("manager1"), "escalated to the team's managers");
            assertOnTime(inbox, breached.id(), dueAt);

            JsonPath after = ownership(id);
            assertNotNull(after.getString("warnedAt"));
            assertNotNull(after.getString("breachedAt"));
        }
    }

    @Test
    void rowsAlreadyOverdueWhenTheScannerLooksAreStillAnnouncedAndAnsweredOnesAreNot() {
        UUID overdue = UUID.randomUUID();
        UUID answered = UUID.randomUUID();
        try (EventTail inbox = EventTail.open(Topics.INBOX)) {
            // A running service: it has published before (its first publish also connects to Kafka).
            String first = messageArrives(Platform.FACEBOOK, "warm_" + UUID.randomUUID(), "Hello", "en", "question",
                    Instant.now());
            inbox.awaitEvent(io.parley.contracts.inbox.ConversationOpened.class,
                    e -> e.data().conversationId().toString().equals(first), Duration.ofSeconds(20));
            // As a crash would leave them: committed with their moments in the past, nothing announced yet.
            Instant now = Instant.now();
            QuarkusTransaction.requiringNew().run(() -> {
                insert(overdue, ConversationStatus.open, now.minus(Duration.ofMinutes(40)));
                insert(answered, ConversationStatus.answered, now.minus(Duration.ofMinutes(40)));
            });
            Event<ConversationDueSoon> soon = inbox.awaitEvent(ConversationDueSoon.class,
                    e -> e.data().conversationId().equals(overdue), Duration.ofSeconds(10));
            Event<ConversationBreached> breached = inbox.awaitEvent(ConversationBreached.class,
                    e -> e.data().conversationId().equals(overdue), Duration.ofSeconds(10));
            assertOnTime(inbox, soon.id(), now);
            assertOnTime(inbox, breached.id(), now);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> inbox.records().stream()
                    .noneMatch(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)
                            .contains(answered.toString())));
            JsonPath a = ownership(answered.toString());
            assertNull(a.getString("breachedAt"), "an answered conversation is not breached");
        }
    }

    private void insert(UUID id, ConversationStatus status, Instant received) {
        Conversation c = new Conversation();
        c.id = id;
        c.brand = "acme";
        c.platform = "facebook";
        c.channelAccountId = "restart";
        c.threadId = id.toString();
        c.status = status;
        c.receivedAt = received;
        c.clockStartedAt = received;
        c.targetMinutes = 30L;
        c.warnAt = received.plus(Duration.ofMinutes(22).plusSeconds(30));
        c.dueAt = received.plus(Duration.ofMinutes(30));
        c.lastInteractionAt = received;
        c.replyTargetId = "x_" + id;
        c.preview = "Czy ktoś tu jest?";
        c.interactionCount = 1;
        c.team = "care";
        em.persist(c);
    }

    /** The event reached Kafka no earlier than its moment and at most 2 s after it (or after {@code moment}). */
    private static void assertOnTime(EventTail tail, UUID eventId, Instant moment) {
        ConsumerRecord<String, byte[]> record = tail.records().stream().filter(r -> {
            Event<Payload> e = EventJson.fromBytes(r.value());
            return e.id().equals(eventId);
        }).findFirst().orElseThrow();
        long late = record.timestamp() - moment.toEpochMilli();
        assertTrue(late >= 0 && late <= WITHIN_MS, "on Kafka " + late + " ms after its moment");
    }
}
