package io.parley.analytics.reports;

/** The OpenAPI examples of the reports, in one place. The CSV and PDF ones are text, the others JSON. */
final class ReportsExamples {

    static final String CONVERSATIONS_CSV = "\uFEFFconversation_id,channel,team,agent,moment,language,received_at,"
            + "due_at,target_minutes,first_response_at,time_to_first_response_seconds,within_target,resolved_at,"
            + "resolution_seconds,reopened_count,hours\r\n"
            + "0b9c1f9e-6c1e-4bb5-9d8e-2f7a0c6f1a11,facebook,care,agent1,complaint,pl,2026-11-03T09:12:00Z,"
            + "2026-11-03T10:12:00Z,60,2026-11-03T09:40:00Z,1680,true,2026-11-03T15:02:00Z,21000,0,all\r\n";

    static final String POSTS_CSV = "\uFEFFpublished_at,platform,channel_account_id,story_id,variant_id,story_title,"
            + "platform_post_id,permalink,impressions,reach,reactions,comments,shares,views,click_throughs,engagements,"
            + "engagement_rate,engagement_rate_base,observed_at,sandbox\r\n"
            + "2026-11-04T10:00:00Z,linkedin,4b8f2c1e-3d5a-3e7b-9c0d-1e2f3a4b5c6d,"
            + "7d0c1e2f-3a4b-4c5d-8e9f-0a1b2c3d4e5f,9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b,\"Zimowa kolekcja, część 2\","
            + "urn:li:share:7001,https://www.linkedin.com/feed/update/urn:li:share:7001,1200,800,35,7,4,,12,58,"
            + "0.0725,reach,2026-11-30T23:00:00Z,false\r\n";

    static final String PDF = "%PDF-1.4 … (the report pack: cover and meaningful contacts, care per channel, team "
            + "and agent, publishing, moments of truth and sentiment per day with incidents, commentary)";

    static final String COMMENTARY = """
            {"brand":"acme","from":"2026-11-01T00:00:00Z","to":"2026-12-01T00:00:00Z","slots":[
              {"slot":"summary","text":"A calm month; the Black Friday spike was handled within target.",
               "updatedBy":"manager1","updatedAt":"2026-12-02T08:15:00Z"},
              {"slot":"care","text":"Instagram slower at weekends — rota changes from December.",
               "updatedBy":"manager1","updatedAt":"2026-12-02T08:16:00Z"}]}""";

    static final String SCHEDULE = """
            {"id":"3f6b2d1c-8e4a-4f0b-9c7d-2a1e5b6c7d8e","brand":"acme","cadence":"monthly",
             "recipients":["care-lead@acme.example","marketing@acme.example"],"language":"pl","hours":"business",
             "nextRunAt":"2027-01-01T00:00:00Z","createdBy":"manager1","createdAt":"2026-12-02T08:20:00Z",
             "updatedBy":"manager1","updatedAt":"2026-12-02T08:20:00Z",
             "lastDelivery":{"id":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","scheduleId":"3f6b2d1c-8e4a-4f0b-9c7d-2a1e5b6c7d8e",
               "periodFrom":"2026-11-01T00:00:00Z","periodTo":"2026-12-01T00:00:00Z","language":"pl",
               "recipients":["care-lead@acme.example","marketing@acme.example"],"createdAt":"2026-12-02T08:21:00Z",
               "status":"sent","problem":null,"linkExpiresAt":"2027-01-01T08:21:00Z"}}""";

    static final String DELIVERY = """
            {"id":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","scheduleId":"3f6b2d1c-8e4a-4f0b-9c7d-2a1e5b6c7d8e",
             "periodFrom":"2026-11-01T00:00:00Z","periodTo":"2026-12-01T00:00:00Z","language":"pl",
             "recipients":["care-lead@acme.example"],"createdAt":"2026-12-02T08:21:00Z","status":"sent","problem":null,
             "linkExpiresAt":"2027-01-01T08:21:00Z"}""";

    static final String SCHEDULES = "{\"items\":[" + SCHEDULE + "],\"nextCursor\":null}";

    static final String DELIVERIES = "{\"items\":[" + DELIVERY + "],\"nextCursor\":null}";

    static final String HISTORY = """
            {"items":[{"action":"schedule_created","subject":"3f6b2d1c-8e4a-4f0b-9c7d-2a1e5b6c7d8e","actor":"manager1",
              "at":"2026-12-02T08:20:00Z","details":{"cadence":"monthly","recipients":["care-lead@acme.example"],
              "language":"pl","hours":"business"}}],
             "nextCursor":"c2NoZWR1bGVzfDE3NjQ2NjMyMDAwMDB8M2Y2YjJkMWM"}""";


    static final String INVALID_RECIPIENT = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"recipients[0]: 'care lead' is not an e-mail address like care-lead@acme.example",
             "instance":"/api/v1/brands/acme/analytics/reports/schedules",
             "errors":[{"field":"recipients[0]","message":"'care lead' is not an e-mail address like care-lead@acme.example"}]}""";

    static final String INVALID_SLOT = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"slots.outlook: is not a slot; use one of summary, care, contacts, publishing, timeline",
             "instance":"/api/v1/brands/acme/analytics/reports/commentary",
             "errors":[{"field":"slots.outlook","message":"is not a slot; use one of summary, care, contacts, publishing, timeline"}]}""";

    static final String INVALID_ID = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"id: is not a schedule id (a UUID)",
             "instance":"/api/v1/brands/acme/analytics/reports/schedules/42",
             "errors":[{"field":"id","message":"is not a schedule id (a UUID)"}]}""";

    static final String SCHEDULE_NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"report schedule 3f6b2d1c-8e4a-4f0b-9c7d-2a1e5b6c7d8e does not exist",
             "instance":"/api/v1/brands/acme/analytics/reports/schedules/3f6b2d1c-8e4a-4f0b-9c7d-2a1e5b6c7d8e"}""";

    static final String LINK_FORGED = """
            {"type":"/problems/forbidden","title":"The caller may not do this","status":403,
             "detail":"this report link is not valid: it was altered or not issued by Parley",
             "instance":"/api/v1/report-links/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d.1798791660.AAAA"}""";

    static final String LINK_EXPIRED = """
            {"type":"/problems/gone","title":"The resource is no longer available","status":410,
             "detail":"this report link expired at 2027-01-01T08:21:00Z; ask the brand's manager to send the report again",
             "instance":"/api/v1/report-links/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d.1798791660.Qm9n"}""";

    static final String LINK_GONE = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"the report this link names no longer exists",
             "instance":"/api/v1/report-links/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d.1798791660.Qm9n"}""";

    private ReportsExamples() {
    }
}
