package io.parley.contracts;

import io.parley.contracts.interactions.InteractionReceived;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

    /** The single pass reads every event as producers write it, and as the tree reads it. */
    @Test
    void everyExampleIsReadInOnePassAsTheTreeReadsIt() throws Exception {
        for (Map.Entry<String, Event<?>> e : EventCatalogue.examples().entrySet()) {
            byte[] bytes = EventJson.toBytes(e.getValue());
            Event<Payload> onePass = EventJson.inOnePass(bytes);
            assertNotNull(onePass, e.getKey() + " was left to the tree");
            assertEquals(EventJson.throughTree(bytes), onePass, e.getKey());
            assertEquals(e.getValue(), onePass, e.getKey());
        }
    }

    @Test
    void dataBeforeTypeIsReadTheSame() throws Exception {
        for (Map.Entry<String, Event<?>> e : EventCatalogue.examples().entrySet()) {
            byte[] dataFirst = dataFirst(EventJson.toJson(e.getValue())).getBytes(StandardCharsets.UTF_8);
            assertNotNull(EventJson.inOnePass(dataFirst), e.getKey() + " was left to the tree");
            assertEquals(e.getValue(), EventJson.fromBytes(dataFirst), e.getKey());
        }
    }

    @Test
    void anUnknownTypeAfterItsDataIsRejectedWithTheSameReason() {
        String json = dataFirst(EventJson.toJson(EventCatalogue.examples().get(InteractionReceived.TYPE)))
                .replace(InteractionReceived.TYPE, "parley.nope.v9");
        var unknown = assertThrows(EventJson.UnreadableEventException.class, () -> EventJson.fromJson(json));
        assertEquals("unknown event type 'parley.nope.v9'", unknown.getMessage());
    }

    @Test
    void badJsonAfterAWellFormedDataIsStillNotJson() {
        String json = EventJson.toJson(EventCatalogue.examples().get(InteractionReceived.TYPE));
        // Cut inside the last attribute: everything the event needs was read before the JSON breaks.
        String truncated = json.substring(0, json.length() - 1) + ",\"extra\":";
        var notJson = assertThrows(EventJson.UnreadableEventException.class, () -> EventJson.fromJson(truncated));
        assertTrue(notJson.getMessage().startsWith("not JSON"), notJson.getMessage());
        var broken = assertThrows(EventJson.UnreadableEventException.class,
                () -> EventJson.fromBytes(new byte[] {'{', '"', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'}));
        assertTrue(broken.getMessage().startsWith("not JSON"), broken.getMessage());
    }

    @Test
    void malformedDataBeforeTypeIsMalformedForItsType() {
        String json = dataFirst(EventJson.toJson(EventCatalogue.examples().get(InteractionReceived.TYPE)))
                .replaceFirst("\"platformTime\":\"[^\"]*\"", "\"platformTime\":\"yesterday\"");
        var malformed = assertThrows(EventJson.UnreadableEventException.class, () -> EventJson.fromJson(json));
        assertTrue(malformed.getMessage().startsWith("event of type '" + InteractionReceived.TYPE + "' is malformed"),
                malformed.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "\"event\"", "42", "null"})
    void aDocumentThatIsNotAnObjectIsNotAnEvent(String json) {
        var e = assertThrows(EventJson.UnreadableEventException.class, () -> EventJson.fromJson(json));
        assertEquals("an event must be a JSON object", e.getMessage());
    }

    @Test
    void aMissingOrNullAttributeIsNamedAsBefore() {
        String json = EventJson.toJson(EventCatalogue.examples().get(InteractionReceived.TYPE));
        var noId = assertThrows(EventJson.UnreadableEventException.class,
                () -> EventJson.fromJson(json.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":null")));
        assertEquals("event has no 'id'", noId.getMessage());
        var noType = assertThrows(EventJson.UnreadableEventException.class,
                () -> EventJson.fromJson(json.replace("\"type\":", "\"kind\":")));
        assertEquals("event has no 'type'", noType.getMessage());
    }

    @Test
    void aRepeatedAttributeCountsItsLastValueAsTheTreeDoes() {
        String json = EventJson.toJson(EventCatalogue.examples().get(InteractionReceived.TYPE))
                .replace("\"brand\":\"acme\"", "\"brand\":\"other\",\"brand\":\"acme\"");
        assertEquals("acme", EventJson.fromJson(json).brand());
    }

    /** The same document with {@code data} moved in front of every other attribute. */
    private static String dataFirst(String json) {
        int data = json.indexOf(",\"data\":");
        assertTrue(data > 0 && json.endsWith("}"), json);
        return "{" + json.substring(data + 1, json.length() - 1) + "," + json.substring(1, data) + "}";
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
