package io.parley.standards.logos;

import io.parley.imaging.ImageInspector;
import io.parley.imaging.ImageReport;
import io.parley.imaging.InvalidLogoException;
import io.parley.imaging.RegisteredLogo;
import io.parley.imaging.UnreadableImageException;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.rest.Keyset;
import io.parley.platform.rest.Page;
import io.parley.standards.checks.ImageBytes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Registers a brand's logos (validated as usable by the image analysis) and finds them for the checks. */
@ApplicationScoped
public class BrandLogos {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final ImageInspector inspector;
    private final Clock clock;

    @Inject
    public BrandLogos(ImageInspector inspector, Clock clock) {
        this.inspector = inspector;
        this.clock = clock;
    }

    @Transactional
    public BrandLogo register(String brand, String logoId, byte[] bytes, String user) {
        if (!ID.matcher(logoId).matches()) {
            throw ProblemException.invalid("logoId", "must be lower-case letters, digits and hyphens, e.g. acme-logo");
        }
        if (bytes == null || bytes.length == 0) {
            throw ProblemException.badRequest("the body must be the logo image (PNG or JPEG)");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "the logo is " + bytes.length
                    + " bytes; at most " + MAX_BYTES + " are accepted");
        }
        ImageBytes.Format format = ImageBytes.sniff(bytes);
        if (format == null || format == ImageBytes.Format.WEBP) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "a logo must be a PNG or JPEG image");
        }
        ImageReport report;
        try {
            // Looking for the logo in itself proves the analysis can use it (not flat, not transparent, not tiny).
            report = inspector.inspect(bytes, List.of(new RegisteredLogo(logoId, bytes)));
        } catch (UnreadableImageException e) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "the logo cannot be read: " + e.getMessage());
        } catch (InvalidLogoException e) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "the logo cannot be looked for: " + e.getMessage());
        }
        BrandLogo logo = BrandLogo.findById(new BrandLogo.Key(brand, logoId));
        if (logo == null) {
            logo = new BrandLogo();
            logo.brand = brand;
            logo.logoId = logoId;
        }
        logo.image = bytes;
        logo.contentType = format == ImageBytes.Format.PNG ? "image/png" : "image/jpeg";
        logo.width = report.width();
        logo.height = report.height();
        logo.uploadedAt = clock.instant();
        logo.uploadedBy = user;
        logo.persist();
        return logo;
    }

    public Optional<RegisteredLogo> find(String brand, String logoId) {
        if (logoId == null) {
            return Optional.empty();
        }
        return BrandLogo.<BrandLogo>findByIdOptional(new BrandLogo.Key(brand, logoId))
                .map(l -> new RegisteredLogo(l.logoId, l.image));
    }

    public List<BrandLogo> of(String brand) {
        return BrandLogo.list("brand = ?1 order by logoId", brand);
    }

    /** The order of {@link #page}, and its cursors' name. */
    static final Keyset<BrandLogo> LOGOS = Keyset.<BrandLogo>ascending("logos").text("logoId", l -> l.logoId);

    /**
     * A page of the brand's logos by id, after {@code cursor} (null: the first page); keyset on the primary key
     * (brand, logo_id).
     */
    public Page<BrandLogo> page(String brand, String cursor, int limit) {
        return LOGOS.page((q, p, rows) -> BrandLogo.<BrandLogo>find(q, p).range(0, rows - 1).list(),
                "brand = :b", Map.of("b", brand), cursor, limit);
    }

    @Transactional
    public boolean remove(String brand, String logoId) {
        return BrandLogo.deleteById(new BrandLogo.Key(brand, logoId));
    }
}
