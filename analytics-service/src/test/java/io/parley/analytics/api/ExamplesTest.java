package io.parley.analytics.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI examples are documentation people copy: each must at least be valid JSON. */
class ExamplesTest {

    @Test
    void everyExampleIsJson() throws IllegalAccessException {
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        java.util.List<Field> fields = new java.util.ArrayList<>(java.util.List.of(Examples.class.getDeclaredFields()));
        fields.addAll(java.util.List.of(io.parley.analytics.care.CareExamples.class.getDeclaredFields()));
        for (Field field : fields) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String example = (String) field.get(null);
                assertDoesNotThrow(() -> json.readTree(example), field.getName());
                checked++;
            }
        }
        assertTrue(checked >= 5);
    }
}
