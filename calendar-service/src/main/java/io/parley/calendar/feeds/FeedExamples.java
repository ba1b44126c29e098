package io.parley.calendar.feeds;

/** OpenAPI examples of the calendar feeds. */
final class FeedExamples {

    static final String NEW = """
            {"scope":"mine"}""";
    static final String CREATED = """
            {"id":"3f1c2b7a-8d4e-4f6a-9b0c-1d2e3f4a5b6c","scope":"mine","owner":"editor1",
             "createdAt":"2026-12-05T10:00:00Z","revokedAt":null,"revokedBy":null,"lastReadAt":null,
             "url":"http://localhost:8080/api/v1/brands/acme/calendar.ics?token=q3Zr0c9yH1m2kPz8W4tV6uXo5nLb7aEd3fGh1jKl2sQ"}""";
    static final String LIST = """
            {"items":[{"id":"3f1c2b7a-8d4e-4f6a-9b0c-1d2e3f4a5b6c","scope":"mine","owner":"editor1",
             "createdAt":"2026-12-05T10:00:00Z","revokedAt":null,"revokedBy":null,
             "lastReadAt":"2026-12-05T10:15:00Z","url":null}],"nextCursor":null}""";
    static final String BAD_SCOPE = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"scope: must be brand or mine","errors":[{"field":"scope","message":"must be brand or mine"}]}""";
    static final String FEED = """
            BEGIN:VCALENDAR
            PRODID:-//Parley//Publishing calendar//EN
            VERSION:2.0
            CALSCALE:GREGORIAN
            METHOD:PUBLISH
            BEGIN:VEVENT
            DTSTART;TZID=Europe/Warsaw:20261218T100000
            DURATION:PT15M
            SUMMARY:[Facebook] Zimowa kolekcja ❄ (scheduled)
            UID:5f9e2a4c-1b7d-4c3e-9a8f-2d6b1c0e4a11@parley
            STATUS:CONFIRMED
            END:VEVENT
            END:VCALENDAR""";
    static final String NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"no such calendar feed"}""";
    static final String GONE = """
            {"type":"/problems/gone","title":"The resource is no longer available","status":410,
             "detail":"this calendar feed was revoked on 2026-12-05T11:00:00Z; ask for a new link in the calendar"}""";

    private FeedExamples() {
    }
}
