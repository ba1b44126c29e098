package io.parley.standards.targets;

import io.parley.contracts.Platform;
import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.CatalogueApi;
import io.parley.standards.catalogue.CatalogueService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The response-time targets as a view of section 9 of the catalogue, kept for the clients written
 * before the catalogue: reading shows the first-response, normal-priority targets of the version in
 * force; writing makes a new catalogue version with those targets replaced and everything else as in
 * force. So there is one history and one version sequence, and the inbox hears of every change.
 */
@ApplicationScoped
public class ResponseTargetService {

    static final String COMMENT = "response-time targets changed (response-targets API)";

    private final CatalogueService catalogues;

    @Inject
    public ResponseTargetService(CatalogueService catalogues) {
        this.catalogues = catalogues;
    }

    /** The view and the ETag a change must name (the latest catalogue version). */
    public record Tagged(ResponseTargets.View view, long latestVersion) {
    }

    @Transactional
    public Tagged current(String brand) {
        CatalogueApi.View current = catalogues.current(brand);
        return new Tagged(ResponseTargets.view(current), current.latestVersion());
    }

    @Transactional
    public Tagged replace(String brand, ResponseTargets.Update update, OptionalLong expectedVersion, String author) {
        ResponseTargetsValidator.validate(update);
        Catalogue.ResponseTargets section = catalogues.inForce(brand).catalogue().responseTargets();
        List<Catalogue.ResponseTarget> targets = new ArrayList<>();
        for (ResponseTargets.ChannelTarget t : update.targets()) {
            targets.add(new Catalogue.ResponseTarget(Platform.fromId(t.platform()).id(),
                    Catalogue.MomentOfTruth.FIRST_RESPONSE, Catalogue.Priority.NORMAL, t.firstResponseMinutes()));
        }
        section.targets().stream().filter(t -> !ResponseTargets.isFirstResponseNormal(t)).forEach(targets::add);
        CatalogueApi.View stored = catalogues.replaceResponseTargets(brand, new Catalogue.ResponseTargets(
                update.defaultMinutes(), section.timeZone(), section.hours(), section.holidays(), targets),
                expectedVersion, author, COMMENT);
        return new Tagged(ResponseTargets.view(stored), stored.latestVersion());
    }
}
