package io.parley.inbox.stories;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The story (and its variant, the published post) a conversation answers. */
@Schema(name = "ConversationStory", description = "the story whose published post the conversation is under")
public record StoryRef(UUID id, @Schema(example = "Zimowa kolekcja 2026") String title, UUID variantId,
        @Schema(description = "the post's public URL, when the platform gave one") String permalink) {

    static StoryRef of(PublishedPost p) {
        return new StoryRef(p.storyId, p.storyTitle, p.variantId, p.permalink);
    }
}
