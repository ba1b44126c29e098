package io.parley.calendar.cadence;

/** OpenAPI examples of the cadence endpoints (valid JSON: CadenceTest reads them). */
final class CadenceExamples {

    static final String REPORT = """
            {"brand":"acme","timeZone":"Europe/Warsaw","from":"2026-12-06T23:00:00Z","to":"2026-12-20T23:00:00Z",
             "accounts":[{"channelAccount":"0f0f0f0f-0000-4000-8000-00000000fb01","channelName":"Acme on Facebook",
               "platform":"facebook","target":{"source":"channel facebook","postsPerWeek":5,"minGapMinutes":240,
                 "quietHours":[{"days":[],"from":"22:00","to":"07:00"}],
                 "blackouts":[{"from":"2026-12-24","to":"2026-12-26","reason":"Wigilia i święta"}]},
               "weeks":[{"week":"2026-12-07","from":"2026-12-06T23:00:00Z","to":"2026-12-13T23:00:00Z","planned":3,
                   "target":5,"shortfall":2,"overload":0,"state":"under"},
                 {"week":"2026-12-14","from":"2026-12-13T23:00:00Z","to":"2026-12-20T23:00:00Z","planned":6,
                   "target":5,"shortfall":0,"overload":1,"state":"over"}],
               "violations":[{"kind":"gap","variantId":"5f9e2a4c-1b7d-4c3e-9a8f-2d6b1c0e4a11",
                 "storyId":"9b2c7e1a-3d4f-4a5b-8c6d-7e8f9a0b1c2d","at":"2026-12-15T10:00:00Z",
                 "detail":"60 minutes after the previous post; the minimum gap is 240 minutes",
                 "otherVariantId":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"}]}],
             "competitors":{"observed":true,
               "note":"Observed on the competitors' public feeds listening reads: Globex newsroom (Globex) read since 2026-11-30. Weeks not yet begun, or before the oldest post a competitor's feeds show, are not known.",
               "brands":[{"id":"globex","name":"Globex","inCatalogue":true,"observed":true,
                 "weeks":[{"week":"2026-12-07","from":"2026-12-06T23:00:00Z","to":"2026-12-13T23:00:00Z","posts":4,
                     "partial":false},
                   {"week":"2026-12-14","from":"2026-12-13T23:00:00Z","to":"2026-12-20T23:00:00Z","posts":2,
                     "partial":true}],
                 "averagePerWeek":4.0,"weeksAveraged":1,"recentAveragePerWeek":4.7,"recentWeeks":3,
                 "sources":[{"channelId":"3f1e2d4c-5b6a-3978-8a9b-0c1d2e3f4a5b","name":"Globex newsroom",
                   "feedUrl":"https://globex.example/newsroom/feed.xml","readSince":"2026-11-30T10:05:00Z",
                   "earliestPost":"2026-11-17T08:00:00Z","posts":21}],
                 "note":"Observed on Globex newsroom (https://globex.example/newsroom/feed.xml), read since 2026-11-30; posts known from 2026-11-17 on."},
                 {"id":"initech","name":"Initech","inCatalogue":true,"observed":false,
                 "weeks":[{"week":"2026-12-07","from":"2026-12-06T23:00:00Z","to":"2026-12-13T23:00:00Z","posts":null,
                     "partial":false},
                   {"week":"2026-12-14","from":"2026-12-13T23:00:00Z","to":"2026-12-20T23:00:00Z","posts":null,
                     "partial":false}],
                 "averagePerWeek":null,"weeksAveraged":0,"recentAveragePerWeek":null,"recentWeeks":0,"sources":[],
                 "note":"No posts of Initech observed: no listening source is marked as its feed (an rss source with settings.competitor = initech)."}]}}""";

    static final String NEXT_SLOT = """
            {"channelAccount":"0f0f0f0f-0000-4000-8000-00000000fb01","channelName":"Acme on Facebook",
             "platform":"facebook","timeZone":"Europe/Warsaw","after":"2026-12-08T21:30:00Z",
             "slot":"2026-12-09T06:00:00Z","localTime":"2026-12-09T07:00","movedBecause":["quiet hours 22:00–07:00"],
             "target":{"source":"channel facebook","postsPerWeek":5,"minGapMinutes":240,
               "quietHours":[{"days":[],"from":"22:00","to":"07:00"}],"blackouts":[]}}""";

    static final String UNKNOWN_ACCOUNT = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"channelAccount: is not one of the brand's channel accounts",
             "errors":[{"field":"channelAccount","message":"is not one of the brand's channel accounts"}]}""";

    static final String BAD_RANGE = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"from: must be before to","errors":[{"field":"from","message":"must be before to"}]}""";

    private CadenceExamples() {
    }
}
