package io.parley.calendar.stories;

import java.util.Set;

/** Where a variant stands (docs/publishing.md): draft → in_review → changes_requested | approved → scheduled → publishing → published | failed; published → deleted; expired; cancelled. */
public final class VariantStatus {
    public static final String DRAFT = "draft";
    public static final String IN_REVIEW = "in_review";
    public static final String CHANGES_REQUESTED = "changes_requested";
    public static final String APPROVED = "approved";
    public static final String SCHEDULED = "scheduled";
    public static final String EXPIRED = "expired";
    public static final String CANCELLED = "cancelled";
    /** Claimed by the scheduler and sent to the channel gateway; a correction sent as an edit or reply. */
    public static final String PUBLISHING = "publishing";
    public static final String PUBLISHED = "published";
    public static final String FAILED = "failed";
    /** Its post was removed from the network (with who, why and when). */
    public static final String DELETED = "deleted";

    public static final Set<String> ALL = Set.of(DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, EXPIRED,
            CANCELLED, PUBLISHING, PUBLISHED, FAILED, DELETED);
    /** Statuses of a variant that went to the network: it changes only through a correction or a deletion. */
    public static final Set<String> OUT = Set.of(PUBLISHING, PUBLISHED, DELETED);
    /** Statuses whose approval an edit of the content starts over. */
    public static final Set<String> UNDER_APPROVAL = Set.of(IN_REVIEW, APPROVED, SCHEDULED);
    /** Statuses that expire when their scheduled time comes before approval. */
    public static final Set<String> NOT_YET_APPROVED = Set.of(DRAFT, IN_REVIEW, CHANGES_REQUESTED);

    public static final Set<String> CONTENT_TYPES = Set.of("post", "story", "reel", "video", "article");
    public static final Set<String> RISK_LEVELS = Set.of("low", "normal", "high");

    private VariantStatus() {
    }

    /** approved, or scheduled when it has a time to go out. */
    public static String approvedOrScheduled(Variant v) {
        return v.scheduledFor == null ? APPROVED : SCHEDULED;
    }
}
