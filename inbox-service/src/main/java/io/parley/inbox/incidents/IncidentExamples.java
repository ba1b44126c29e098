package io.parley.inbox.incidents;

/** OpenAPI examples of the incidents API. */
public final class IncidentExamples {

    public static final String INCIDENT = """
            {"id":"b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e","brand":"acme",
             "title":"Spike: 42 complaints in 15 min — awaria, aplikacja","state":"open","source":"spike",
             "signal":"complaint","terms":[],"windowStart":"2026-11-23T09:00:00Z","windowEnd":"2026-11-23T09:15:00Z",
             "openedBy":"analytics-service","openedAt":"2026-11-23T09:15:01Z","closedBy":null,"closedAt":null,
             "resolution":null,"conversations":37}""";

    public static final String BANNER = "{\"items\":[" + INCIDENT + "],\"nextCursor\":null}";

    public static final String OPEN_REQUEST = """
            {"title":"Payment outage","signal":"complaint","terms":["payment","płatność","оплата"],
             "from":"2026-11-23T08:00:00Z","to":"2026-11-23T10:00:00Z"}""";

    public static final String ASSIGN_REQUEST = """
            {"team":"crisis","assignee":"manager1"}""";

    public static final String HIDE_REQUEST = """
            {"reason":"abusive","all":false}""";

    public static final String BULK_RESULT = """
            {"id":"c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f","action":"assign","detail":"team=crisis, assignee=manager1",
             "affected":37,"doneBy":"manager1","doneAt":"2026-11-23T09:20:00Z"}""";

    public static final String CLOSED = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state","status":409,
             "detail":"incident b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e is closed (by manager1 at 2026-11-23T12:00:00Z); bulk actions need an open incident",
             "instance":"/api/v1/brands/acme/incidents/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e/assign"}""";

    private IncidentExamples() {
    }
}
