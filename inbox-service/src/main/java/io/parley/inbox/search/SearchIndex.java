package io.parley.inbox.search;

import io.parley.inbox.batch.BatchMemo;
import io.parley.inbox.conversations.ConversationEvents;
import io.parley.inbox.conversations.Interaction;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps {@code conversation.search} (a {@code tsvector}, GIN-indexed) holding the lexemes of everything the
 * customer wrote in the conversation: each interaction adds its own as it is stored. In an intake batch
 * (a transaction with a {@link BatchMemo}) a conversation opened by the batch carries its first words in its INSERT,
 * and the other lexemes are gathered per conversation and written by {@link #writeGathered()} in one round trip,
 * after the batch's conversations exist.
 */
@ApplicationScoped
public class SearchIndex {

    private static final String GATHERED = "search.gathered";
    private static final String OPENED = "search.opened";
    private static final String UPDATE = """
            UPDATE conversation SET search = coalesce(search, ''::tsvector)
                || array_to_tsvector(string_to_array(?, ' '))
            WHERE id = ?""";

    @Inject
    BatchMemo memo;

    /**
     * An interaction stored (its text as it stands, with any edit that waited for it applied): its words join the
     * conversation's. Before the other observers of a stored interaction, as when intake called it directly.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void stored(@Observes @Priority(Interceptor.Priority.APPLICATION) Interaction interaction) {
        Opened first = memo.<Map<UUID, Opened>>prepared(OPENED).map(m -> m.get(interaction.id)).orElse(null);
        if (first == null) {
            add(interaction.conversationId, interaction.text);
        } else if (!first.text().equals(interaction.text)) {
            // Its words are in the conversation's INSERT; an edit that waited for it may have brought more.
            Set<String> lexemes = SearchText.lexemes(interaction.text);
            lexemes.removeAll(first.lexemes());
            add(interaction.conversationId, lexemes);
        }
    }

    /**
     * A conversation about to be stored in an intake batch: its first interaction's words go into its INSERT
     * ({@link io.parley.inbox.conversations.Conversation#openingWords}) instead of an UPDATE after it. Outside a batch
     * the words are added when the interaction is stored, as before.
     */
    void opening(@Observes ConversationEvents.Opening opening) {
        if (!memo.active() || opening.first().text() == null) {
            return;
        }
        Set<String> lexemes = SearchText.lexemes(opening.first().text());
        if (lexemes.isEmpty()) {
            return;
        }
        opening.conversation().openingWords = String.join(" ", lexemes);
        memo.<Map<UUID, Opened>>remember(OPENED, HashMap::new).put(opening.first().interactionId(),
                new Opened(opening.first().text(), lexemes));
    }

    /** An interaction that opened a conversation in this batch, by its id: its text and the words in the INSERT. */
    private record Opened(String text, Set<String> lexemes) {
    }

    /** Adds the lexemes of a text to the conversation's search vector, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(UUID conversationId, String text) {
        add(conversationId, SearchText.lexemes(text));
    }

    private void add(UUID conversationId, Set<String> lexemes) {
        if (lexemes.isEmpty()) {
            return;
        }
        if (memo.active()) {
            Map<UUID, Set<String>> gathered = memo.remember(GATHERED, LinkedHashMap::new);
            gathered.computeIfAbsent(conversationId, id -> new LinkedHashSet<>()).addAll(lexemes);
            return;
        }
        Panache.getEntityManager().flush(); // a conversation opened in this transaction must exist first
        write(Map.of(conversationId, lexemes));
    }

    /** Writes what an intake batch gathered (flushing its conversations first); nothing outside a batch. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void writeGathered() {
        Map<UUID, Set<String>> gathered = memo.<Map<UUID, Set<String>>>prepared(GATHERED).orElse(Map.of());
        if (gathered.isEmpty()) {
            return;
        }
        Panache.getEntityManager().flush();
        write(gathered);
        gathered.clear();
    }

    // Lexemes are single words (no whitespace): one string, split in SQL, avoids binding an array type.
    private static void write(Map<UUID, Set<String>> lexemes) {
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                for (Map.Entry<UUID, Set<String>> e : lexemes.entrySet()) {
                    update.setString(1, String.join(" ", e.getValue()));
                    update.setObject(2, e.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }
}
