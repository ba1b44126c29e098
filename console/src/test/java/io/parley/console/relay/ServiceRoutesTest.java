package io.parley.console.relay;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServiceRoutesTest {

    private final ServiceRoutes routes = new ServiceRoutes(new RelayConfig.Services() {
        public String ingest() { return "http://ingest"; }
        public String inbox() { return "http://inbox"; }
        public String calendar() { return "http://calendar"; }
        public String standards() { return "http://standards"; }
        public String analytics() { return "http://analytics"; }
    });

    @Test
    void eachApiPathGoesToTheServiceThatOwnsIt() {
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/conversations"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/conversations/42/replies"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/me/availability"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/me/notifications"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/me/notifications/read-all"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/me/notification-preferences"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/brands/acme/webhooks/x/deliveries"));
        assertEquals(Optional.empty(), routes.serviceFor("v1/me/secrets"));
        assertEquals(Optional.empty(), routes.serviceFor("v1/me/something-else"));
        assertEquals(Optional.of("http://standards"), routes.serviceFor("v1/brands/acme/response-targets"));
        assertEquals(Optional.of("http://standards"), routes.serviceFor("v1/brands/acme/standards/versions/3"));
        assertEquals(Optional.of("http://standards"), routes.serviceFor("v1/brands/acme/checks"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/brands/acme/saved-replies"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/brands/acme/assignment-coverage"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/brands/acme/setup-changes"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/brands/acme/views/42"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/brands/acme/compensation/approvals"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/brands/acme/people"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/brands/acme/reply-approvals/setting"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/brands/acme/reply-approvals/r1/approve"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/brands/acme/incidents/5/actions"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/brands/acme/complaints"));
        assertEquals(Optional.of("http://calendar"), routes.serviceFor("v1/brands/acme/calendar"));
        assertEquals(Optional.of("http://calendar"), routes.serviceFor("v1/posts/7"));
        assertEquals(Optional.of("http://analytics"), routes.serviceFor("v1/brands/acme/analytics/response-times"));
        assertEquals(Optional.of("http://ingest"), routes.serviceFor("v1/brands/acme/sandbox/requests"));
        assertEquals(Optional.of("http://ingest"), routes.serviceFor("v1/channels"));
        // the brand setup screen: listening rules, the channels' OAuth start, the logos' test image
        assertEquals(Optional.of("http://ingest"), routes.serviceFor("v1/brands/acme/listening-rules"));
        assertEquals(Optional.of("http://ingest"), routes.serviceFor("v1/listening-rules"));
        assertEquals(Optional.of("http://ingest"), routes.serviceFor("v1/listening-rules/r1"));
        assertEquals(Optional.of("http://ingest"), routes.serviceFor("v1/brands/acme/channels/oauth/tiktok/start"));
        assertEquals(Optional.of("http://standards"), routes.serviceFor("v1/brands/acme/logos/acme-logo"));
        assertEquals(Optional.of("http://standards"), routes.serviceFor("v1/brands/acme/logo-sightings"));
        assertEquals(Optional.of("http://inbox"), routes.serviceFor("v1/brands/acme/moderation-rule"));
        assertEquals(Optional.of("http://calendar"), routes.serviceFor("v1/brands/acme/stories"));
        assertEquals(Optional.of("http://calendar"), routes.serviceFor("v1/brands/acme/stories/s1/variants/v1/diff"));
        assertEquals(Optional.of("http://calendar"), routes.serviceFor("v1/brands/acme/stories/s1/reviewers/r1"));
        assertEquals(Optional.of("http://calendar"), routes.serviceFor("v1/brands/acme/media/m1"));
        assertEquals(Optional.of("http://calendar"), routes.serviceFor("v1/brands/acme/approvals"));
        assertEquals(Optional.of("http://calendar"), routes.serviceFor("v1/brands/acme/cadence"));
        assertEquals(Optional.of("http://calendar"), routes.serviceFor("v1/brands/acme/slots/next"));
        assertEquals(Optional.of("http://calendar"), routes.serviceFor("v1/brands/acme/calendar-feeds"));
        assertEquals(Optional.of("http://calendar"), routes.serviceFor("v1/brands/acme/calendar-feeds/f1"));
        assertEquals(Optional.of("http://calendar"), routes.serviceFor("v1/brands/acme/publishing-pause"));
        assertEquals(Optional.of("http://calendar"), routes.serviceFor("v1/brands/acme/publishing-pause/lift"));
        assertEquals(Optional.of("http://analytics"), routes.serviceFor("v1/brands/acme/analytics/care"));
        assertEquals(Optional.of("http://analytics"),
                routes.serviceFor("v1/brands/acme/analytics/publishing/posts"));
        assertEquals(Optional.of("http://standards"),
                routes.serviceFor("v1/brands/acme/standards/approval-workflow"));
    }

    @Test
    void theExternalReviewApiIsNotRelayedWithTheSessionsToken() {
        // ReviewRelay relays it, without any token; through ApiRelay it would carry the signed-in user's.
        assertEquals(Optional.empty(), routes.serviceFor("v1/review/t0ken"));
        assertEquals(Optional.empty(), routes.serviceFor("v1/review/t0ken/decisions"));
        // Nor the calendar feed, public by its token: FeedRelay relays it without the session's token.
        assertEquals(Optional.empty(), routes.serviceFor("v1/brands/acme/calendar.ics"));
    }

    @Test
    void aPathNoServiceOwnsGoesNowhere() {
        assertEquals(Optional.empty(), routes.serviceFor("v1/brands/acme"));
        assertEquals(Optional.empty(), routes.serviceFor("v1/brands/acme/something-else"));
        assertEquals(Optional.empty(), routes.serviceFor("v2/conversations"));
        assertEquals(Optional.empty(), routes.serviceFor("v1/"));
        assertEquals(Optional.empty(), routes.serviceFor("v1/webhooks"));
        assertEquals(Optional.empty(), routes.serviceFor(""));
    }
}
