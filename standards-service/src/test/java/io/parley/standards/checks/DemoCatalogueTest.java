package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.CatalogueJson;
import io.parley.standards.catalogue.CatalogueValidator;
import io.parley.testsupport.stack.DemoData;
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
}
