package io.parley.calendar.stories;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.parley.contracts.EventJson;

import java.util.List;
import java.util.Map;

/** The JSON columns' text, written and read with the events' mapper (ISO instants, unknown fields tolerated). */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored JSON", e);
        }
    }

    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored JSON", e);
        }
    }

    public static Map<String, Object> readMap(String json) {
        return read(json, new TypeReference<Map<String, Object>>() { });
    }

    public static List<String> readStrings(String json) {
        return read(json, new TypeReference<List<String>>() { });
    }
}
