package io.parley.standards.catalogue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How catalogue versions are accepted and published. */
@ConfigMapping(prefix = "parley.standards.catalogue")
public interface CatalogueConfig {

    /**
     * How often the publisher looks for versions whose effective-from has come (a duration like {@code 10s});
     * a scheduled version is published at most this late.
     */
    @WithDefault("10s")
    String publishEvery();

    /**
     * How far in the past an effective-from may be (clocks differ a little); it then counts as "now".
     * Further back is refused: the past cannot be changed.
     */
    @WithDefault("5m")
    Duration pastTolerance();

    /** The longest comment a version may have. */
    @WithDefault("500")
    int maxCommentLength();
}
