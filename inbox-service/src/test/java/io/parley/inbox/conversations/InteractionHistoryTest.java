package io.parley.inbox.conversations;

import io.parley.inbox.replies.StandardsStandIn;
import io.parley.testsupport.ParleyInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.InteractionChanged;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.testsupport.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static io.parley.inbox.AnsweringScenarios.listed;
import static io.parley.inbox.InboxScenarios.WAIT;
import static io.parley.inbox.InboxScenarios.awaitConversationOf;
import static io.parley.inbox.InboxScenarios.comment;
import static io.parley.inbox.InboxScenarios.conversation;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An edit on the platform changes the text the agent sees and keeps the earlier one; a hide or delete marks it. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "inbox"))
@QuarkusTestResource(StandardsStandIn.class)
class InteractionHistoryTest {

    private static Event<InteractionChanged> change(String brand, Event<InteractionReceived> of,
            InteractionChanged.Change change, String text, Instant at) {
        InteractionReceived r = of.data();
        InteractionChanged c = new InteractionChanged(r.interactionId(), Platform.FACEBOOK, r.channelAccountId(),
                r.platformObjectId(), r.threadId(), change, text, r.author().platformId(), at);
        return Event.of(StableIds.of("event", r.interactionId().toString(), change.id(), at.toString()),
                "ingest-service", brand, of.subject(), at, Instant.now(), c);
    }

    @Test
    void anEditKeepsTheEarlierTextAndAHideMarksIt() {
        String thread = "777_" + UUID.randomUUID();
        Event<InteractionReceived> added = comment("acme", thread, thread, "Kiedy wreszcie dostawa?!");
        TestEvents.send(added.subject(), added);
        String id = awaitConversationOf(thread);
        Instant t = Instant.now();
        Event<InteractionChanged> edit = change("acme", added, InteractionChanged.Change.EDITED,
                "Kiedy dostawa? Już dotarła, dziękuję 🙂", t.plusSeconds(60));
        TestEvents.send(added.subject(), edit);
        TestEvents.send(added.subject(), edit); // a redelivery changes nothing
        TestEvents.send(added.subject(), change("acme", added, InteractionChanged.Change.HIDDEN, null, t.plusSeconds(120)));
        await().atMost(WAIT).until(() -> "hidden".equals(conversation(id).getString("interactions[0].state")));
        JsonPath c = conversation(id);
        assertEquals("Kiedy dostawa? Już dotarła, dziękuję 🙂", c.getString("interactions[0].text"));
        assertEquals(2, c.getList("interactions[0].history").size());
        assertEquals("edited", c.getString("interactions[0].history[0].change"));
        assertEquals("Kiedy wreszcie dostawa?!", c.getString("interactions[0].history[0].textBefore"));
        assertEquals("hidden", c.getString("interactions[0].history[1].change"));
    }

    @Test
    void aChangeArrivingBeforeItsInteractionIsAppliedWhenItArrives() {
        String thread = "778_" + UUID.randomUUID();
        Event<InteractionReceived> added = comment("acme", thread, thread, "Это первая версия");
        Instant t = Instant.now();
        TestEvents.send(added.subject(), change("acme", added, InteractionChanged.Change.EDITED, "Это вторая версия",
                t.plusSeconds(30)));
        TestEvents.send(added.subject(), change("acme", added, InteractionChanged.Change.DELETED, null, t.plusSeconds(90)));
        TestEvents.send(added.subject(), added);
        String id = awaitConversationOf(thread);
        await().atMost(WAIT).until(() -> "deleted".equals(conversation(id).getString("interactions[0].state")));
        JsonPath c = conversation(id);
        assertEquals("Это вторая версия", c.getString("interactions[0].text"));
        assertEquals("Это первая версия", c.getString("interactions[0].history[0].textBefore"));
    }

    @Test
    void anEditThatWaitedForItsInteractionIsFoundBySearchAsAreTheFirstWords() {
        // The conversation is opened with the words as received (in its INSERT); the edit applied on arrival adds its own.
        String marker = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String thread = "779_" + UUID.randomUUID();
        Event<InteractionReceived> added = comment("acme", thread, thread, "Paczka zaginęła " + marker);
        TestEvents.send(added.subject(), change("acme", added, InteractionChanged.Change.EDITED,
                "Paczka znaleziona, reklamacja " + marker, Instant.now().plusSeconds(30)));
        TestEvents.send(added.subject(), added);
        String id = awaitConversationOf(thread);
        assertEquals("Paczka znaleziona, reklamacja " + marker, conversation(id).getString("interactions[0].text"),
                "the edit is applied as the interaction is stored");
        assertEquals(java.util.List.of(id), listed(java.util.Map.of("q", "reklamacja " + marker)), "the edit's words");
        assertEquals(java.util.List.of(id), listed(java.util.Map.of("q", "zaginęła " + marker)), "the first words");
    }
}
