package io.parley.standards.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.standards.api.Examples;
import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.Catalogue.ContentType;
import io.parley.standards.catalogue.Catalogue.RiskLevel;
import io.parley.standards.catalogue.CatalogueJson;
import io.parley.standards.catalogue.CatalogueValidator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which rule of section 1 a post gets, and the steps it reads as: the rule matching, without a server. */
class ApprovalWorkflowsTest {

    private static final String RULES = """
            {"rules":[
              {"riskLevel":"high","steps":[
                {"name":"Brand review","approvers":[{"kind":"role","id":"approver"}],"required":1},
                {"name":"Management","approvers":[{"kind":"role","id":"manager"},{"kind":"user","id":"admin1"}],"required":2}]},
              {"channel":"x","riskLevel":"normal","steps":[
                {"name":"Quick check","approvers":[{"kind":"role","id":"approver"}],"required":1}]},
              {"contentType":"post","riskLevel":"normal","steps":[
                {"name":"Brand review","approvers":[{"kind":"role","id":"approver"}],"required":1,"remindAfter":"PT4H",
                 "escalateAfter":"PT8H","escalateTo":[{"kind":"role","id":"manager"}]},
                {"name":"Client sign-off","approvers":[{"kind":"external","id":"any"}],"required":1}]},
              {"channel":"telegram","riskLevel":"low","steps":[]},
              {"channel":"vk","riskLevel":"normal","approvers":[{"kind":"user","id":"approver1"},{"kind":"role","id":"manager"}],
               "required":2,"order":"sequential"},
              {"channel":"youtube","riskLevel":"normal","approvers":[{"kind":"user","id":"approver1"},{"kind":"role","id":"manager"},
               {"kind":"role","id":"approver"}],"required":2,"order":"any"}]}""";

    private static Catalogue catalogue(String overrides) throws Exception {
        ObjectMapper json = CatalogueJson.mapper();
        JsonNode doc = CatalogueJson.tree(Catalogue.empty(60));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc).set("approvers", json.readTree(RULES));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc).set("overrides", json.readTree(overrides));
        CatalogueJson.Read read = CatalogueJson.read(doc, "");
        assertEquals(List.of(), CatalogueValidator.validate(read));
        return read.catalogue();
    }

    private static Catalogue catalogue() throws Exception {
        return catalogue("{}");
    }

    private static ApprovalWorkflows.Workflow find(Catalogue c, String channel, ContentType type, RiskLevel risk) {
        return ApprovalWorkflows.find(c, channel, type, risk);
    }

    private static List<String> names(ApprovalWorkflows.Workflow w) {
        return w.steps().stream().map(Catalogue.ApprovalStep::name).toList();
    }

    @Test
    void aPostGetsTheFirstRuleForItsRiskLevelThatFitsItsChannelAndType() throws Exception {
        Catalogue c = catalogue();
        ApprovalWorkflows.Workflow facebook = find(c, "facebook", ContentType.POST, RiskLevel.NORMAL);
        assertEquals(2, facebook.rule());
        assertEquals("approvers.rules[2]", facebook.path());
        assertEquals(List.of("Brand review", "Client sign-off"), names(facebook));
        Catalogue.ApprovalStep review = facebook.steps().get(0);
        assertEquals("PT4H", review.remindAfter());
        assertEquals("PT8H", review.escalateAfter());
        assertEquals(List.of(new Catalogue.Approver(Catalogue.ApproverKind.ROLE, "manager")), review.escalateTo());
        assertEquals(List.of(), review.skippableBy());
        assertEquals(List.of(new Catalogue.Approver(Catalogue.ApproverKind.EXTERNAL, "any")),
                facebook.steps().get(1).approvers());
        // The X rule comes first and has a channel: X posts get one step.
        assertEquals(List.of("Quick check"), names(find(c, "x", ContentType.POST, RiskLevel.NORMAL)));
        // A video fits no normal rule (the post rule is for posts only): the high rule, which covers normal too.
        assertEquals(0, find(c, "facebook", ContentType.VIDEO, RiskLevel.NORMAL).rule());
    }

    @Test
    void aRuleCoversLowerRiskLevelsWhereNoRuleForThemFitsButNeverAHigherOne() throws Exception {
        Catalogue c = catalogue();
        // High: the high rule, although the normal ones are more specific.
        assertEquals(0, find(c, "x", ContentType.POST, RiskLevel.HIGH).rule());
        assertEquals(List.of("Brand review", "Management"), names(find(c, "facebook", ContentType.POST, RiskLevel.HIGH)));
        // Low with no low rule: the normal one — the high rule listed first does not take it.
        assertEquals(2, find(c, "facebook", ContentType.POST, RiskLevel.LOW).rule());
        // A video of low risk: no low or normal rule fits, the high one does.
        assertEquals(0, find(c, "facebook", ContentType.VIDEO, RiskLevel.LOW).rule());
        // Low on telegram: its own low rule, with no steps - nothing to approve.
        ApprovalWorkflows.Workflow telegram = find(c, "telegram", ContentType.POST, RiskLevel.LOW);
        assertEquals(3, telegram.rule());
        assertEquals(List.of(), telegram.steps());
    }

    @Test
    void rulesWrittenWithoutStepsReadAsSteps() throws Exception {
        Catalogue c = catalogue();
        // sequential: one step per approver, in the order listed
        ApprovalWorkflows.Workflow vk = find(c, "vk", ContentType.STORY, RiskLevel.NORMAL);
        assertEquals(List.of("Approval by approver1", "Approval by manager"), names(vk));
        assertEquals(List.of(1, 1), vk.steps().stream().map(Catalogue.ApprovalStep::required).toList());
        // any: one step needing required of the approvers
        ApprovalWorkflows.Workflow youtube = find(c, "youtube", ContentType.VIDEO, RiskLevel.NORMAL);
        assertEquals(1, youtube.steps().size());
        assertEquals(2, youtube.steps().get(0).required());
        assertEquals(3, youtube.steps().get(0).approvers().size());
        assertEquals(List.of(), youtube.steps().get(0).escalateTo());
    }

    @Test
    void aChannelsOwnSection1ReplacesTheBaseRulesThere() throws Exception {
        Catalogue c = catalogue("""
                {"linkedin":{"approvers":{"rules":[{"riskLevel":"normal","steps":[
                  {"name":"Employer branding","approvers":[{"kind":"user","id":"manager1"}],"required":1}]}]}}}""");
        ApprovalWorkflows.Workflow linkedin = find(c, "linkedin", ContentType.POST, RiskLevel.NORMAL);
        assertEquals("overrides.linkedin.approvers.rules[0]", linkedin.path());
        assertEquals(List.of("Employer branding"), names(linkedin));
        // The override has no high rule, and the base's high rule does not apply on LinkedIn.
        assertEquals(List.of(), find(c, "linkedin", ContentType.POST, RiskLevel.HIGH).steps());
        assertEquals(List.of("Brand review", "Client sign-off"), names(find(c, "facebook", ContentType.POST,
                RiskLevel.NORMAL)));
    }

    @Test
    void theDocumentedExampleIsWhatTheMatchingAnswers() throws Exception {
        ObjectMapper json = CatalogueJson.mapper();
        CatalogueJson.Read read = CatalogueJson.read(json.readTree(Examples.SMALL_CATALOGUE), "");
        assertEquals(List.of(), CatalogueValidator.validate(read));
        ApprovalWorkflowApi.Workflow answer = ApprovalWorkflowApi.of("acme", 7,
                ApprovalWorkflows.find(read.catalogue(), "facebook", ContentType.POST, RiskLevel.NORMAL));
        assertEquals(json.readTree(Examples.APPROVAL_WORKFLOW), json.readTree(json.writeValueAsString(answer)));
        ApprovalWorkflowApi.Workflow none = ApprovalWorkflowApi.of("acme", 7,
                ApprovalWorkflows.find(read.catalogue(), "facebook", ContentType.VIDEO, RiskLevel.NORMAL));
        assertEquals(json.readTree(Examples.APPROVAL_WORKFLOW_NONE), json.readTree(json.writeValueAsString(none)));
    }
}
