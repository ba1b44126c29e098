package io.parley.standards.checks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the checks endpoint. */
@ConfigMapping(prefix = "parley.standards.checks")
public interface ChecksConfig {

    /** The largest image (decoded bytes) the engine accepts; larger is 413. Keep quarkus.http.limits.max-body-size above it. */
    @WithDefault("8388608")
    long maxImageBytes();

    /** The most images one draft may carry. */
    @WithDefault("10")
    int maxImages();

    /** The longest text, in UTF-16 units (Facebook allows 63,206 characters). */
    @WithDefault("63206")
    int maxTextLength();
}
