package io.parley.inbox.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTextTest {

    @Test
    void inflectedFormsShareAStemPerLanguage() {
        assertShared("zamówienie", "zamówienia");
        assertShared("paczki", "paczką");
        assertShared("paczkami", "paczka");
        assertShared("płatności", "płatnością");
        assertShared("orders", "order");
        assertShared("παραγγελία", "παραγγελίες");
        assertShared("заказ", "заказа");
        assertShared("zwrot", "zwrotu");
        assertShared("buty", "butów");
        assertShared("наушники", "наушников");
    }

    @Test
    void theQueryQuotesEveryLexeme() {
        assertEquals("'it''s' | 'it'", SearchText.tsquery("it's").replaceAll("^\\(|\\)$", ""));
        assertTrue(SearchText.tsquery("88412").contains("'88412'"));
        assertEquals("", SearchText.tsquery("  !!! "));
    }

    private static void assertShared(String a, String b) {
        var left = SearchText.lexemes(a);
        left.retainAll(SearchText.lexemes(b));
        assertTrue(!left.isEmpty(), a + " and " + b + " share no stem: " + SearchText.lexemes(a) + " "
                + SearchText.lexemes(b));
    }
}
