package io.parley.calendar.publishing;

import io.parley.platform.rest.Page;
import io.parley.platform.rest.Keyset;
import io.parley.calendar.stories.Variant;
import io.parley.calendar.stories.VariantVersion;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of the publish ledger: a variant's attempts, its ledger, its history with corrections. */
@ApplicationScoped
public class Publications {

    @Inject
    EntityManager em;

    @Inject
    PublishingConfig config;

    @Schema(name = "LedgerReport", description = "A delivery report, as the gateway sent it")
    public record Report(int attempt, @Schema(example = "delivered") String outcome, String failure, String reason,
            String platformObjectId, String permalink, Instant retryAt, boolean sandbox, Instant at) {
    }

    @Schema(name = "LedgerEntry", description = "An outbound action calendar-service asked for, and every report on it")
    public record Entry(UUID actionId,
            @Schema(description = "publish, first_comment, edit, delete or correction_reply", example = "publish")
            String kind,
            @Schema(description = "the publish round (publish, first_comment) or the deletion's number") int round,
            @Schema(description = "the gateway's action: publish_post, reply, edit_post, delete_post",
                    example = "publish_post") String action,
            String targetObjectId, String text, Instant notBefore, @Schema(example = "parley") String requestedBy,
            Instant requestedAt,
            @Schema(description = "requested, delayed, unknown, delivered or failed", example = "delivered")
            String state,
            String platformObjectId, String permalink, String failure, String reason,
            @Schema(description = "what to do, for a failed or waiting action") String whatToDo, Instant retryAt,
            Instant completedAt, @Schema(description = "the correction an edit or reply applies") UUID correctionId,
            List<Report> reports) {
    }

    // The page's documented shape (platform rest.Page with these items), so that the 200 response carries its schema
    // and an example together; the endpoint answers Page<…> itself.
    @Schema(name = "LedgerPage", description = "A page of the variant's publish ledger, oldest first; pass nextCursor as "
            + "cursor for the next")
    public record LedgerPage(@Schema(required = true) List<Entry> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @Schema(name = "VariantHistoryEntry", description = "A version of the variant, or a correction of it")
    public record HistoryEntry(@Schema(description = "version or correction", example = "version") String kind,
            @Schema(nullable = true, description = "the version's number (kind version)") Integer version,
            @Schema(description = "the correction's id (kind correction)") UUID correctionId,
            @Schema(description = "edit or reply (kind correction)") String correctionKind, Instant at, String by,
            String text, @Schema(description = "the variant's status then, or the correction's now") String status,
            @Schema(description = "why it was corrected (kind correction)") String reason) {
    }

    @Schema(name = "VariantHistoryPage", description = "A page of the variant's versions and corrections, in time order; "
            + "pass nextCursor as cursor for the next")
    public record HistoryPage(@Schema(required = true) List<HistoryEntry> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    /** The order of {@link #ledger} (requested_at, action_id), and its cursors' name. */
    static final Keyset<PublicationAction> LEDGER = Keyset.<PublicationAction>ascending("publication-ledger")
            .instant("requestedAt", a -> a.requestedAt).uuid("actionId", a -> a.actionId);

    /**
     * The order of {@link #history}, merged and paged in memory: time, a version before a correction at the same
     * instant ({@link #rank}), then {@link #key}; and its cursors' name.
     */
    static final Keyset<HistoryEntry> HISTORY = Keyset.<HistoryEntry>ascending("variant-history")
            .instant("at", HistoryEntry::at).text("rank", Publications::rank).text("key", Publications::key);

    public FirstComment.View firstComment(Variant v) {
        return FirstComment.of(v, config.firstCommentDelay());
    }

    /** The attempts of each variant's current publish action (by variant id). */
    @Transactional
    public Map<UUID, List<Publication.Attempt>> attempts(Collection<Variant> variants) {
        Map<UUID, UUID> byAction = new HashMap<>();
        for (Variant v : variants) {
            if (v.publicationState != null && v.publishRound > 0) {
                UUID action = v.correctionOf != null
                        ? OutboundRequests.actionId(correctionKind(v), v.id)
                        : OutboundRequests.actionId(PublicationAction.PUBLISH, v.id, v.publishRound);
                byAction.put(action, v.id);
            }
        }
        Map<UUID, List<Publication.Attempt>> result = new HashMap<>();
        if (byAction.isEmpty()) {
            return result;
        }
        List<PublicationReport> reports = em.createQuery("select r from PublicationReport r where r.actionId in :ids "
                + "order by r.at, r.attempt", PublicationReport.class).setParameter("ids", byAction.keySet())
                .getResultList();
        for (PublicationReport r : reports) {
            result.computeIfAbsent(byAction.get(r.actionId), k -> new ArrayList<>())
                    .add(new Publication.Attempt(r.attempt, r.outcome, r.failure, r.reason, r.at));
        }
        return result;
    }

    static String correctionKind(Variant c) {
        return "reply".equals(c.correctionKind) ? PublicationAction.CORRECTION_REPLY : PublicationAction.EDIT;
    }

    /** Every action asked for the variant, oldest first, with its reports. */
    @Transactional
    public Page<Entry> ledger(Variant v, String cursor, int limit) {
        // keyset on (requested_at, action_id), index publication_action_variant (variant_id, requested_at)
        Page<PublicationAction> page = LEDGER.page((q, p, rows) -> PublicationAction.<PublicationAction>find(q, p)
                .range(0, rows - 1).list(), "variantId = :v", Map.of("v", v.id), cursor, limit);
        List<PublicationAction> actions = page.items();
        Map<UUID, List<Report>> reports = new HashMap<>();
        if (!actions.isEmpty()) {
            em.createQuery("select r from PublicationReport r where r.actionId in :ids order by r.at, r.attempt",
                    PublicationReport.class).setParameter("ids", actions.stream().map(a -> a.actionId).toList())
                    .getResultList().forEach(r -> reports.computeIfAbsent(r.actionId, k -> new ArrayList<>())
                            .add(new Report(r.attempt, r.outcome, r.failure, r.reason, r.platformObjectId,
                                    r.permalink, r.retryAt, r.sandbox, r.at)));
        }
        return page.map(a -> new Entry(a.actionId, a.kind, a.round, a.action,
                a.targetObjectId, a.text, a.notBefore, a.requestedBy, a.requestedAt, a.state, a.platformObjectId,
                a.permalink, a.failure, a.reason, advice(a, v), a.retryAt, a.completedAt, a.correctionId,
                reports.getOrDefault(a.actionId, List.of())));
    }

    private static String advice(PublicationAction a, Variant v) {
        return switch (a.state) {
            case "failed", "delayed", "unknown" -> WhatToDo.advice(a.state, a.failure, v.platform);
            default -> null;
        };
    }

    /**
     * A page of the variant's versions and its corrections, in time order (a version before a correction at the same
     * instant, then by version number or correction id), after {@code cursor} (null: the first page). The two kinds
     * come from two tables (variant_version by its primary key, corrections by variant_correction_of), merged here: a
     * variant has tens of them, not thousands.
     */
    @Transactional
    public Page<HistoryEntry> history(Variant v, String cursor, int limit) {
        List<HistoryEntry> items = new ArrayList<>();
        List<VariantVersion> versions = VariantVersion.list("variantId", Sort.by("version"), v.id);
        for (VariantVersion x : versions) {
            items.add(new HistoryEntry("version", x.version, null, null, x.at, x.by, x.text, x.status, null));
        }
        List<Variant> corrections = Variant.list("correctionOf", Sort.by("updatedAt"), v.id);
        for (Variant c : corrections) {
            VariantVersion first = VariantVersion.find("variantId", Sort.by("version"), c.id).firstResult();
            items.add(new HistoryEntry("correction", null, c.id, c.correctionKind, first == null ? c.updatedAt
                    : first.at, c.author, c.text, c.status, c.correctionReason));
        }
        return HISTORY.pageInMemory(items, cursor, limit);
    }

    /** A version before a correction at the same instant. */
    private static String rank(HistoryEntry e) {
        return "version".equals(e.kind()) ? "0" : "1";
    }

    /** Orders entries of one kind at one instant: the version number (zero-padded), or the correction's id. */
    private static String key(HistoryEntry e) {
        return e.version() != null ? String.format("%010d", e.version()) : String.valueOf(e.correctionId());
    }
}
