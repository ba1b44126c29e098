package io.parley.inbox.notes;

import io.parley.contracts.Event;
import io.parley.contracts.inbox.NoteAdded;
import io.parley.platform.rest.Keyset;
import io.parley.inbox.audit.AuditTrail;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.ConversationLifecycle;
import io.parley.inbox.conversations.Conversations;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Internal notes: stored, audited, and announced as {@code NoteAdded} (with who was mentioned) through the outbox. */
@ApplicationScoped
public class NoteService {

    @Inject
    Conversations conversations;

    @Inject
    ConversationLifecycle lifecycle;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    io.parley.inbox.people.PeopleDirectory people;

    @Transactional
    public Note add(UUID conversationId, Set<String> brands, String author, String text) {
        List<String> mentioned = Mentions.of(text);
        // Only people who can read the note are told: a typo or someone outside the brand is refused (422), checked
        // before the conversation is locked (the directory may ask the identity provider).
        people.requireMentionable(conversations.get(conversationId, brands).brand, mentioned);
        Conversation c = conversations.getForUpdate(conversationId, brands);
        Instant now = clock.instant();
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.conversationId = c.id;
        note.brand = c.brand;
        note.author = author;
        note.text = text;
        note.mentions = String.join(" ", mentioned);
        note.createdAt = now;
        note.persist();
        lifecycle.touched(c, author, "a note was written");
        audit.record(c.id, c.brand, "note_added", author, AuditTrail.details("noteId", note.id, "mentioned",
                mentioned));
        outbox.add(c.id.toString(), Event.of(note.id, "inbox-service", c.brand, c.id.toString(), now, now,
                new NoteAdded(c.id, note.id, author, mentioned, text, now)));
        return note;
    }

    /** The listing of {@link #page}: (created_at, id), index conversation_note_page. */
    static final Keyset<Note> NOTES = Keyset.<Note>ascending("conversation-notes")
            .instant("createdAt", n -> n.createdAt).uuid("id", n -> n.id);

    /** A page of a conversation's notes, oldest first, after {@code cursor} (null: the first page). */
    @Transactional
    public Page<Note> page(UUID conversationId, Set<String> brands, String cursor, int limit) {
        conversations.get(conversationId, brands);
        return NOTES.page((q, p, rows) -> Note.<Note>find(q, p).range(0, rows - 1).list(),
                "conversationId = :c", Map.of("c", conversationId), cursor, limit);
    }
}
