package io.parley.calendar.api;

/** The OpenAPI examples of the calendar API, in one place so that they tell one consistent story. */
public final class Examples {

    public static final String NEW_POST = """
            {"brand":"acme","platform":"linkedin","title":"We are hiring",
             "text":"We are growing our customer care team in Warsaw and Athens.","plannedFor":"2026-11-26T09:00:00Z"}""";

    public static final String POST = """
            {"id":"3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f","brand":"acme","platform":"linkedin","title":"We are hiring",
             "text":"We are growing our customer care team in Warsaw and Athens.","plannedFor":"2026-11-26T09:00:00Z",
             "status":"draft","author":"editor1","createdAt":"2026-11-23T10:15:00Z"}""";

    public static final String GREEK_POST = """
            {"id":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","brand":"acme","platform":"facebook",
             "title":"Χειμερινή συλλογή ❄","text":"Nowa kolekcja ❄ уже здесь","plannedFor":"2026-11-28T17:00:00Z",
             "status":"draft","author":"editor1","createdAt":"2026-11-23T10:20:00Z"}""";

    public static final String CALENDAR = """
            {"brand":"acme","from":"2026-11-01T00:00:00Z","to":"2026-12-01T00:00:00Z",
             "posts":[""" + POST + "," + GREEK_POST + """
            ],
             "byPlatform":{"linkedin":[""" + POST + "],\"facebook\":[" + GREEK_POST + "]}}";

    public static final String INVALID_POST = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"title must not be blank","instance":"/api/v1/posts",
             "errors":[{"field":"title","message":"must not be blank"}]}""";

    public static final String UNKNOWN_PLATFORM = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"platform: unknown platform 'myspace'","instance":"/api/v1/posts",
             "errors":[{"field":"platform","message":"unknown platform 'myspace'"}]}""";

    public static final String INVALID_RANGE = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"to: the range may span at most 366 days","instance":"/api/v1/calendar",
             "errors":[{"field":"to","message":"the range may span at most 366 days"}]}""";

    public static final String UNAUTHORIZED = """
            {"type":"/problems/unauthorized","title":"Authentication is required","status":401,
             "detail":"a valid bearer token is required","instance":"/api/v1/calendar"}""";

    public static final String FORBIDDEN = """
            {"type":"/problems/forbidden","title":"The caller may not do this","status":403,
             "detail":"your roles do not allow this operation","instance":"/api/v1/posts"}""";

    public static final String BRAND_NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"brand 'globex' does not exist","instance":"/api/v1/calendar"}""";

    public static final String POST_NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"post 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f does not exist",
             "instance":"/api/v1/posts/3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f"}""";

    private Examples() {
    }
}
