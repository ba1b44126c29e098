package io.parley.console.relay;

import java.util.Optional;

/**
 * Which service answers an API path. The console's {@code /api/...} paths are the services' own
 * ({@code /api/v1/conversations} is inbox-service's), so the browser code reads like the API
 * documentation; this table is the one place that knows who owns what.
 */
public final class ServiceRoutes {

    private final RelayConfig.Services services;

    public ServiceRoutes(RelayConfig.Services services) {
        this.services = services;
    }

    /**
     * The base URL of the service owning {@code path} (the part after {@code /api/}, e.g.
     * {@code v1/conversations/42/replies}); empty for a path no service owns.
     */
    public Optional<String> serviceFor(String path) {
        String[] segments = path.split("/");
        if (segments.length < 2 || !segments[0].equals("v1") || segments[1].isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (segments[1]) {
            case "conversations" -> services.inbox();
            // the caller's own settings: their availability for new conversations, their notifications and where
            // they get them (inbox-service)
            case "me" -> segments.length >= 3 && (segments[2].equals("availability")
                    || segments[2].equals("notifications") || segments[2].equals("notification-preferences"))
                    ? services.inbox() : null;
            case "brands" -> segments.length >= 4 ? brandScoped(segments[3]) : null;
            case "posts" -> services.calendar();
            case "alerts" -> services.analytics();
            case "channels" -> services.ingest();
            // the brand setup screen's listening rules, created and changed by id (ingest-service's social listening)
            case "listening-rules" -> services.ingest();
            default -> null;
        });
    }

    /**
     * {@code /api/v1/brands/{brand}/<what>}: the brand's rules live in standards, its people and cases in inbox,
     * its stories in calendar, its figures in analytics, its channels, listening rules and sandbox in ingest. The external review API ({@code /api/v1/review/...}) is not here: it is relayed
     * without a session, by {@link ReviewRelay} only.
     */
    private String brandScoped(String what) {
        return switch (what) {
            case "response-targets", "standards", "checks", "logos" -> services.standards();
            // the brand setup screen's test image: where the registered logos are found on it
            case "logo-sightings" -> services.standards();
            case "teams", "assignment-rules", "assignment-gaps", "ownership", "saved-replies", "views", "grouped-answers",
                 "moderation-rule", "incidents", "advocates", "complaints", "compensation", "people" -> services.inbox();
            // the care setup screens' report of where the rules and rotas leave new conversations without an owner
            case "assignment-coverage" -> services.inbox();
            // who changed the teams, the rules and the saved replies (the care setup screen's history)
            case "setup-changes" -> services.inbox();
            // outgoing webhook subscriptions for integrators and their delivery log (notifications)
            case "webhooks" -> services.inbox();
            // publishing: stories with their variants, comments, reviewers; images; what waits for an approver
            case "stories", "media", "approvals" -> services.calendar();
            // publishing part 2: the plan's cadence, the next free slot, the secret calendar-feed URLs (the feed
            // itself, calendar.ics, is public and relayed without a session by FeedRelay only)
            case "cadence", "slots", "calendar-feeds" -> services.calendar();
            // the calendar of planned posts
            case "calendar" -> services.calendar();
            // channel accounts' OAuth start, the brand's listening rules, the sandbox's recorded requests (ingest)
            case "channels", "listening-rules", "sandbox" -> services.ingest();
            // "pause all publishing": the pause in force (every role reads it for the banner), pause, lift, history
            case "publishing-pause" -> services.calendar();
            // figures: care (per channel, team, agent, moment, language), contacts, the timeline, publishing
            case "analytics" -> services.analytics();
            // reply approvals: held agents' replies waiting for a second person, the setting and the decisions
            case "reply-approvals" -> services.inbox();
            default -> null;
        };
    }
}
