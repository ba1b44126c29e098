package io.parley.inbox.search;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Set;
import java.util.UUID;

/**
 * Keeps {@code conversation.search} (a {@code tsvector}, GIN-indexed) holding the lexemes of everything the
 * customer wrote in the conversation: each interaction adds its own as it is stored.
 */
@ApplicationScoped
public class SearchIndex {

    /** Adds the lexemes of a text to the conversation's search vector, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(UUID conversationId, String text) {
        Set<String> lexemes = SearchText.lexemes(text);
        if (lexemes.isEmpty()) {
            return;
        }
        Panache.getEntityManager().flush(); // a conversation opened in this transaction must exist first
        // Lexemes are single words (no whitespace): one string, split in SQL, avoids binding an array type.
        Panache.getEntityManager().createNativeQuery("""
                UPDATE conversation SET search = coalesce(search, ''::tsvector)
                    || array_to_tsvector(string_to_array(:lexemes, ' '))
                WHERE id = :id""")
                .setParameter("lexemes", String.join(" ", lexemes))
                .setParameter("id", conversationId)
                .executeUpdate();
    }
}
