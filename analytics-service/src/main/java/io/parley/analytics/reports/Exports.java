package io.parley.analytics.reports;

import io.parley.analytics.care.Care;
import io.parley.analytics.care.CareFigures;
import io.parley.analytics.care.CareQuery;
import io.parley.analytics.care.Figure;
import io.parley.analytics.care.HoursCounted;
import io.parley.analytics.publishing.Publishing;
import io.parley.analytics.publishing.PublishingStore;
import io.parley.platform.rest.Page;
import io.parley.platform.time.TimeWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The CSV exports: one row per conversation (the care drill-down's rows) and one row per post (the publishing
 * figures' rows). Each is read page by page through the very queries the JSON endpoints answer with —
 * {@link CareFigures#conversations} and {@link PublishingStore#posts}, keyset-paginated on their indexes — and written
 * as it is read, so a year of a busy brand never sits in memory.
 */
@ApplicationScoped
public class Exports {

    static final List<String> CONVERSATION_COLUMNS = List.of("conversation_id", "channel", "team", "agent", "moment",
            "language", "received_at", "due_at", "target_minutes", "first_response_at",
            "time_to_first_response_seconds", "within_target", "resolved_at", "resolution_seconds", "reopened_count",
            "hours");

    static final List<String> POST_COLUMNS = List.of("published_at", "platform", "channel_account_id", "story_id",
            "variant_id", "story_title", "platform_post_id", "permalink", "impressions", "reach", "reactions",
            "comments", "shares", "views", "click_throughs", "engagements", "engagement_rate", "engagement_rate_base",
            "observed_at", "sandbox");

    @Inject
    CareFigures care;

    @Inject
    PublishingStore publishing;

    @Inject
    ReportsConfig config;

    /**
     * Every conversation that arrived in the query's window (the base of the care figures, {@code figure=conversations}),
     * in arrival order, durations in the hours asked for.
     */
    public void conversations(CareQuery query, HoursCounted hours, Instant now, OutputStream stream)
            throws IOException {
        try (Csv csv = Csv.start(stream, CONVERSATION_COLUMNS)) {
            String cursor = null;
            do {
                Page<Care.Conversation> page = care.conversations(query, Figure.CONVERSATIONS, hours, now, cursor,
                        config.exportPage());
                for (Care.Conversation c : page.items()) {
                    csv.row(c.conversationId(), c.channel(), c.team(), c.agent(), c.moment(), c.language(),
                            c.receivedAt(), c.dueAt(), c.targetMinutes(), c.firstResponseAt(),
                            c.timeToFirstResponseSeconds(), c.withinTarget(), c.resolvedAt(), c.resolutionSeconds(),
                            c.reopenedCount(), hours.id());
                }
                csv.flush();
                cursor = page.nextCursor();
            } while (cursor != null);
        }
    }

    /** Every post the brand published in the window, newest first, with its figures. */
    public void posts(String brand, TimeWindow window, OutputStream stream) throws IOException {
        try (Csv csv = Csv.start(stream, POST_COLUMNS)) {
            String cursor = null;
            do {
                Page<Publishing.PostFigures> page = publishing.posts(brand, window, Optional.empty(), Optional.empty(), cursor,
                        config.exportPage());
                for (Publishing.PostFigures p : page.items()) {
                    csv.row(p.publishedAt(), p.platform(), p.channelAccountId(), p.storyId(), p.variantId(),
                            p.storyTitle(), p.platformPostId(), p.permalink(), p.impressions(), p.reach(),
                            p.reactions(), p.comments(), p.shares(), p.views(), p.clickThroughs(), p.engagements(),
                            p.engagementRate(), p.engagementRateBase(), p.observedAt(), p.sandbox());
                }
                csv.flush();
                cursor = page.nextCursor();
            } while (cursor != null);
        }
    }
}
