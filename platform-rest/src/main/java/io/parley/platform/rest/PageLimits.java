package io.parley.platform.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The one page-size rule of every list endpoint ({@code parley.pages.*}): {@code limit} absent is
 * {@link #defaultLimit()}, else a whole number from 1 to {@link #maxLimit()}; anything else is a 400 naming
 * {@code limit} ({@link QueryParams#limit(String, PageLimits)}).
 */
@ConfigMapping(prefix = "parley.pages")
public interface PageLimits {

    /** The page size when the caller names none. */
    @WithDefault("50")
    int defaultLimit();

    /** The largest page a caller may ask for. */
    @WithDefault("200")
    int maxLimit();
}
