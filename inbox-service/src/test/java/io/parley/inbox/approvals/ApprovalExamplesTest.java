package io.parley.inbox.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reply approvals' OpenAPI examples are documentation people copy: each must be valid JSON. */
class ApprovalExamplesTest {

    @Test
    void everyExampleIsJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (Field field : ApprovalExamples.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String example = (String) field.get(null);
                assertDoesNotThrow(() -> json.readTree(example), field.getName());
                checked++;
            }
        }
        assertTrue(checked > 5);
        JsonNode page = json.readTree(ApprovalExamples.PAGE);
        assertEquals("awaiting_approval", page.at("/items/0/reply/status").asText());
    }
}
