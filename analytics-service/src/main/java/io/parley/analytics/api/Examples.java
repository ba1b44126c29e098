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

    public static final String VOLUMES = """
            {"brand":"acme","platform":null,"from":"2026-11-01T00:00:00Z","to":"2026-11-03T00:00:00Z","bucket":"day",
             "totals":{"complaint":5,"question":3,"suggestion":1,"praise":4,"spam":1,"unclassified":0,"total":14},
             "buckets":[{"start":"2026-11-01T00:00:00Z","complaint":1,"question":2,"suggestion":1,"praise":3,"spam":0,
                         "unclassified":0,"total":7},
                        {"start":"2026-11-02T00:00:00Z","complaint":4,"question":1,"suggestion":0,"praise":1,"spam":1,
                         "unclassified":0,"total":7}]}""";

    public static final String SENTIMENT = """
            {"brand":"acme","platform":"facebook","from":"2026-11-01T00:00:00Z","to":"2026-11-03T00:00:00Z",
             "bucket":"day","totals":{"start":"2026-11-01T00:00:00Z","positive":4,"neutral":3,"negative":5,
             "averageScore":-0.08},
             "buckets":[{"start":"2026-11-01T00:00:00Z","positive":3,"neutral":2,"negative":1,"averageScore":0.31},
                        {"start":"2026-11-02T00:00:00Z","positive":1,"neutral":1,"negative":4,"averageScore":-0.47}]}""";

    public static final String INVALID_HOURLY_WINDOW = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"from: hourly figures may span at most 31 days; ask for bucket=day",
             "instance":"/api/v1/metrics/volumes",
             "errors":[{"field":"from","message":"hourly figures may span at most 31 days; ask for bucket=day"}]}""";

    public static final String INVALID_BUCKET = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"bucket: must be one of day, hour, was 'week'","instance":"/api/v1/metrics/sentiment",
             "errors":[{"field":"bucket","message":"must be one of day, hour, was 'week'"}]}""";

    private Examples() {
    }
}
