package io.parley.calendar.publishing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The scheduler that sends due variants to the channel gateway, and the first comment after a post. */
@ConfigMapping(prefix = "parley.calendar.publishing")
public interface PublishingConfig {

    /** The pause between two passes of the scheduler: a variant goes out within about this of its time. */
    @WithDefault("PT1S")
    Duration scanEvery();

    /** Variants one pass claims in one transaction. */
    @WithDefault("200")
    int batch();

    /** How long after its post is published a first comment goes out, when the variant does not say. */
    @WithDefault("PT2M")
    Duration firstCommentDelay();

    /**
     * While publishing is paused: a held post more than this late makes the console suggest "reschedule" rather than
     * "send" when the pause is lifted (pause.HeldPosts).
     */
    @WithDefault("PT1H")
    Duration heldStaleAfter();
}
