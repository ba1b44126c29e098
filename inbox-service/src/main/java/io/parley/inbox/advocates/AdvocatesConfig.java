package io.parley.inbox.advocates;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Who counts as an advocate, and how often one may be asked. */
@ConfigMapping(prefix = "parley.inbox.advocates")
public interface AdvocatesConfig {

    /** Conversations with a praise or a positive interaction by the same author that make them an advocate. */
    @WithDefault("3")
    int minPositiveConversations();

    /** An advocate is not asked for a recommendation again before this much time has passed. */
    @WithDefault("P90D")
    Duration askAgainAfter();
}
