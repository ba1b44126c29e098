package io.parley.ingest.listening;

import io.parley.contracts.Platform;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Terms match in their inflected forms, exclusions win, languages and platforms restrict. */
class RuleMatcherTest {

    private static RuleMatcher.Rule rule(List<String> terms, List<String> exclusions, Set<String> languages,
            Set<Platform> platforms) {
        return new RuleMatcher.Rule("r1", "Refunds", terms, exclusions, languages, platforms);
    }

    private static final RuleMatcher.Rule REFUNDS = rule(
            List.of("acme nothing works", "acme zwrot pieniędzy", "acme верните деньги", "acme επιστροφή χρημάτων"),
            List.of("acme bank"), Set.of(), Set.of());

    @Test
    void theComplaintThatDoesNotTagTheBrandIsFound() {
        assertTrue(RuleMatcher.matches(rule(List.of("company x"), List.of(), Set.of(), Set.of()),
                "company X, nothing works, give my money back", "en", Platform.RSS));
        assertTrue(RuleMatcher.matches(REFUNDS, "ACME: nothing works since Monday!!", "en", Platform.FORUM));
    }

    @Test
    void inflectedFormsMatchInPolishRussianAndGreek() {
        // "zwrot pieniędzy" in the genitive; the brand name with a Polish ending
        assertTrue(RuleMatcher.matches(REFUNDS, "Acme zwrotu pieniędzy nie robi od miesiąca", "pl", Platform.RSS));
        RuleMatcher.Rule brand = rule(List.of("acme"), List.of(), Set.of(), Set.of());
        assertTrue(RuleMatcher.matches(brand, "Nie polecam Acme'u nikomu", "pl", Platform.RSS));
        assertTrue(RuleMatcher.matches(brand, "Walczę z Acmeem od tygodnia", "pl", Platform.RSS));
        assertTrue(RuleMatcher.matches(REFUNDS, "Acme, верните деньги немедленно", "ru", Platform.RSS));
        assertTrue(RuleMatcher.matches(rule(List.of("вернуть деньги"), List.of(), Set.of(), Set.of()),
                "Я хочу вернуть деньгами не обойтись", "ru", Platform.RSS));
        assertTrue(RuleMatcher.matches(REFUNDS, "ACME επιστροφή χρημάτων τώρα!", "el", Platform.RSS));
    }

    @Test
    void anExclusionWinsAndUnrelatedTextDoesNotMatch() {
        assertFalse(RuleMatcher.matches(REFUNDS, "Acme Bank: acme nothing works is our slogan", "en", Platform.RSS));
        assertFalse(RuleMatcher.matches(REFUNDS, "The weather in Athens is lovely ☀️", "en", Platform.RSS));
        assertFalse(RuleMatcher.matches(REFUNDS, "acmebank nothing works", "en", Platform.RSS),
                "a longer word is not an inflection of the brand");
        assertFalse(RuleMatcher.matches(REFUNDS, "", "und", Platform.RSS));
    }

    @Test
    void languagesAndPlatformsRestrictARule() {
        RuleMatcher.Rule polishForums = rule(List.of("acme"), List.of(), Set.of("pl"), Set.of(Platform.FORUM));
        assertTrue(RuleMatcher.matches(polishForums, "Acme znowu nie działa", "pl", Platform.FORUM));
        assertFalse(RuleMatcher.matches(polishForums, "Acme is down again", "en", Platform.FORUM));
        assertFalse(RuleMatcher.matches(polishForums, "Acme znowu nie działa", "pl", Platform.RSS));
    }
}
