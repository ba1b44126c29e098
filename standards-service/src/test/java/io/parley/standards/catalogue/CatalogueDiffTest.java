package io.parley.standards.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.parley.standards.checks.TestCatalogues;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CatalogueDiffTest {

    @Test
    void namesEachChangedFieldWithBeforeAndAfter() {
        JsonNode before = TestCatalogues.document();
        ObjectNode after = before.deepCopy();
        ((ObjectNode) after.at("/content/forbidden/4")).put("severity", "block");
        ((ArrayNode) after.at("/links/forbiddenDomains")).add("initech.example");
        ((ObjectNode) after.at("/logos")).remove("clearSpace");
        List<CatalogueApi.Change> changes = CatalogueDiff.between(before, after);
        assertEquals(List.of(
                new CatalogueApi.Change("content.forbidden[4].severity", TextNode.valueOf("warn"), TextNode.valueOf("block")),
                new CatalogueApi.Change("links.forbiddenDomains[1]", null, TextNode.valueOf("initech.example")),
                new CatalogueApi.Change("logos.clearSpace", before.at("/logos/clearSpace"), null)), changes);
        assertEquals(List.of(), CatalogueDiff.between(before, before.deepCopy()));
    }
}
