package io.parley.inbox.incidents;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An incident's words gather a message that has them in any of their forms, as the inbox's search finds it. */
class IncidentTermsTest {

    @Test
    void aWordGathersItsOtherForms() {
        assertTrue(IncidentMatching.matches("Płatności nie przechodzą od rana", "pl", List.of("płatność")));
        assertTrue(IncidentMatching.matches("Gdzie moja paczka? Paczki nie ma", "pl", List.of("paczkami")));
        assertTrue(IncidentMatching.matches("Η παραγγελία μου δεν ήρθε", "el", List.of("παραγγελίες")));
        assertTrue(IncidentMatching.matches("Где мой заказ?", "ru", List.of("заказа")));
        assertTrue(IncidentMatching.matches("The app keeps crashing", "en", List.of("crash")));
    }

    @Test
    void otherWordsDoNot() {
        assertFalse(IncidentMatching.matches("Dziękuję za szybką dostawę", "pl", List.of("płatność")));
        assertFalse(IncidentMatching.matches("Спасибо, всё отлично", "ru", List.of("заказ")));
        assertFalse(IncidentMatching.matches("❤", null, List.of("awaria")));
    }
}
