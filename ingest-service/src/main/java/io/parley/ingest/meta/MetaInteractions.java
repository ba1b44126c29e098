package io.parley.ingest.meta;

import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.intake.InteractionIntake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a parsed Page webhook into interactions of the brands whose pages they are on. */
final class MetaInteractions {

    private MetaInteractions() {
    }

    static InteractionIntake.Delivery of(MetaFeedParser.Parsed parsed, ChannelDirectory channels) {
        List<InteractionIntake.Heard> heard = new ArrayList<>();
        List<String> ignored = new ArrayList<>(parsed.ignoredReasons());
        for (FeedComment c : parsed.comments()) {
            Optional<ChannelAccount> page = channels.find(Platform.FACEBOOK, c.pageId());
            if (page.isEmpty()) {
                ignored.add("unknown-page");
                continue;
            }
            heard.add(new InteractionIntake.Heard(page.get(), new InteractionReceived(
                    StableIds.of(Platform.FACEBOOK.id(), c.pageId(), c.commentId()),
                    Platform.FACEBOOK, c.pageId(), c.kind(), c.commentId(), c.postId(), c.parentId(), c.threadId(),
                    new Author(c.authorId(), c.authorName(),
                            c.authorId() == null ? null : "https://www.facebook.com/" + c.authorId()),
                    c.message(), "https://www.facebook.com/" + c.commentId(), c.createdTime())));
        }
        return new InteractionIntake.Delivery(Platform.FACEBOOK, heard, ignored);
    }
}
