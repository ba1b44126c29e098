package io.parley.platform.mail;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Subjects as RFC 2047 encoded words: ASCII untouched, anything else decodes back to the same text. */
class EncodedWordsTest {

    private static final Pattern WORD = Pattern.compile("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?=");

    @Test
    void printableAsciiStaysAsItIs() {
        assertEquals("Please review \"Launch\" (acme)", EncodedWords.of("Please review \"Launch\" (acme)"));
    }

    @Test
    void greekAndEmojiComeBackIntactFromShortAsciiWords() {
        String subject = "Αναφορά Parley για acme: Νοέμβριος 2026 🚀 — και ένα πολύ μεγάλο θέμα που δεν χωράει σε μία λέξη 🌙";
        String encoded = EncodedWords.of(subject);
        assertTrue(encoded.chars().allMatch(c -> c >= 0x20 && c < 0x7f), encoded);
        StringBuilder back = new StringBuilder();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int words = 0;
        for (String word : encoded.split(" ")) {
            Matcher m = WORD.matcher(word);
            assertTrue(m.matches(), word);
            assertTrue(word.length() <= 75, "at most 75 characters a word: " + word.length());
            byte[] decoded = Base64.getDecoder().decode(m.group(1));
            // each word is whole UTF-8 on its own: no character split between two words
            assertEquals(new String(decoded, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8).length,
                    decoded.length);
            back.append(new String(decoded, StandardCharsets.UTF_8));
            words++;
        }
        assertTrue(words > 1, "a long subject takes several words");
        assertEquals(subject, back.toString());
    }
}
