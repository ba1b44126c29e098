package io.parley.contracts.posts;

import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * An editor put a draft post on the calendar.
 *
 * @param postId      the calendar's id of the post
 * @param platform    the channel it is planned for
 * @param title       a short working title
 * @param text        the post's text
 * @param plannedFor  when it is planned to go out
 * @param author      the editor who drafted it
 */
public record PostDrafted(
        UUID postId,
        Platform platform,
        String title,
        String text,
        Instant plannedFor,
        String author) implements Payload {

    public static final String TYPE = "parley.post.drafted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
