package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue;

import io.parley.contracts.Platform;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.standards.catalogue.CatalogueService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Checks a draft against the brand's catalogue in force, keeping one compiled engine per brand and version. */
@ApplicationScoped
public class ChecksService {

    private final CatalogueService catalogues;
    private final ChecksConfig config;
    private final Map<String, Engine> engines = new ConcurrentHashMap<>();

    private record Engine(long version, ChecksEngine engine) {
    }

    private final ImageChecks images;
    private final io.parley.standards.logos.BrandLogos logos;
    private final java.time.Clock clock;

    @Inject
    public ChecksService(CatalogueService catalogues, ChecksConfig config, ImageChecks images,
            io.parley.standards.logos.BrandLogos logos, java.time.Clock clock) {
        this.clock = clock;
        this.catalogues = catalogues;
        this.config = config;
        this.images = images;
        this.logos = logos;
    }

    @Schema(name = "CheckReport", description = "The findings about a draft and the verdict")
    public record Report(@Schema(example = "acme") String brand,
            @Schema(description = "the catalogue version checked against", example = "3") long catalogueVersion,
            CheckResult.Verdict verdict, List<Finding> findings) {
    }

    public Report check(String brand, Draft draft) {
        validate(draft);
        ImageBytes.requireAcceptable(draft.imagesOrEmpty(), config.maxImageBytes());
        CatalogueService.Current current = catalogues.inForce(brand);
        Engine engine = engines.compute(brand, (b, e) -> e != null && e.version() == current.version() ? e
                : new Engine(current.version(), ChecksEngine.of(current.catalogue())));
        // The engine is pure: "now", for a licence's end when the draft has no schedule, is decided here.
        Draft dated = draft.scheduledFor() != null ? draft : draft.at(clock.instant());
        CheckResult result = engine.engine().check(dated);
        if (draft.imagesOrEmpty().stream().anyMatch(i -> i != null && i.bytes() != null)) {
            // The pixels: the channel's image shape and size (section 3), the registered logo (section 7).
            Catalogue.Logos logoRules = current.catalogue().forChannel(draft.channel()).logos();
            List<Finding> all = new ArrayList<>(result.findings());
            all.addAll(images.check(current.catalogue(), draft,
                    logos.find(brand, logoRules == null ? null : logoRules.logoId())));
            result = CheckResult.of(all);
        }
        return new Report(brand, current.version(), result.verdict(), result.findings());
    }

    private void validate(Draft draft) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (draft == null) {
            throw ProblemException.invalid("body", "is required");
        }
        if (draft.kind() == null) {
            errors.add(new Problem.FieldError("kind", "is required: post, reply, like or share"));
        }
        if (draft.channel() == null) {
            errors.add(new Problem.FieldError("channel", "is required"));
        } else {
            try {
                if (!Platform.fromId(draft.channel()).id().equals(draft.channel())) {
                    errors.add(new Problem.FieldError("channel", "must be a lower-case channel id like facebook"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("channel", e.getMessage()));
            }
        }
        if (draft.text() != null && draft.text().length() > config.maxTextLength()) {
            errors.add(new Problem.FieldError("text", "must be at most " + config.maxTextLength() + " characters, was "
                    + draft.text().length()));
        }
        if (draft.imagesOrEmpty().size() > config.maxImages()) {
            errors.add(new Problem.FieldError("images", "at most " + config.maxImages() + " images, was "
                    + draft.imagesOrEmpty().size()));
        }
        for (int i = 0; i < draft.imagesOrEmpty().size(); i++) {
            if (draft.imagesOrEmpty().get(i) == null) {
                errors.add(new Problem.FieldError("images[" + i + "]", "must be an object"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_INPUT, errors.stream().map(e -> e.field() + " " + e.message())
                    .collect(Collectors.joining("; ")), errors);
        }
    }
}
