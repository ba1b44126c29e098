package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.parley.standards.checks.TestCatalogues.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Section 6: competitors named in the text or mentioned, by their mention policy. */
class OtherBrandsCheckerTest {

    private final ChecksEngine engine = ChecksEngine.of(TestCatalogues.catalogue());

    private List<Finding> brands(Draft draft) {
        return engine.check(draft).findings().stream().filter(f -> f.section() == 6).toList();
    }

    @Test
    void aCompetitorNamedInTheTextIsFoundWithItsPolicy() {
        List<Finding> found = brands(post("Warmer than anything from GLOBEX corp, and cheaper than Initech."));
        assertEquals(List.of("other-brands.globex", "other-brands.initech"), found.stream().map(Finding::ruleId).toList());
        assertEquals(new Finding.Span(26, 37, "GLOBEX corp"), found.get(0).span());
        assertEquals(Severity.BLOCK, found.get(0).severity());
        assertEquals("'GLOBEX corp' names the competitor Globex", found.get(0).message());
        assertEquals("We never name competitors.", found.get(0).why());
        assertEquals(Severity.WARN, found.get(1).severity());
    }

    @Test
    void aMentionedCompetitorIsFoundByItsHandle() {
        Draft draft = new Draft(Draft.Kind.POST, "x", "Thanks to our partners!", List.of(),
                List.of("@umbrella", "@Globex"), List.of());
        List<Finding> found = brands(draft);
        assertEquals(1, found.size());
        assertEquals(1, found.get(0).mentionIndex());
        assertEquals(Severity.BLOCK, found.get(0).severity());
    }

    @Test
    void partnersAndWordsContainingANameAreFine() {
        assertTrue(brands(post("With our friends at Umbrella. Globexes are not a thing.")).isEmpty());
    }
}
