package io.parley.contracts.inbox;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Someone wrote an internal note on a conversation, perhaps mentioning colleagues.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "Someone wrote an internal note on a conversation (never shown to the customer), perhaps mentioning colleagues with @user. Emitted by inbox-service; for notifications (a mentioned user is told).",
        key = "conversation id",
        fields = {
        "conversationId: the conversation",
        "noteId: the note",
        "author: the user who wrote it",
        "mentioned: the user names mentioned with @, in order of first mention, without the @; each one can see the brand (the inbox refuses a note naming anyone else)",
        "text: the note as written",
        "createdAt: when it was written"})
public record NoteAdded(
        UUID conversationId,
        UUID noteId,
        String author,
        List<String> mentioned,
        String text,
        Instant createdAt) implements Payload {

    public static final String TYPE = "parley.conversation.note-added.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.INBOX;
    }
}
