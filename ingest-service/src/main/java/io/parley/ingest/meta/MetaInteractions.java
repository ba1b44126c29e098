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
            Optional<ChannelAccount> account = channels.find(c.platform(), c.pageId());
            if (account.isEmpty()) {
                ignored.add("unknown-account");
                continue;
            }
            heard.add(new InteractionIntake.Heard(account.get(), new InteractionReceived(
                    StableIds.of(c.platform().id(), c.pageId(), c.commentId()),
                    c.platform(), c.pageId(), c.kind(), c.commentId(), c.postId(), c.parentId(), c.threadId(),
                    new Author(c.authorId(), c.authorName(), c.profileUrl()),
                    c.message(), c.permalink(), c.createdTime()).withAttachments(c.attachments())));
        }
        List<InteractionIntake.Changed> changed = new ArrayList<>();
        for (MetaFeedParser.FeedChange c : parsed.changes()) {
            Optional<ChannelAccount> account = channels.find(c.platform(), c.pageId());
            if (account.isEmpty()) {
                ignored.add("unknown-account");
                continue;
            }
            changed.add(new InteractionIntake.Changed(account.get(), new io.parley.contracts.interactions.InteractionChanged(
                    StableIds.of(c.platform().id(), c.pageId(), c.objectId()), c.platform(), c.pageId(), c.objectId(),
                    c.threadId(), c.change(), c.message(), c.by(), c.time())));
        }
        return new InteractionIntake.Delivery(Platform.FACEBOOK, heard, changed, ignored, // metrics: Meta's webhook
                parsed.malformed());
    }
}
