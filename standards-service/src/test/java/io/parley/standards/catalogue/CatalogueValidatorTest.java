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

    private static ObjectNode withSteps(String steps) throws Exception {
        ObjectNode doc = (ObjectNode) TestCatalogues.document();
        ObjectNode rule = ((ArrayNode) doc.at("/approvers/rules")).addObject();
        rule.put("channel", "facebook").put("riskLevel", "normal");
        rule.set("steps", CatalogueJson.mapper().readTree(steps));
        return doc;
    }

    @Test
    void rulesWithStepsAreValidAndTheirRulesNamedByPath() throws Exception {
        assertEquals(List.of(), errors(withSteps("""
                [{"name":"Brand review","approvers":[{"kind":"role","id":"approver"},{"kind":"user","id":"editor1"}],
                  "required":1,"remindAfter":"PT4H","escalateAfter":"PT8H","escalateTo":[{"kind":"role","id":"manager"}],
                  "skippableBy":["manager","admin"]},
                 {"name":"Client sign-off","approvers":[{"kind":"external","id":"any"},
                  {"kind":"external","id":"anna@client.example"}],"required":2}]""")));
        // A rule with no steps: the posts it fits need no approval.
        assertEquals(List.of(), errors(withSteps("[]")));

        ObjectNode bad = withSteps("""
                [{"name":"Review","approvers":[{"kind":"role","id":"marketing"},{"kind":"external","id":"not an address"},
                  {"kind":"user","id":"editor1"},{"kind":"user","id":"editor1"}],"required":5,
                  "remindAfter":"PT8H","escalateAfter":"PT4H","escalateTo":[{"kind":"external","id":"any"}],
                  "skippableBy":["integrator"]},
                 {"name":"Review","approvers":[],"required":1,"remindAfter":"4 hours","escalateAfter":"P40D"},
                 {"name":"Legal","approvers":[{"kind":"user","id":"lawyer1"}],"required":1,
                  "escalateTo":[{"kind":"role","id":"manager"}]},
                 {"name":"Final","approvers":[{"kind":"role","id":"manager"}],"required":1,"remindAfter":"PT0S",
                  "escalateAfter":"PT1H"}]""");
        ((ObjectNode) bad.at("/approvers/rules/1")).put("order", "any").put("required", 1);
        List<Problem.FieldError> errors = errors(bad);
        String s = "approvers.rules[1].steps";
        assertEquals(List.of("approvers.rules[1].required", "approvers.rules[1].order",
                s + "[0].approvers[0].id", s + "[0].approvers[1].id", s + "[0].approvers[3].id", s + "[0].required",
                s + "[0].escalateAfter", s + "[0].escalateTo[0].kind", s + "[0].skippableBy[0]",
                s + "[1].name", s + "[1].approvers", s + "[1].remindAfter", s + "[1].escalateAfter",
                s + "[1].escalateTo", s + "[2].escalateAfter", s + "[3].remindAfter", s + "[3].escalateTo"),
                errors.stream().map(Problem.FieldError::field).toList());
        assertTrue(errors.contains(new Problem.FieldError(s + "[0].approvers[0].id",
                "must be a role of the brand (agent, editor, approver, manager, admin), was 'marketing'")), errors.toString());
        assertTrue(errors.contains(new Problem.FieldError(s + "[0].approvers[1].id",
                "must be an invited reviewer's e-mail address or 'any', was 'not an address'")), errors.toString());
        assertTrue(errors.contains(new Problem.FieldError(s + "[0].required",
                "must be between 1 and the number of approvers listed (4), was 5")), errors.toString());
        assertTrue(errors.contains(new Problem.FieldError(s + "[0].escalateAfter",
                "must be longer than remindAfter (PT8H), was PT4H")), errors.toString());
        assertTrue(errors.contains(new Problem.FieldError(s + "[1].name",
                "'Review' names another step of this rule")), errors.toString());
        assertTrue(errors.contains(new Problem.FieldError(s + "[1].remindAfter",
                "must be an ISO-8601 duration like PT4H, PT30M or P1D, was '4 hours'")), errors.toString());
        assertTrue(errors.contains(new Problem.FieldError("approvers.rules[1].order",
                "must be absent when steps are given: steps run in the order listed")), errors.toString());
    }

    @Test
    void anOverridesSection1WithStepsIsValidatedToo() throws Exception {
        ObjectNode doc = (ObjectNode) TestCatalogues.document();
        ((ObjectNode) doc.at("/overrides/linkedin")).set("approvers", CatalogueJson.mapper().readTree("""
                {"rules":[{"riskLevel":"high","steps":[{"name":"Manager","approvers":[{"kind":"role","id":"manager"}],
                  "required":2}]}]}"""));
        assertEquals(List.of("overrides.linkedin.approvers.rules[0].steps[0].required"), paths(doc));
    }

    @Test
    void aCatalogueWrittenBeforeStepsStillReads() throws Exception {
        // Stored versions name the middle risk level 'medium' and have no steps: they read as they always meant.
        ObjectNode doc = (ObjectNode) TestCatalogues.document();
        ((ObjectNode) doc.at("/approvers/rules/0")).put("riskLevel", "medium");
        Catalogue read = CatalogueJson.parse(doc.toString());
        assertEquals(Catalogue.RiskLevel.NORMAL, read.approvers().rules().get(0).riskLevel());
        assertEquals(List.of(), errors(doc));
        assertEquals("normal", CatalogueJson.tree(read).at("/approvers/rules/0/riskLevel").asText());
        ((ObjectNode) doc.at("/approvers/rules/0")).put("riskLevel", "extreme");
        assertEquals(List.of(new Problem.FieldError("approvers.rules[0].riskLevel",
                "must be one of low, normal, high, was 'extreme'")), errors(doc));
    }
}
