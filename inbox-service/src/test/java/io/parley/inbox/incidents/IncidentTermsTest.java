package io.parley.inbox.incidents;

import io.parley.inbox.conversations.Interaction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An incident's words gather a message that has them in any of their forms, as the inbox's search finds it. */
class IncidentTermsTest {

    private static Interaction said(String text, String language) {
        Interaction i = new Interaction();
        i.text = text;
        i.language = language;
        return i;
    }

    @Test
    void aWordGathersItsOtherForms() {
        assertTrue(IncidentService.matches(said("Płatności nie przechodzą od rana", "pl"), List.of("płatność")));
        assertTrue(IncidentService.matches(said("Gdzie moja paczka? Paczki nie ma", "pl"), List.of("paczkami")));
        assertTrue(IncidentService.matches(said("Η παραγγελία μου δεν ήρθε", "el"), List.of("παραγγελίες")));
        assertTrue(IncidentService.matches(said("Где мой заказ?", "ru"), List.of("заказа")));
        assertTrue(IncidentService.matches(said("The app keeps crashing", "en"), List.of("crash")));
    }

    @Test
    void otherWordsDoNot() {
        assertFalse(IncidentService.matches(said("Dziękuję za szybką dostawę", "pl"), List.of("płatność")));
        assertFalse(IncidentService.matches(said("Спасибо, всё отлично", "ru"), List.of("заказ")));
        assertFalse(IncidentService.matches(said("❤", null), List.of("awaria")));
    }
}
