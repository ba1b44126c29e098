package io.parley.inbox.notes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An internal note on a conversation: for colleagues, never shown to the customer. */
@Entity
@Table(name = "conversation_note")
public class Note extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(nullable = false)
    public String brand;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String text;

    /** The user names mentioned with @, space-separated, in order of first mention. */
    @Column(nullable = false)
    public String mentions;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public List<String> mentioned() {
        return mentions.isEmpty() ? List.of() : Arrays.asList(mentions.split(" "));
    }
}
