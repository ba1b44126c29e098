package io.parley.standards.targets;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Response-time targets (standard 9) before a brand has written its own down. */
@ConfigMapping(prefix = "parley.standards.response-targets")
public interface ResponseTargetsConfig {

    /** The first-response target, in minutes, of a brand that has set none (shown as version 0). */
    @WithDefault("60")
    int defaultMinutes();
}
