package io.parley.calendar.publishing;

import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.UUID;

/** Makes and checks the signed, expiring links by which platforms fetch a post's images ({@link PublicMediaConfig}). */
@ApplicationScoped
public class SignedMediaLinks {

    public static final String PATH = "/api/v1/public/media/";

    @Inject
    PublicMediaConfig config;

    @Inject
    Clock clock;

    private MediaSignatures signatures() {
        return new MediaSignatures(config.secret());
    }

    /** An absolute link to the image, working for the configured lifetime from now. */
    public String link(UUID mediaId) {
        long expires = clock.instant().plus(config.lifetime()).getEpochSecond();
        String base = config.baseUrl().endsWith("/") ? config.baseUrl().substring(0, config.baseUrl().length() - 1)
                : config.baseUrl();
        return base + PATH + mediaId + "?expires=" + expires + "&sig=" + signatures().sign(mediaId, expires);
    }

    /** 403 unless the signature is this image's and the link has not expired. */
    public void check(UUID mediaId, String expires, String signature) {
        long until;
        try {
            until = Long.parseLong(expires == null ? "" : expires);
        } catch (NumberFormatException e) {
            throw forbidden("the link has no valid expiry");
        }
        if (!signatures().matches(mediaId, until, signature)) {
            throw forbidden("the link's signature does not match");
        }
        if (clock.instant().getEpochSecond() > until) {
            throw forbidden("the link expired");
        }
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }
}
