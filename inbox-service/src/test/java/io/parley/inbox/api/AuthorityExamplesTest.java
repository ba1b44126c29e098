package io.parley.inbox.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.inbox.compensation.CompensationExamples;
import io.parley.inbox.complaints.ComplaintExamples;
import io.parley.inbox.incidents.IncidentExamples;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI examples of compensation, the complaint library, incidents and advocates are valid JSON. */
class AuthorityExamplesTest {

    @Test
    void everyExampleIsJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (Class<?> type : new Class<?>[] {CompensationExamples.class, ComplaintExamples.class,
                IncidentExamples.class, Class.forName("io.parley.inbox.advocates.AdvocatesResource")}) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    field.setAccessible(true);
                    String example = (String) field.get(null);
                    assertDoesNotThrow(() -> json.readTree(example), type.getSimpleName() + "." + field.getName());
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "checked " + checked);
    }
}
