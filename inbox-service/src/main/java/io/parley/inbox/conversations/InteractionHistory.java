package io.parley.inbox.conversations;

import io.parley.contracts.interactions.InteractionChanged;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Applies edits, hides and deletes made on the platform to the interactions heard before, keeping
 * every earlier text as a revision. Changes are applied in the platform's order: an older change
 * arriving late is kept in the history but does not overwrite a newer text or state.
 */
@ApplicationScoped
public class InteractionHistory {

    @Transactional(Transactional.TxType.MANDATORY)
    public void change(UUID eventId, InteractionChanged change, Instant observedAt) {
        InteractionRevision r = new InteractionRevision();
        r.id = eventId;
        r.interactionId = change.interactionId();
        r.change = change.change().id();
        r.textAfter = change.text();
        r.changedBy = change.changedBy();
        r.platformTime = change.platformTime();
        r.observedAt = observedAt;
        Interaction interaction = Interaction.findById(change.interactionId(), LockModeType.PESSIMISTIC_WRITE);
        if (interaction != null) {
            apply(interaction, r);
        }
        r.persist();
    }

    /** A new interaction takes the changes that arrived before it, in the platform's order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyWaiting(Interaction interaction) {
        List<InteractionRevision> waiting = InteractionRevision.list("interactionId = ?1 and applied = false",
                Sort.by("observedAt"), interaction.id);
        waiting.stream().sorted(Comparator.comparing((InteractionRevision r) -> r.platformTime,
                Comparator.nullsLast(Comparator.naturalOrder()))).forEach(r -> apply(interaction, r));
    }

    private static void apply(Interaction interaction, InteractionRevision r) {
        r.applied = true;
        boolean newest = r.platformTime == null || interaction.lastChangedAt == null
                || !r.platformTime.isBefore(interaction.lastChangedAt);
        switch (r.change) {
            case "edited" -> {
                r.textBefore = interaction.text;
                if (newest && r.textAfter != null) {
                    interaction.text = r.textAfter;
                    interaction.editedAt = r.platformTime != null ? r.platformTime : r.observedAt;
                }
            }
            case "hidden" -> {
                if (newest && !"deleted".equals(interaction.state)) {
                    interaction.state = "hidden";
                }
            }
            case "unhidden" -> {
                if (newest && "hidden".equals(interaction.state)) {
                    interaction.state = "visible";
                }
            }
            case "deleted" -> interaction.state = "deleted";
            default -> {
            }
        }
        if (newest && r.platformTime != null) {
            interaction.lastChangedAt = r.platformTime;
        }
    }

    public List<InteractionRevision> revisions(List<UUID> interactionIds) {
        if (interactionIds.isEmpty()) {
            return List.of();
        }
        return InteractionRevision.list("interactionId in ?1 and applied = true", Sort.by("observedAt"), interactionIds);
    }
}
