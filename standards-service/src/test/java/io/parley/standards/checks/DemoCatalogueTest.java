package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.CatalogueJson;
import io.parley.standards.catalogue.CatalogueValidator;
import io.parley.standards.workflow.ApprovalWorkflows;
import io.parley.devstack.stack.DemoData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The demo brand's catalogue, which ./parley up loads, is valid and catches what a reviewer would. */
class DemoCatalogueTest {

    private static Catalogue acme() throws Exception {
        CatalogueJson.Read read = CatalogueJson.read(CatalogueJson.mapper().readTree(DemoData.ACME_STANDARDS), "");
        assertEquals(List.of(), CatalogueValidator.validate(read));
        return read.catalogue();
    }

    private static Catalogue globex() throws Exception {
        CatalogueJson.Read read = CatalogueJson.read(CatalogueJson.mapper().readTree(DemoData.GLOBEX_STANDARDS), "");
        assertEquals(List.of(), CatalogueValidator.validate(read));
        return read.catalogue();
    }

    private static List<String> steps(Catalogue c, String channel, Catalogue.ContentType type, Catalogue.RiskLevel risk) {
        return ApprovalWorkflows.find(c, channel, type, risk).steps().stream()
                .map(s -> s.name() + " (" + s.required() + " of " + s.approvers().stream()
                        .map(a -> CatalogueJson.mapper().convertValue(a.kind(), String.class) + ":" + a.id()).toList()
                        + ")").toList();
    }

    private static List<String> rules(ChecksEngine engine, Draft.Kind kind, String channel, String text) {
        return engine.check(new Draft(kind, channel, text, List.of(), List.of(), List.of())).findings().stream()
                .map(Finding::ruleId).toList();
    }

    @Test
    void everySectionIsFilledIn() throws Exception {
        Catalogue c = acme();
        assertEquals(true, !c.approvers().rules().isEmpty() && !c.tools().allowed().isEmpty()
                && !c.photos().allowedLicences().isEmpty() && c.content().forbidden().size() >= 8
                && !c.links().requiredUtmParameters().isEmpty() && !c.otherBrands().brands().isEmpty()
                && "acme-logo".equals(c.logos().logoId()) && !c.engagement().avoidTopics().isEmpty()
                && !c.responseTargets().targets().isEmpty());
        assertEquals(List.of(Catalogue.Language.EN, Catalogue.Language.PL, Catalogue.Language.EL, Catalogue.Language.RU),
                c.content().forbidden().stream().map(Catalogue.TermRule::language).distinct().toList());
    }

    @Test
    void draftsInFourLanguagesAreCheckedAgainstIt() throws Exception {
        ChecksEngine engine = ChecksEngine.of(acme());
        assertEquals(List.of("pl-darmowy"), rules(engine, Draft.Kind.POST, "facebook", "Darmowej dostawy nie ma, ale jest darmowy zwrot"));
        assertEquals(List.of("el-dorean"), rules(engine, Draft.Kind.POST, "facebook", "Δωρεάν αποστολή σε όλη την Ελλάδα"));
        assertEquals(List.of("ru-besplatny"), rules(engine, Draft.Kind.POST, "vk", "Бесплатная доставка по всей России"));
        // Findings come in section order: links (5) before other brands (6).
        assertEquals(List.of("links.utm-missing", "other-brands.globex"),
                rules(engine, Draft.Kind.POST, "facebook", "Better than Globex: https://acme.example/winter"));
        assertEquals(List.of("public-reply.private-channel"),
                rules(engine, Draft.Kind.REPLY, "facebook", "Napiszcie do nas prywatnie, sprawdzimy zamówienie"));
    }

    @Test
    void postsOnFacebookInstagramAndLinkedInNeedABrandReviewAndTheClient() throws Exception {
        Catalogue acme = acme();
        for (String channel : List.of("facebook", "instagram", "linkedin")) {
            assertEquals(List.of("Brand review (1 of [role:approver])", "Client sign-off (1 of [external:any])"),
                    steps(acme, channel, Catalogue.ContentType.POST, Catalogue.RiskLevel.NORMAL), channel);
            assertEquals(List.of("Brand review (1 of [role:approver])", "Client sign-off (1 of [external:any])"),
                    steps(acme, channel, Catalogue.ContentType.POST, Catalogue.RiskLevel.LOW), channel);
        }
        Catalogue.ApprovalStep review = ApprovalWorkflows.find(acme, "facebook", Catalogue.ContentType.POST,
                Catalogue.RiskLevel.NORMAL).steps().get(0);
        assertEquals(List.of("PT4H", "PT8H", "manager"), List.of(review.remindAfter(), review.escalateAfter(),
                review.escalateTo().get(0).id()));
        assertEquals(List.of("Brand review (1 of [role:approver])"),
                steps(acme, "x", Catalogue.ContentType.POST, Catalogue.RiskLevel.NORMAL));
        assertEquals(List.of("Brand review (1 of [role:approver])", "Management sign-off (2 of [role:manager, user:admin1])"),
                steps(acme, "instagram", Catalogue.ContentType.POST, Catalogue.RiskLevel.HIGH));
        assertEquals(List.of("Approval (1 of [role:approver])"),
                steps(acme, "facebook", Catalogue.ContentType.VIDEO, Catalogue.RiskLevel.NORMAL));
        // Globex: one manager for everything.
        Catalogue globex = globex();
        assertEquals(List.of("Manager sign-off (1 of [role:manager])"),
                steps(globex, "facebook", Catalogue.ContentType.POST, Catalogue.RiskLevel.LOW));
        assertEquals(List.of("Manager sign-off (1 of [role:manager])"),
                steps(globex, "x", Catalogue.ContentType.VIDEO, Catalogue.RiskLevel.HIGH));
    }

    /** What the publishing browser test types into the composer: a forbidden Polish word, then its replacement. */
    @Test
    void aForbiddenPolishWordInAPostBlocksAndItsReplacementPasses() throws Exception {
        ChecksEngine engine = ChecksEngine.of(acme());
        for (String channel : List.of("facebook", "instagram", "linkedin")) {
            CheckResult flagged = engine.check(new Draft(Draft.Kind.POST, channel,
                    "Darmowa dostawa na całą zimową kolekcję ❄", List.of(), List.of(), List.of()));
            assertEquals(CheckResult.Verdict.BLOCK, flagged.verdict(), channel);
            assertEquals(1, flagged.findings().size(), channel);
            Finding f = flagged.findings().get(0);
            assertEquals(List.of("pl-darmowy", "BLOCK", "Darmowa", "w cenie"),
                    List.of(f.ruleId(), f.severity().name(), f.span().text(), f.suggestion()));
            assertEquals(new Finding.Span(0, 7, "Darmowa"), f.span());
            CheckResult fixed = engine.check(new Draft(Draft.Kind.POST, channel,
                    "Dostawa w cenie na całą zimową kolekcję ❄", List.of(), List.of(), List.of()));
            assertEquals(CheckResult.Verdict.PASS, fixed.verdict(), channel + ": " + fixed.findings());
        }
    }
}
