package io.parley.inbox.stories;

import io.parley.contracts.posts.VariantPublished;
import io.parley.inbox.conversations.Conversation;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Links conversations to the stories whose published posts they are under: a conversation keeps the platform post it
 * is under ({@code post_id}); the brand's published posts are kept from VariantPublished; the link is read when a
 * conversation is shown, so it holds whichever of the two arrived first.
 */
@ApplicationScoped
public class StoryLinks {

    /** Records a published post (a repeated event changes nothing but a newer title or permalink). */
    public void published(String brand, VariantPublished p) {
        if (p.platformPostId() == null || p.platform() == null) {
            return;
        }
        PublishedPost.Key key = new PublishedPost.Key(brand, p.platform().id(), p.platformPostId());
        PublishedPost post = PublishedPost.findById(key);
        if (post == null) {
            post = new PublishedPost();
            post.key = key;
        }
        post.channelAccountId = p.channelAccountId() == null ? "" : p.channelAccountId();
        post.storyId = p.storyId();
        post.storyTitle = p.storyTitle() == null ? "" : p.storyTitle();
        post.variantId = p.variantId();
        post.permalink = p.permalink();
        post.publishedAt = p.publishedAt();
        post.persist();
    }

    /** The story of each conversation that is under a published post, by conversation id. */
    public Map<UUID, StoryRef> of(List<Conversation> conversations) {
        Map<UUID, StoryRef> out = new HashMap<>();
        List<Conversation> under = conversations.stream().filter(c -> c.postId != null).toList();
        if (under.isEmpty()) {
            return out;
        }
        List<PublishedPost.Key> keys = new ArrayList<>();
        for (Conversation c : under) {
            keys.add(new PublishedPost.Key(c.brand, c.platform, c.postId));
        }
        Map<PublishedPost.Key, PublishedPost> posts = new HashMap<>();
        PublishedPost.<PublishedPost>list("key.platformPostId in ?1",
                        keys.stream().map(PublishedPost.Key::platformPostId).distinct().toList())
                .forEach(p -> posts.put(p.key, p));
        for (Conversation c : under) {
            PublishedPost p = posts.get(new PublishedPost.Key(c.brand, c.platform, c.postId));
            if (p != null) {
                out.put(c.id, StoryRef.of(p));
            }
        }
        return out;
    }

    public StoryRef of(Conversation c) {
        return of(List.of(Objects.requireNonNull(c))).get(c.id);
    }
}
