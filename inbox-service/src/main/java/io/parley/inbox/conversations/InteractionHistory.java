package io.parley.inbox.conversations;

import io.parley.contracts.interactions.InteractionChanged;
import io.parley.inbox.batch.BatchMemo;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applies edits, hides and deletes made on the platform to the interactions heard before, keeping
 * every earlier text as a revision. Changes are applied in the platform's order: an older change
 * arriving late is kept in the history but does not overwrite a newer text or state.
 */
@ApplicationScoped
public class InteractionHistory {

    private static final String WAITING = "history.waiting";

    @Inject
    BatchMemo memo;

    /**
     * Reads ahead, for an intake batch, the changes waiting for any of these interactions (one query instead of
     * one per interaction); {@link #applyWaiting} then takes them from the batch's memo.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void prepare(Collection<UUID> interactionIds) {
        Map<UUID, List<InteractionRevision>> waiting = new HashMap<>();
        if (!interactionIds.isEmpty()) {
            InteractionRevision.<InteractionRevision>list("interactionId in ?1 and applied = false",
                    Sort.by("observedAt"), interactionIds).forEach(r ->
                    waiting.computeIfAbsent(r.interactionId, id -> new ArrayList<>()).add(r));
        }
        memo.put(WAITING, waiting);
    }

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
        } else {
            // The interaction may still arrive later in this batch: it must find the change waiting.
            memo.<Map<UUID, List<InteractionRevision>>>prepared(WAITING).ifPresent(w ->
                    w.computeIfAbsent(r.interactionId, id -> new ArrayList<>()).add(r));
        }
        r.persist();
    }

    /** A new interaction takes the changes that arrived before it, in the platform's order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyWaiting(Interaction interaction) {
        List<InteractionRevision> waiting = memo.<Map<UUID, List<InteractionRevision>>>prepared(WAITING)
                .map(w -> w.getOrDefault(interaction.id, List.of()))
                .orElseGet(() -> InteractionRevision.list("interactionId = ?1 and applied = false",
                        Sort.by("observedAt"), interaction.id));
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
