package io.parley.analytics.publishing;

/** The OpenAPI examples of the publishing figures (one story: acme's LinkedIn and Facebook posts in November). */
public final class PublishingExamples {

    public static final String BY_CHANNEL = """
            {"brand":"acme","from":"2026-11-01T00:00:00Z","to":"2026-12-01T00:00:00Z",
             "engagements":"reactions + comments + shares + click-throughs (a counter the network does not give adds nothing)",
             "engagementRate":"engagements / base, where base is reach when every post counted has it, else impressions, else views; null when the posts have no base in common or it is 0",
             "totals":{"posts":2,"impressions":5410,"reach":3675,"reactions":131,"comments":21,"shares":13,"views":null,
                       "clickThroughs":73,"engagements":238,"engagementRate":0.0648,"engagementRateBase":"reach",
                       "engagementRateBaseValue":3675},
             "channels":[{"channelAccountId":"4b8f2c1e-3d5a-3e7b-9c0d-1e2f3a4b5c6d","platform":"linkedin",
                 "figures":{"posts":1,"impressions":4210,"reach":2875,"reactions":96,"comments":14,"shares":9,"views":null,
                            "clickThroughs":61,"engagements":180,"engagementRate":0.0626,"engagementRateBase":"reach",
                            "engagementRateBaseValue":2875},
                 "followers":[{"day":"2026-11-26","followers":18330,"growth":5},{"day":"2026-11-27","followers":18342,"growth":12}],
                 "followerGrowth":17,
                 "postsHref":"/api/v1/brands/acme/analytics/publishing/posts?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z&channel=4b8f2c1e-3d5a-3e7b-9c0d-1e2f3a4b5c6d"}],
             "followersEvery":"day",
             "postsHref":"/api/v1/brands/acme/analytics/publishing/posts?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z"}""";

    public static final String POSTS = """
            {"items":[{"storyId":"5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6","variantId":"6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607",
               "storyTitle":"We are hiring","platform":"linkedin","channelAccountId":"4b8f2c1e-3d5a-3e7b-9c0d-1e2f3a4b5c6d",
               "platformPostId":"urn:li:share:7401234567890123456",
               "permalink":"https://www.linkedin.com/feed/update/urn:li:share:7401234567890123456",
               "publishedAt":"2026-11-26T09:00:02Z","observedAt":"2026-11-27T09:05:00Z","impressions":4210,"reach":2875,
               "reactions":96,"comments":14,"shares":9,"views":null,"clickThroughs":61,"engagements":180,
               "engagementRate":0.0626,"engagementRateBase":"reach","sandbox":false}],
             "nextCursor":null}""";

    public static final String INVALID_WINDOW = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"from: must be before to","instance":"/api/v1/brands/acme/analytics/publishing",
             "errors":[{"field":"from","message":"must be before to"}]}""";

    private PublishingExamples() {
    }
}
