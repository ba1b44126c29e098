package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.parley.standards.checks.TestCatalogues.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Section 5: links in the text and given apart, against domains, shorteners, UTM parameters and the limit. */
class LinksCheckerTest {

    private final ChecksEngine engine = ChecksEngine.of(TestCatalogues.catalogue());

    private List<Finding> links(Draft draft) {
        return engine.check(draft).findings().stream().filter(f -> f.section() == 5).toList();
    }

    @Test
    void aLinkToAnOwnSiteWithoutItsUtmParametersIsFlaggedWithTheFixedLink() {
        String text = "New in 🧣: https://shop.acme.example/winter?utm_source=facebook, see you!";
        List<Finding> found = links(post(text));
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals("links.utm-missing", f.ruleId());
        assertEquals(Severity.WARN, f.severity());
        assertEquals(new Finding.Span(10, 62, "https://shop.acme.example/winter?utm_source=facebook"), f.span());
        assertEquals("the link to shop.acme.example lacks utm_medium, utm_campaign", f.message());
        assertEquals("https://shop.acme.example/winter?utm_source=facebook&utm_medium=social&utm_campaign=…",
                f.suggestion());
    }

    @Test
    void aLinkWithEveryParameterPasses() {
        assertTrue(links(post("https://acme.example/?utm_source=facebook&utm_medium=social&utm_campaign=winter"))
                .isEmpty());
    }

    @Test
    void forbiddenDomainsIncludeTheirSubdomainsButNotLookalikes() {
        Draft draft = new Draft(Draft.Kind.POST, "facebook", "Compare at news.globex.example/prices",
                List.of("https://notglobex.example/a"), List.of(), List.of());
        List<Finding> found = links(draft);
        assertEquals(List.of("links.forbidden-domain", "links.domain-not-allowed"),
                found.stream().map(Finding::ruleId).toList());
        assertEquals(Severity.BLOCK, found.get(0).severity());
        assertEquals("news.globex.example/prices", found.get(0).span().text());
        assertNull(found.get(1).span());
        assertEquals(0, found.get(1).linkIndex());
    }

    @Test
    void shortenersFollowTheChannelsPolicy() {
        Finding facebook = links(post("Read more: bit.ly/3xYz")).get(0);
        assertEquals("links.shortener", facebook.ruleId());
        assertEquals(Severity.WARN, facebook.severity());
        // LinkedIn overrides the links section: shorteners are blocked there.
        Draft linkedin = new Draft(Draft.Kind.POST, "linkedin", "Read more: bit.ly/3xYz", List.of(), List.of(), List.of());
        assertEquals(Severity.BLOCK, links(linkedin).get(0).severity());
        assertEquals("links.shortener", links(post("go.acme.link/x")).get(0).ruleId());
    }

    @Test
    void moreLinksThanAllowedIsAWarning() {
        Draft draft = new Draft(Draft.Kind.POST, "facebook", "See en.wikipedia.org/wiki/Wool and www.wikipedia.org",
                List.of("https://wikipedia.org/wiki/Cotton"), List.of(), List.of());
        List<Finding> found = links(draft);
        assertEquals(List.of("links.too-many"), found.stream().map(Finding::ruleId).toList());
        assertEquals("the draft has 3 links; at most 2 are allowed", found.get(0).message());
    }

    @Test
    void wordsWithDotsAreNotLinks() {
        assertTrue(links(post("Colours, e.g. red, blue etc. are in stock. Version 2.0 too.")).isEmpty());
    }
}
