package io.parley.analytics.api;

/** The OpenAPI examples of the analytics API, in one place so that they tell one consistent story. */
public final class Examples {

    public static final String RESPONSE_TIMES = """
            {"brand":"acme","platform":"facebook","from":"2026-11-01T00:00:00Z","to":"2026-12-01T00:00:00Z",
             "count":5,"medianSeconds":180.0,"p90Seconds":456.0,"withinTargetRate":0.6,"opened":7}""";

    public static final String RESPONSE_TIMES_EMPTY = """
            {"brand":"acme","platform":"vk","from":"2026-11-01T00:00:00Z","to":"2026-12-01T00:00:00Z",
             "count":0,"medianSeconds":null,"p90Seconds":null,"withinTargetRate":null,"opened":2}""";

    public static final String INVALID_WINDOW = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"from: must be before to","instance":"/api/v1/metrics/response-times",
             "errors":[{"field":"from","message":"must be before to"}]}""";

    public static final String INVALID_PLATFORM = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"platform: unknown platform 'orkut'","instance":"/api/v1/metrics/response-times",
             "errors":[{"field":"platform","message":"unknown platform 'orkut'"}]}""";

    public static final String UNAUTHORIZED = """
            {"type":"/problems/unauthorized","title":"Authentication is required","status":401,
             "detail":"a valid bearer token is required","instance":"/api/v1/metrics/response-times"}""";

    public static final String FORBIDDEN = """
            {"type":"/problems/forbidden","title":"The caller may not do this","status":403,
             "detail":"your roles do not allow this operation","instance":"/api/v1/metrics/response-times"}""";

    public static final String BRAND_NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"brand 'acme' does not exist","instance":"/api/v1/metrics/response-times"}""";

    private Examples() {
    }
}
