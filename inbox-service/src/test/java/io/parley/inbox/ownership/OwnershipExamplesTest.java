package io.parley.inbox.ownership;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ownership API's OpenAPI examples are documentation people copy: each must be valid JSON. */
class OwnershipExamplesTest {

    @Test
    void everyExampleIsJson() throws IllegalAccessException {
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (Field field : OwnershipExamples.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String example = (String) field.get(null);
                assertDoesNotThrow(() -> json.readTree(example), field.getName());
                checked++;
            }
        }
        assertTrue(checked > 10);
    }
}
