package io.parley.contracts;

import io.parley.contracts.interactions.InteractionReceived;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventJsonTest {

    @Test
    void everyExampleSurvivesARoundTripUnchanged() {
        for (Map.Entry<String, Event<?>> e : EventCatalogue.examples().entrySet()) {
            Event<?> original = e.getValue();
            Event<Payload> read = EventJson.fromBytes(EventJson.toBytes(original));
            assertEquals(original, read, e.getKey());
            assertEquals(e.getKey(), read.type());
        }
    }

    @Test
    void writesCloudEventsAttributeNames() {
        String json = EventJson.toJson(EventCatalogue.examples().get(InteractionReceived.TYPE));
        for (String attribute : new String[] {"\"specversion\":\"1.0\"", "\"id\":", "\"source\":\"/parley/ingest-service\"",
                "\"type\":\"parley.interaction.received.v1\"", "\"brand\":\"acme\"", "\"time\":\"2026-11-23T09:15:00Z\"",
                "\"observedtime\":", "\"datacontenttype\":\"application/json\"", "\"data\":{"}) {
            assertTrue(json.contains(attribute), () -> attribute + " missing in " + json);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"❤", "Καλησπέρα, πού είναι η παραγγελία μου;", "Zażółć gęślą jaźń", "Где мой заказ?",
            "mixed: ok 👍🏽 спасибо"})
    void textComesOutExactlyAsItWentIn(String text) {
        InteractionReceived example = (InteractionReceived) EventCatalogue.examples().get(InteractionReceived.TYPE).data();
        InteractionReceived withText = new InteractionReceived(example.interactionId(), example.platform(),
                example.channelAccountId(), example.kind(), example.platformObjectId(), example.postId(),
                example.parentId(), example.threadId(), example.author(), text, example.permalink(),
                example.platformTime());
        Event<?> event = Event.of(StableIds.of("t", text), "ingest-service", "acme", "s", example.platformTime(),
                example.platformTime(), withText);
        byte[] bytes = EventJson.toBytes(event);
        InteractionReceived read = (InteractionReceived) EventJson.fromBytes(bytes).data();
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), read.text().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void toleratesFieldsAddedByANewerProducer() {
        String json = EventJson.toJson(EventCatalogue.examples().get(InteractionReceived.TYPE))
                .replace("\"data\":{", "\"futureattribute\":\"x\",\"data\":{\"futureField\":42,");
        assertEquals(InteractionReceived.TYPE, EventJson.fromJson(json).type());
    }

    @Test
    void rejectsWhatIsNotAKnownEventWithAReason() {
        var notJson = assertThrows(EventJson.UnreadableEventException.class, () -> EventJson.fromJson("{oops"));
        assertTrue(notJson.getMessage().startsWith("not JSON"));
        var unknown = assertThrows(EventJson.UnreadableEventException.class,
                () -> EventJson.fromJson("{\"type\":\"parley.nope.v9\",\"data\":{}}"));
        assertTrue(unknown.getMessage().contains("unknown event type 'parley.nope.v9'"));
        var noData = assertThrows(EventJson.UnreadableEventException.class,
                () -> EventJson.fromJson("{\"type\":\"" + InteractionReceived.TYPE + "\"}"));
        assertTrue(noData.getMessage().contains("no 'data'"));
    }

    @Test
    void stableIdsAreStableAndDistinguishParts() {
        assertEquals(StableIds.of("facebook", "1", "2"), StableIds.of("facebook", "1", "2"));
        assertTrue(!StableIds.of("a", "bc").equals(StableIds.of("ab", "c")));
    }

    @Test
    void everyTopicIsVersionedAndEveryTypeHasAnExample() {
        Topics.ALL.forEach(t -> assertTrue(t.matches("parley\\.[a-z]+\\.v\\d+"), t));
        assertEquals(EventTypes.all().keySet(), EventCatalogue.examples().keySet());
    }
}
