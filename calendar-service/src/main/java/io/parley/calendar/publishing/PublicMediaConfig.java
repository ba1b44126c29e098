package io.parley.calendar.publishing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Signed links to a post's images for the platforms (and the gateway), which fetch them without a session:
 * {@code <base-url>/api/v1/public/media/{id}?expires=<epoch seconds>&sig=<hex HMAC-SHA256>}.
 */
@ConfigMapping(prefix = "parley.calendar.public-media")
public interface PublicMediaConfig {

    /** calendar-service's address as the platforms reach it (Kubernetes: the public ingress). */
    @WithDefault("http://localhost:8083")
    String baseUrl();

    /** The HMAC-SHA256 key (Kubernetes: the calendar-service-secrets Secret); rotating it voids every link. */
    String secret();

    /**
     * How long a link works: long enough for a post the gateway delays (a rate limit, a channel waiting to be
     * reconnected) to still find its images.
     */
    @WithDefault("P7D")
    Duration lifetime();
}
