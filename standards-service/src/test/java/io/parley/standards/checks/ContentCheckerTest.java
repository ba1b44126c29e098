package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.parley.standards.checks.TestCatalogues.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Section 4: forbidden terms match in other grammatical forms, in four languages, at exact spans. */
class ContentCheckerTest {

    private final ChecksEngine engine = ChecksEngine.of(TestCatalogues.catalogue());

    private List<Finding> findings(String text, String rule) {
        return engine.check(post(text)).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void aPolishTermMatchesInAnotherCase() {
        // The rule says "darmowy" (nominative, masculine); the post uses the genitive plural.
        String text = "Mamy dla Was pięć darmowych prezentów.";
        List<Finding> found = findings(text, "no-darmowy");
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(new Finding.Span(18, 27, "darmowych"), f.span());
        assertEquals(Severity.BLOCK, f.severity());
        assertEquals(4, f.section());
        assertEquals("Nic nie jest darmowe.", f.why());
        assertEquals("w cenie", f.suggestion());
        assertEquals(CheckResult.Verdict.BLOCK, engine.check(post(text)).verdict());
        assertEquals("darmowa", findings("Dostawa jest darmowa!", "no-darmowy").get(0).span().text());
    }

    @Test
    void theFindingSpeaksToTheAgentAndItsFixKeepsThePolishGrammatical() {
        Finding f = findings("Dostaniesz darmowy kupon.", "no-darmowy").get(0);
        assertEquals("“darmowy” is a word the brand does not use", f.message());
        assertEquals("content.forbidden", f.messageKey());
        assertEquals(java.util.Map.of("text", "darmowy", "term", "darmowy"), f.params());
        assertEquals(new Finding.Fix(11, 24, "kupon w cenie"), f.fix(), "“Dostaniesz kupon w cenie.”, not “w cenie kupon”");
        assertEquals(null, f.alternatives());

        Finding longer = findings("Dostaniesz darmowy kupon na zakupy.", "no-darmowy").get(0);
        assertEquals(null, longer.fix(), "no place for “w cenie” can be vouched for");
        assertEquals(List.of("w cenie"), longer.alternatives(), "the agent writes it in");
    }

    @Test
    void aRussianTermMatchesInAnotherForm() {
        String text = "Доставка бесплатная до пятницы";
        List<Finding> found = findings(text, "no-besplatny");
        assertEquals(List.of(new Finding.Span(9, 19, "бесплатная")), found.stream().map(Finding::span).toList());
        assertEquals("бесплатно", findings("Всё бесплатно!", "no-besplatny").get(0).span().text());
    }

    @Test
    void aGreekTermMatchesInAnotherCaseAndWithoutAccents() {
        String text = "Με πλήρη κάλυψη εγγύησης για δύο χρόνια";
        assertEquals(List.of(new Finding.Span(16, 24, "εγγύησης")),
                findings(text, "no-engyisi").stream().map(Finding::span).toList());
        assertEquals("ΕΓΓΥΗΣΕΙΣ", findings("ΟΙ ΕΓΓΥΗΣΕΙΣ ΜΑΣ", "no-engyisi").get(0).span().text());
        assertEquals(Severity.WARN, findings(text, "no-engyisi").get(0).severity());
    }

    @Test
    void spansCountEmojiAsOneCharacter() {
        // 🎉 and 👍🏽 are two UTF-16 units each (👍🏽 is two code points); ❤️ is two code points.
        String text = "🎉🎉 Free gifts 👍🏽 and ❤️ darmowa dostawa";
        Finding free = findings(text, "no-free").get(0);
        assertEquals(new Finding.Span(3, 7, "Free"), free.span());
        Finding darmowa = findings(text, "no-darmowy").get(0);
        assertEquals(new Finding.Span(24, 31, "darmowa"), darmowa.span());
        int[] cps = text.codePoints().toArray();
        assertEquals("darmowa", new String(cps, darmowa.span().start(), darmowa.span().end() - darmowa.span().start()));
    }

    @Test
    void anExactTermDoesNotMatchOtherForms() {
        assertEquals(1, findings("The best ever winter sale", "no-best-ever").size());
        assertTrue(findings("The best evers", "no-best-ever").isEmpty());
    }

    @Test
    void aTermInsideAnAllowedPhraseIsNoFinding() {
        assertTrue(findings("Enjoy free returns on all orders", "no-free").isEmpty());
        assertEquals(1, findings("Enjoy free gifts and free returns", "no-free").size());
    }

    @Test
    void topicsAndPatternsAreFound() {
        List<Finding> all = engine.check(post("Before the election: only 99 zł!")).findings();
        assertEquals(List.of("politics", "price"), all.stream().map(Finding::ruleId).toList());
        assertEquals("election", all.get(0).span().text());
        assertEquals("99 zł", all.get(1).span().text());
    }

    @Test
    void theSameDraftAlwaysGivesTheSameAnswer() {
        String text = "Free 🎁 darmowa dostawa, бесплатно, εγγύηση, 99 zł, election";
        CheckResult first = engine.check(post(text));
        assertEquals(first, ChecksEngine.check(TestCatalogues.catalogue(), post(text)));
        assertEquals(first, engine.check(post(text)));
        assertEquals(6, first.findings().size());
        // Ordered by section, then place in the text.
        List<Integer> starts = first.findings().stream().map(f -> f.span().start()).toList();
        assertEquals(starts.stream().sorted().toList(), starts);
    }

    @Test
    void cleanTextPasses() {
        CheckResult result = engine.check(post("Our winter collection is here ❄ — which colour is yours?"));
        assertEquals(CheckResult.Verdict.PASS, result.verdict());
        assertTrue(result.findings().isEmpty());
    }

    /**
     * A manager's pattern that backtracks catastrophically on the text is stopped within its budget, and the text is
     * not passed as checked: the rule reports, at its own severity, that it could not be checked and why.
     */
    @Test
    void aCatastrophicPatternIsStoppedAndSaysSo() {
        io.parley.standards.catalogue.Catalogue.Content content = new io.parley.standards.catalogue.Catalogue.Content(
                List.of(), List.of(), List.of(new io.parley.standards.catalogue.Catalogue.PatternRule("slow",
                        "(.*a){20}$", Severity.BLOCK, "Repeated wildcards.", null),
                        new io.parley.standards.catalogue.Catalogue.PatternRule("price", "\\d+ zł", Severity.WARN,
                                "Prices are checked.", null)), List.of());
        String text = "a".repeat(30) + "! 30 zł";
        List<Finding> found = new java.util.ArrayList<>();
        long started = System.nanoTime();
        new ContentChecker(content).check(new AnalysedDraft(post(text)), found);
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMs < 5_000, "stopped, not minutes: " + tookMs + " ms");
        Finding slow = found.stream().filter(f -> f.ruleId().equals("slow")).findFirst().orElseThrow();
        assertEquals(Severity.BLOCK, slow.severity());
        assertTrue(slow.message().contains("was not checked against it"), slow.message());
        // The other patterns are still checked.
        assertEquals("30 zł", found.stream().filter(f -> f.ruleId().equals("price")).findFirst().orElseThrow()
                .span().text());
    }
}
