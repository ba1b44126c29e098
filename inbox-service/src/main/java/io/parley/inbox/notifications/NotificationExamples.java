package io.parley.inbox.notifications;

/** OpenAPI examples of the notification and webhook endpoints, in one place. */
final class NotificationExamples {

    static final String PAGE = """
            {"items":[{"id":"6f1c2a9e-8d4b-4c1e-9a57-3b2f6d0e1a42","kind":"conversation_breached","brand":"acme",
             "params":{"conversationId":"0b9d6c1e-2f3a-4b5c-8d7e-9f0a1b2c3d4e","platform":"facebook","team":"care",
             "dueAt":"2026-12-06T09:30:00Z","targetMinutes":60},"link":"/inbox/0b9d6c1e-2f3a-4b5c-8d7e-9f0a1b2c3d4e",
             "createdAt":"2026-12-06T09:30:01Z","read":false,"readAt":null}],"nextCursor":null,"unread":1}""";

    static final String PREFERENCES = """
            {"preferences":[{"kind":"conversation_breached","centre":true,"email":true},
             {"kind":"approval_waiting","centre":true,"email":false},{"kind":"mentioned","centre":true,"email":true},
             {"kind":"channel_health","centre":true,"email":true},{"kind":"incident_opened","centre":true,"email":true}]}""";

    static final String PREFERENCES_REQUEST = """
            {"preferences":[{"kind":"approval_waiting","centre":true,"email":false}]}""";

    static final String MARKED = """
            {"marked":3}""";

    static final String SUBSCRIPTION_REQUEST = """
            {"url":"https://hooks.example.com/parley","kinds":["conversation_breached","channel_health"]}""";

    static final String SUBSCRIPTION_CREATED = """
            {"id":"3c6e0b1a-5d2f-4e8a-9b7c-1d2e3f4a5b6c","brand":"acme","url":"https://hooks.example.com/parley",
             "kinds":["conversation_breached","channel_health"],"createdBy":"manager1",
             "createdAt":"2026-12-06T10:00:00Z","secret":"whsec_4f9a0c3b…"}""";

    static final String DELIVERIES = """
            {"items":[{"id":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","eventId":"6f1c2a9e-8d4b-4c1e-9a57-3b2f6d0e1a42",
             "kind":"conversation_breached","status":"pending","attempts":2,"lastCode":503,"lastError":"answered 503",
             "nextAttemptAt":"2026-12-06T10:00:31Z","createdAt":"2026-12-06T10:00:00Z","deliveredAt":null}],
             "nextCursor":null}""";

    static final String INVALID_URL = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"url: must be an http(s) URL with a host, no user info or fragment",
             "errors":[{"field":"url","message":"must be an http(s) URL with a host, no user info or fragment"}]}""";

    private NotificationExamples() {
    }
}
