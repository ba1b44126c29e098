package io.parley.standards.workflow;

import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.Catalogue.ApprovalRule;
import io.parley.standards.catalogue.Catalogue.ContentType;
import io.parley.standards.catalogue.Catalogue.RiskLevel;

import java.util.List;

/**
 * Which approval workflow a post gets from section 1 of the catalogue. Pure: the resource and a unit test
 * call it alike.
 *
 * <ul>
 *   <li>On a channel with its own section 1 (an override) only that section's rules count: an override
 *       replaces the whole section there, as everywhere in the catalogue.</li>
 *   <li>A rule fits a post when its channel is absent or the post's, and its content type is absent or the
 *       post's.</li>
 *   <li>Risk: a rule is for its risk level <em>and every lower one</em>. The rules for the post's own level
 *       are tried first, in catalogue order; only if none fits, those for the next higher level, and so on.
 *       So a low-risk post goes through the normal-risk workflow when the brand wrote none for low risk —
 *       never through fewer hands because it was rated lower — while a high-risk post never gets a
 *       normal-risk rule's workflow. To let low-risk posts out without approval, write a low-risk rule with
 *       no steps.</li>
 *   <li>No rule fits: no steps, nothing to approve.</li>
 * </ul>
 */
public final class ApprovalWorkflows {

    private ApprovalWorkflows() {
    }

    /**
     * The workflow: the rule's index in the section that applied and its JSON path in the catalogue (null
     * when no rule fits), and its steps (empty: nothing to approve).
     */
    public record Workflow(Integer rule, String path, List<Catalogue.ApprovalStep> steps) {
        static final Workflow NONE = new Workflow(null, null, List.of());
    }

    public static Workflow find(Catalogue catalogue, String channel, ContentType contentType, RiskLevel riskLevel) {
        boolean overridden = catalogue.overrides() != null && catalogue.overrides().get(channel) != null
                && catalogue.overrides().get(channel).approvers() != null;
        Catalogue.Approvers section = catalogue.forChannel(channel).approvers();
        if (section == null || section.rules() == null) {
            return Workflow.NONE;
        }
        String prefix = overridden ? "overrides." + channel + ".approvers.rules" : "approvers.rules";
        List<ApprovalRule> rules = section.rules();
        RiskLevel[] levels = RiskLevel.values();
        for (int level = riskLevel.ordinal(); level < levels.length; level++) {
            for (int i = 0; i < rules.size(); i++) {
                ApprovalRule r = rules.get(i);
                if (r != null && r.riskLevel() == levels[level] && fits(r, channel, contentType)) {
                    return new Workflow(i, prefix + "[" + i + "]", r.normalisedSteps());
                }
            }
        }
        return Workflow.NONE;
    }

    private static boolean fits(ApprovalRule rule, String channel, ContentType contentType) {
        return (rule.channel() == null || rule.channel().equals(channel))
                && (rule.contentType() == null || rule.contentType() == contentType);
    }
}
