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
             "detail":"from: must be before to","instance":"/api/v1/brands/acme/analytics/response-times",
             "errors":[{"field":"from","message":"must be before to"}]}""";

    public static final String INVALID_PLATFORM = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"platform: unknown platform 'orkut'","instance":"/api/v1/brands/acme/analytics/response-times",
             "errors":[{"field":"platform","message":"unknown platform 'orkut'"}]}""";

    public static final String FORBIDDEN = """
            {"type":"/problems/forbidden","title":"The caller may not do this","status":403,
             "detail":"your roles do not allow this operation","instance":"/api/v1/brands/acme/analytics/response-times"}""";

    public static final String BRAND_NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"brand 'acme' does not exist","instance":"/api/v1/brands/acme/analytics/response-times"}""";

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
             "instance":"/api/v1/brands/acme/analytics/volumes",
             "errors":[{"field":"from","message":"hourly figures may span at most 31 days; ask for bucket=day"}]}""";

    public static final String INVALID_BUCKET = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"bucket: must be one of day, hour, was 'week'","instance":"/api/v1/brands/acme/analytics/sentiment",
             "errors":[{"field":"bucket","message":"must be one of day, hour, was 'week'"}]}""";

    private Examples() {
    }

    public static final String DEAD_LETTERS = """
            {"items":[{"id":"2-117","topic":"parley.inbox.v1","partition":1,"offset":4021,"consumer":"analytics.inbox",
              "service":"analytics-service","reason":"not a CloudEvent: Unexpected end-of-input",
              "cause":"com.fasterxml.jackson.core.io.JsonEOFException: Unexpected end-of-input",
              "deadLetteredAt":"2026-12-05T16:41:07Z","key":"8c3f0d5e-3d8a-4c39-a7a5-1b0f0e0c2b11",
              "eventId":null,"eventType":null,"size":17}],
             "nextCursor":"ZGVhZC1sZXR0ZXJzfDB8NTEyfDF8MzA4fDJ8MTE3"}""";

    public static final String REPLAYED = """
            [{"id":"2-117","topic":"parley.inbox.v1","partition":1,"offset":5120}]""";

    public static final String INVALID_LIMIT = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"limit: must be a whole number from 1 to 200","instance":"/api/v1/dead-letters",
             "errors":[{"field":"limit","message":"must be a whole number from 1 to 200"}]}""";

    public static final String INVALID_DEAD_LETTER_ID = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"ids[1]: must be <partition>-<offset>, e.g. 2-117","instance":"/api/v1/dead-letters/replay",
             "errors":[{"field":"ids[1]","message":"must be <partition>-<offset>, e.g. 2-117"}]}""";

    public static final String NO_DEAD_LETTER = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"no dead letter at 0-999 on parley.deadletter.v1","instance":"/api/v1/dead-letters/replay"}""";

    public static final String DEAD_LETTER_WITHOUT_TOPIC = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state","status":409,
             "detail":"dead letter 0-12 does not say which topic it came from","instance":"/api/v1/dead-letters/replay"}""";

    public static final String REPLAY_UNAVAILABLE = """
            {"type":"/problems/unavailable","title":"A dependency is unavailable; retry later","status":503,
             "detail":"Kafka did not take the replay of 2-117 (0 replayed before it): timed out",
             "instance":"/api/v1/dead-letters/replay"}""";

    public static final String DEAD_LETTERS_UNAVAILABLE = """
            {"type":"/problems/unavailable","title":"A dependency is unavailable; retry later","status":503,
             "detail":"Kafka did not give parley.deadletter.v1's partition 2 in time; try again",
             "instance":"/api/v1/dead-letters"}""";
}
