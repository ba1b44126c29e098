package io.parley.standards.targets;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Defaults of a brand's standards before anyone has written them down. */
@ConfigMapping(prefix = "parley.standards")
public interface StandardsConfig {

    /** The first-response target, in minutes, of a brand that has set none. */
    @WithDefault("60")
    int defaultFirstResponseMinutes();
}
