package io.parley.calendar.stories;

import io.parley.contracts.Platform;
import io.parley.platform.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Network limits, the word diff and tracked links, on their own. */
class PoliciesTest {

    @Test
    void networkLimitsNameTheirField() {
        assertTrue(NetworkLimits.check(Platform.X, "", "x".repeat(280), 4, null).isEmpty());
        List<Problem.FieldError> x = NetworkLimits.check(Platform.X, "variants[1].", "x".repeat(281), 5, null);
        assertEquals(List.of("variants[1].text", "variants[1].media"), x.stream().map(Problem.FieldError::field).toList());
        assertEquals("instagram needs at least 1 image",
                NetworkLimits.check(Platform.INSTAGRAM, "", "hi", 0, null).get(0).message());
        assertEquals(1, NetworkLimits.check(Platform.TELEGRAM, "", "a".repeat(1025), 1, null).size());
        assertTrue(NetworkLimits.check(Platform.TELEGRAM, "", "a".repeat(1025), 0, null).isEmpty());
        assertEquals("firstComment", NetworkLimits.check(Platform.LINKEDIN, "", "", 0, "a".repeat(3001)).get(0).field());
        assertEquals("channelAccount", NetworkLimits.check(Platform.RSS, "", "", 0, null).get(0).field());
        assertTrue(NetworkLimits.check(Platform.X, "", "😀".repeat(280), 0, null).isEmpty());
    }

    @Test
    void theTextDiffIsWordByWordInAnyScript() {
        List<TextDiff.Op> ops = TextDiff.of("Zimowa kolekcja już jest", "Zimowa kolekcja Acme już jest w sklepach");
        assertEquals(List.of(new TextDiff.Op("equal", "Zimowa kolekcja "), new TextDiff.Op("insert", "Acme "),
                new TextDiff.Op("equal", "już jest"), new TextDiff.Op("insert", " w sklepach")), ops);
        List<TextDiff.Op> greek = TextDiff.of("Καλή χρονιά ❄", "Καλή σας χρονιά 🎄");
        assertEquals("Καλή χρονιά ❄", String.join("", greek.stream().filter(o -> !o.op().equals("insert"))
                .map(TextDiff.Op::text).toList()));
        assertEquals("Καλή σας χρονιά 🎄", String.join("", greek.stream().filter(o -> !o.op().equals("delete"))
                .map(TextDiff.Op::text).toList()));
        assertEquals(List.of(new TextDiff.Op("delete", "старый"), new TextDiff.Op("insert", "новый")),
                TextDiff.of("старый", "новый"));
        assertEquals(List.of(), TextDiff.of("", ""));
    }

    @Test
    void linksToOwnDomainsGetTheMissingUtmParameters() {
        TrackedLinks.Rules rules = new TrackedLinks.Rules(List.of("acme.example"),
                List.of("utm_source", "utm_medium", "utm_campaign"));
        assertEquals("https://shop.acme.example/zima?utm_source=instagram&utm_medium=social&utm_campaign=zimowa-kolekcja#top",
                TrackedLinks.tracked("https://shop.acme.example/zima#top", rules, "instagram", "Zimowa Kolekcja", "post"));
        assertEquals("https://acme.example/?utm_source=x&utm_medium=social&utm_campaign=lodz",
                TrackedLinks.tracked("https://acme.example/?utm_source=x", rules, "facebook", "Łódź", "post"));
        assertEquals("https://wikipedia.org/wiki/Acme", TrackedLinks.tracked("https://wikipedia.org/wiki/Acme", rules,
                "x", "c", "post"));
        assertEquals(null, TrackedLinks.host("ftp://acme.example"));
    }
}
