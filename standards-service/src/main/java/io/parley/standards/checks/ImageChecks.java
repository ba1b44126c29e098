package io.parley.standards.checks;

import io.parley.imaging.ImageInspector;
import io.parley.imaging.ImageReport;
import io.parley.imaging.ImageTooLargeException;
import io.parley.imaging.LogoSighting;
import io.parley.imaging.Placement;
import io.parley.imaging.RegisteredLogo;
import io.parley.imaging.UnreadableImageException;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.Catalogue.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Looks at the pixels of a draft's images: their size and shape for the channel (section 3) and the
 * brand's registered logo on them — present where required, its size as a share of the image width,
 * where it sits and the free space around it (section 7). Uses {@link ImageInspector}; every finding
 * gives the measured figure next to the rule.
 */
public final class ImageChecks {

    private final ImageInspector inspector;

    public ImageChecks(ImageInspector inspector) {
        this.inspector = inspector;
    }

    /** The findings about the draft's images that carry bytes; {@code logo} is the brand's registered logo, if any. */
    public List<Finding> check(Catalogue catalogue, Draft draft, Optional<RegisteredLogo> logo) {
        List<Finding> findings = new ArrayList<>();
        if (draft.kind() == null || draft.kind().isEngagement()) {
            return findings;
        }
        Catalogue.Logos rules = catalogue.forChannel(draft.channel()).logos();
        List<Draft.Image> images = draft.imagesOrEmpty();
        for (int i = 0; i < images.size(); i++) {
            Draft.Image image = images.get(i);
            if (image == null || image.bytes() == null) {
                continue;
            }
            ImageReport report = inspect(i, image.bytes(), logo);
            dimensions(i, report, draft.channel(), findings);
            logo(i, report, rules, draft.channel(), logo, findings);
        }
        return findings;
    }

    private ImageReport inspect(int index, byte[] bytes, Optional<RegisteredLogo> logo) {
        try {
            return inspector.inspect(bytes, logo.map(List::of).orElse(List.of()));
        } catch (ImageTooLargeException e) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "images[" + index + "] is " + e.width() + "×"
                    + e.height() + " pixels; at most " + e.maxPixels() + " pixels are checked");
        } catch (UnreadableImageException e) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "images[" + index + "] cannot be read as an "
                    + "image: " + e.getMessage());
        }
    }

    private static void dimensions(int i, ImageReport report, String channel, List<Finding> findings) {
        ChannelImageSpecs.Spec spec = ChannelImageSpecs.of(channel);
        double aspect = report.aspectRatio();
        if (aspect < spec.minAspect() - 1e-3 || aspect > spec.maxAspect() + 1e-3) {
            findings.add(Finding.at("image.aspect-ratio", 3, spec.aspectBlocks() ? Severity.BLOCK : Severity.WARN, i,
                    null, null, String.format(Locale.ROOT, "the image is %d×%d (%.2f:1); %s shows %.2f:1 to %.2f:1 uncropped",
                            report.width(), report.height(), aspect, channel, spec.minAspect(), spec.maxAspect()),
                    channel + " crops images outside that shape", "crop it to a shape the channel shows whole")
                    .keyed("image.aspectRatio", Map.of("image", PhotosChecker.number(i), "width",
                            String.valueOf(report.width()), "height", String.valueOf(report.height()), "ratio",
                            ratio(aspect), "channel", channel, "min", ratio(spec.minAspect()), "max",
                            ratio(spec.maxAspect()))));
        }
        if (report.width() < spec.minWidth()) {
            findings.add(Finding.at("image.too-small", 3, Severity.WARN, i, null, null, String.format(Locale.ROOT,
                    "the image is %d pixels wide; %s shows images sharp from %d", report.width(), channel,
                    spec.minWidth()), "a smaller image is enlarged and looks blurred",
                    "use the original at " + spec.minWidth() + " pixels wide or more")
                    .keyed("image.tooSmall", Map.of("image", PhotosChecker.number(i), "width",
                            String.valueOf(report.width()), "channel", channel, "min", String.valueOf(spec.minWidth()))));
        }
    }

    private static void logo(int i, ImageReport report, Catalogue.Logos rules, String channel,
            Optional<RegisteredLogo> registered, List<Finding> findings) {
        if (rules == null || rules.logoId() == null) {
            return;
        }
        boolean required = required(rules, channel);
        if (registered.isEmpty()) {
            if (required) {
                findings.add(Finding.at("logo.not-registered", 7, Severity.WARN, i, null, null, "the logo '"
                        + rules.logoId() + "' is not registered, so its presence cannot be checked",
                        "section 7 requires the logo on " + channel, "register it at PUT /api/v1/brands/{brand}/logos/"
                                + rules.logoId()).keyed("logo.notRegistered", Map.of("image", PhotosChecker.number(i),
                                "logo", rules.logoId(), "channel", channel)));
            }
            return;
        }
        Optional<LogoSighting> seen = report.logos().stream().filter(s -> s.logoId().equals(rules.logoId()))
                .max(java.util.Comparator.comparingDouble(LogoSighting::score));
        if (seen.isEmpty()) {
            if (required) {
                findings.add(Finding.at("logo.missing", 7, Severity.BLOCK, i, null, null,
                        "the brand's logo is not on the image", "section 7 requires the logo on " + channel,
                        "add the logo '" + rules.logoId() + "'").keyed("logo.missing",
                        Map.of("image", PhotosChecker.number(i), "logo", rules.logoId(), "channel", channel)));
            }
            return;
        }
        LogoSighting s = seen.get();
        double widthShare = s.width() / (double) report.width();
        if (rules.minShare() != null && widthShare < rules.minShare()) {
            findings.add(Finding.at("logo.too-small", 7, Severity.WARN, i, null, null, String.format(Locale.ROOT,
                    "the logo is %.1f%% of the image width; at least %.1f%% is required", 100 * widthShare,
                    100 * rules.minShare()), "a smaller logo is not recognised in the feed",
                    String.format(Locale.ROOT, "make it at least %d pixels wide",
                            (int) Math.ceil(rules.minShare() * report.width())))
                    .keyed("logo.tooSmall", Map.of("image", PhotosChecker.number(i), "share", share(widthShare),
                            "minShare", share(rules.minShare()), "pixels",
                            String.valueOf((int) Math.ceil(rules.minShare() * report.width())))));
        }
        if (rules.maxShare() != null && widthShare > rules.maxShare()) {
            findings.add(Finding.at("logo.too-large", 7, Severity.WARN, i, null, null, String.format(Locale.ROOT,
                    "the logo is %.1f%% of the image width; at most %.1f%% is allowed", 100 * widthShare,
                    100 * rules.maxShare()), "a large logo turns the post into an advertisement",
                    String.format(Locale.ROOT, "make it at most %d pixels wide",
                            (int) Math.floor(rules.maxShare() * report.width())))
                    .keyed("logo.tooLarge", Map.of("image", PhotosChecker.number(i), "share", share(widthShare),
                            "maxShare", share(rules.maxShare()), "pixels",
                            String.valueOf((int) Math.floor(rules.maxShare() * report.width())))));
        }
        if (rules.positions() != null && !rules.positions().isEmpty() && !allowed(s.placement(), rules.positions())) {
            findings.add(Finding.at("logo.position", 7, Severity.WARN, i, null, null, "the logo is at "
                    + s.placement().name().toLowerCase(Locale.ROOT).replace('_', '-') + "; it belongs at "
                    + String.join(" or ", rules.positions().stream().map(p -> p.name().toLowerCase(Locale.ROOT)
                    .replace('_', '-')).toList()), "the brand places its logo consistently",
                    "move it to " + rules.positions().get(0).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .keyed("logo.position", Map.of("image", PhotosChecker.number(i), "placement",
                            s.placement().name().toLowerCase(Locale.ROOT).replace('_', '-'), "places",
                            String.join(",", rules.positions().stream().map(p -> p.name().toLowerCase(Locale.ROOT)
                                    .replace('_', '-')).toList()))));
        }
        if (rules.clearSpace() != null) {
            double needed = rules.clearSpace() * s.width();
            if (s.clearSpacePx() + 0.5 < needed) {
                findings.add(Finding.at("logo.clear-space", 7, Severity.WARN, i, null, null, String.format(Locale.ROOT,
                        "the logo is %d pixels from the edge; at least %d are required", s.clearSpacePx(),
                        (int) Math.ceil(needed)), "the logo needs free space around it to stay legible",
                        "move it further from the edge").keyed("logo.clearSpace", Map.of("image",
                        PhotosChecker.number(i), "pixels", String.valueOf(s.clearSpacePx()), "needed",
                        String.valueOf((int) Math.ceil(needed)))));
            }
        }
    }

    /** A shape as a number for the console to write in the user's format: 1.91 for 1.91:1. */
    private static String ratio(double aspect) {
        return String.format(Locale.ROOT, "%.2f", aspect);
    }

    /** A share of the image's width as a fraction (0.125), which the console writes as a percentage. */
    private static String share(double fraction) {
        return String.format(Locale.ROOT, "%.3f", fraction);
    }

    private static boolean required(Catalogue.Logos rules, String channel) {
        if (rules.channels() != null) {
            for (Catalogue.ChannelLogoRule rule : rules.channels()) {
                if (channel.equals(rule.channel()) && rule.required() != null) {
                    return rule.required();
                }
            }
        }
        return Boolean.TRUE.equals(rules.requiredByDefault());
    }

    private static boolean allowed(Placement placement, List<Catalogue.LogoPosition> positions) {
        Catalogue.LogoPosition as = switch (placement) {
            case TOP_LEFT -> Catalogue.LogoPosition.TOP_LEFT;
            case TOP_RIGHT -> Catalogue.LogoPosition.TOP_RIGHT;
            case BOTTOM_LEFT -> Catalogue.LogoPosition.BOTTOM_LEFT;
            case BOTTOM_RIGHT -> Catalogue.LogoPosition.BOTTOM_RIGHT;
            case CENTER -> Catalogue.LogoPosition.CENTER;
            default -> null;
        };
        return as != null && positions.contains(as);
    }
}
