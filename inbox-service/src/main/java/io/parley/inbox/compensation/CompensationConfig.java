package io.parley.inbox.compensation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Compensation settings. */
@ConfigMapping(prefix = "parley.inbox.compensation")
public interface CompensationConfig {

    /** How long the brand's approvers have to decide on a compensation above an agent's limit. */
    @WithDefault("PT2H")
    Duration approvalTarget();
}
