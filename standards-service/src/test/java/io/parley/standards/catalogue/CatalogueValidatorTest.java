package io.parley.standards.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.platform.problem.Problem;
import io.parley.standards.checks.TestCatalogues;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An invalid catalogue names every bad field by its JSON path, however it is bad. */
class CatalogueValidatorTest {

    private static List<Problem.FieldError> errors(JsonNode document) {
        return CatalogueValidator.validate(CatalogueJson.read(document, ""));
    }

    private static List<String> paths(JsonNode document) {
        return errors(document).stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void theTestCatalogueAndTheEmptyOneAreValid() {
        assertEquals(List.of(), errors(TestCatalogues.document()));
        assertEquals(List.of(), CatalogueValidator.validate(Catalogue.empty(60)));
    }

    @Test
    void wrongTypesUnknownValuesAndUnknownFieldsAreAllNamed() {
        ObjectNode doc = (ObjectNode) TestCatalogues.document();
        ObjectNode term = (ObjectNode) doc.at("/content/forbidden/1");
        term.put("severity", "never");
        term.put("language", "de");
        ((ObjectNode) doc.at("/links")).put("maxLinks", "two");
        ((ObjectNode) doc.at("/logos")).put("colour", "red");
        ((ObjectNode) doc.at("/responseTargets/hours/days/0")).put("from", "8 o'clock");
        ((ObjectNode) doc.at("/approvers")).put("rules", "everyone");
        List<Problem.FieldError> errors = errors(doc);
        assertEquals(List.of("approvers.rules", "content.forbidden[1].language", "content.forbidden[1].severity",
                "links.maxLinks", "logos.colour", "responseTargets.hours.days[0].from"),
                errors.stream().map(Problem.FieldError::field).sorted().toList());
        assertTrue(errors.contains(new Problem.FieldError("content.forbidden[1].severity",
                "must be one of warn, block, was 'never'")), errors.toString());
        assertTrue(errors.contains(new Problem.FieldError("logos.colour", "is not a known field")), errors.toString());
        assertTrue(errors.contains(new Problem.FieldError("approvers.rules", "must be an array, was a string")),
                errors.toString());
    }

    @Test
    void valuesOutOfTheirRulesAreNamed() {
        ObjectNode doc = (ObjectNode) TestCatalogues.document();
        ((ObjectNode) doc.at("/approvers/rules/0")).put("required", 3);
        ((ObjectNode) doc.at("/content/forbidden/0")).put("id", "no-darmowy");
        ((ObjectNode) doc.at("/content/patterns/0")).put("regex", "(unclosed");
        ((ArrayNode) doc.at("/links/ownDomains")).add("https://acme.example");
        ((ObjectNode) doc.at("/links")).put("maxLinks", -1);
        ((ObjectNode) doc.at("/otherBrands/brands/0")).remove("mentionPolicy");
        ((ObjectNode) doc.at("/logos")).put("maxShare", 1.5);
        ((ObjectNode) doc.at("/responseTargets")).put("timeZone", "Mars/Olympus");
        ((ObjectNode) doc.at("/responseTargets/targets/0")).put("minutes", 0).put("channel", "myspace");
        ((ObjectNode) doc.at("/overrides")).putObject("friendster");
        ((ObjectNode) doc.at("/engagement/avoidSources/0")).put("source", "Tabloid Example");
        doc.remove("tools");
        assertEquals(List.of("approvers.rules[0].required", "tools", "content.forbidden[1].id",
                "content.patterns[0].regex", "links.ownDomains[1]", "links.maxLinks",
                "otherBrands.brands[0].mentionPolicy", "logos.maxShare", "engagement.avoidSources[0].source",
                "responseTargets.timeZone", "responseTargets.targets[0].channel", "responseTargets.targets[0].minutes",
                "overrides.friendster"), paths(doc));
        List<Problem.FieldError> errors = errors(doc);
        assertEquals("must be between 1 and the number of approvers listed (2), was 3", errors.get(0).message());
        assertEquals("'no-darmowy' is used by another rule of this section", errors.get(2).message());
    }

    @Test
    void aChannelOverrideIsValidatedLikeTheBase() {
        ObjectNode doc = (ObjectNode) TestCatalogues.document();
        ((ObjectNode) doc.at("/overrides/linkedin/links")).put("maxLinks", 500);
        ((ObjectNode) doc.at("/overrides/linkedin")).putObject("responseTargets");
        assertEquals(List.of("overrides.linkedin.responseTargets", "overrides.linkedin.links.maxLinks"), paths(doc));
    }

    @Test
    void aRequiredLogoNeedsItsIdAndSizes() {
        ObjectNode doc = (ObjectNode) TestCatalogues.document();
        ObjectNode logos = (ObjectNode) doc.at("/logos");
        logos.remove("logoId");
        logos.remove("minShare");
        logos.putArray("positions");
        assertEquals(List.of("logos.logoId", "logos.minShare", "logos.positions"), paths(doc));
    }
}
