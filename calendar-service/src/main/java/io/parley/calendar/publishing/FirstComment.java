package io.parley.calendar.publishing;

import io.parley.calendar.stories.Variant;
import io.parley.contracts.deliveries.DeliveryOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;

/** A variant's first comment: its text, its delay after the post, and how it went. */
public final class FirstComment {

    /** Before the post is out. */
    public static final String PENDING = "pending";
    public static final String REQUESTED = "requested";

    private FirstComment() {
    }

    @Schema(name = "FirstComment", description = "A comment posted under the published post after a delay; on write a "
            + "string is the text with the default delay")
    public record View(@Schema(example = "Link do sklepu 👇 https://acme.example/zima") String text,
            @Schema(description = "minutes after the post is published", example = "2") int delayMinutes,
            @Schema(description = "pending, requested, delayed, unknown, published or failed", example = "pending")
            String state,
            @Schema(description = "the comment's id on the network, once published") String platformCommentId,
            String permalink) {
    }

    @Schema(name = "FirstCommentWrite", description = "A first comment with its own delay")
    public record Write(@Schema(required = true, example = "Link do sklepu 👇") String text,
            @Schema(description = "minutes after the post (0 to 1440); absent: the default", example = "5")
            Integer delayMinutes) {
    }

    /** The longest delay a first comment may have: a day. */
    public static final int MAX_DELAY_MINUTES = 1440;

    public static View of(Variant v, Duration defaultDelay) {
        if (v.firstComment == null) {
            return null;
        }
        int minutes = v.firstCommentDelay != null ? v.firstCommentDelay : (int) defaultDelay.toMinutes();
        return new View(v.firstComment, minutes, v.firstCommentState == null ? PENDING : v.firstCommentState,
                v.firstCommentId, v.firstCommentPermalink);
    }

    static String state(DeliveryOutcome outcome) {
        return switch (outcome) {
            case DELIVERED -> Publication.PUBLISHED;
            case FAILED -> Publication.FAILED;
            case DELAYED -> Publication.DELAYED;
            case UNKNOWN -> Publication.UNKNOWN;
        };
    }
}
