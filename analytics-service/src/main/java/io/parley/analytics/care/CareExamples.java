package io.parley.analytics.care;

/** OpenAPI examples of the care figures, meaningful contacts and timeline, kept in one place. */
public final class CareExamples {

    private CareExamples() {
    }

    public static final String CARE = """
            {"brand":"acme","from":"2026-11-01T00:00:00Z","to":"2026-12-01T00:00:00Z","by":"channel",
             "hours":"business","filters":{},
             "total":{"value":null,"conversations":12,"responseRate":{"value":0.75,"count":9,"base":12},
              "timeToFirstResponse":{"medianSeconds":1260.0,"p90Seconds":5400.0,"base":9},
              "withinTarget":{"value":0.7,"count":7,"base":10},
              "resolution":{"medianSeconds":7200.0,"p90Seconds":30600.0,"base":6},
              "reopened":{"value":0.125,"count":1,"base":8}},
             "groups":[{"value":"facebook","conversations":8,"responseRate":{"value":0.75,"count":6,"base":8},
              "timeToFirstResponse":{"medianSeconds":900.0,"p90Seconds":3600.0,"base":6},
              "withinTarget":{"value":0.8333333333333334,"count":5,"base":6},
              "resolution":{"medianSeconds":5400.0,"p90Seconds":9000.0,"base":4},
              "reopened":{"value":0.0,"count":0,"base":5}},
             {"value":"instagram","conversations":4,"responseRate":{"value":0.75,"count":3,"base":4},
              "timeToFirstResponse":{"medianSeconds":3600.0,"p90Seconds":6840.0,"base":3},
              "withinTarget":{"value":0.5,"count":2,"base":4},
              "resolution":{"medianSeconds":28800.0,"p90Seconds":31200.0,"base":2},
              "reopened":{"value":0.3333333333333333,"count":1,"base":3}}]}""";

    public static final String CARE_CONVERSATIONS = """
            {"items":[{"conversationId":"0e7c1f7e-8a5d-4b1e-9d55-3a9f6a0b2c11","channel":"instagram",
              "team":"care","agent":"agent2","moment":"complaint","language":"pl",
              "receivedAt":"2026-11-27T16:30:00Z","dueAt":"2026-11-30T07:30:00Z","targetMinutes":60,
              "firstResponseAt":"2026-11-30T08:00:00Z","timeToFirstResponseSeconds":5400,"withinTarget":false,
              "resolvedAt":null,"resolutionSeconds":null,"reopenedCount":0}],
             "nextCursor":null}""";

    public static final String INVALID_GROUPING = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"by: 'weekday' is not a grouping; use one of channel, team, agent, moment, language",
             "instance":"/api/v1/brands/acme/analytics/care",
             "errors":[{"field":"by","message":"'weekday' is not a grouping; use one of channel, team, agent, moment, language"}]}""";

    public static final String INVALID_FIGURE = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"figure: 'speed' is not a figure; use one of conversations, answered, unanswered, target-due, within-target, missed-target, resolved, ever-resolved, reopened",
             "instance":"/api/v1/brands/acme/analytics/care/conversations",
             "errors":[{"field":"figure","message":"'speed' is not a figure; use one of conversations, answered, unanswered, target-due, within-target, missed-target, resolved, ever-resolved, reopened"}]}""";

    public static final String INVALID_PAGE = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"limit: must be a whole number from 1 to 200",
             "instance":"/api/v1/brands/acme/analytics/care/conversations",
             "errors":[{"field":"limit","message":"must be a whole number from 1 to 200"}]}""";

    public static final String CONTACTS = """
            {"brand":"acme","from":"2026-11-01T00:00:00Z","to":"2026-12-01T00:00:00Z",
             "questionsAnswered":41,"complaintsSettled":9,"suggestionsPassedOn":3,"advocatesGained":2,
             "recommendationsRequested":2,"recommendationsObtained":1}""";

    public static final String TIMELINE = """
            {"brand":"acme","channel":null,"from":"2026-11-23T00:00:00Z","to":"2026-11-25T00:00:00Z",
             "days":[{"start":"2026-11-23T00:00:00Z","complaint":4,"question":2,"suggestion":1,"praise":3,
               "unclassified":0,"spam":1,"positive":3,"neutral":3,"negative":4,"averageScore":-0.12,
               "incidents":["1c1c1c1c-2d2d-4e3e-8f4f-505050505050"]},
              {"start":"2026-11-24T00:00:00Z","complaint":1,"question":3,"suggestion":0,"praise":2,
               "unclassified":1,"spam":0,"positive":2,"neutral":4,"negative":1,"averageScore":0.05,
               "incidents":["1c1c1c1c-2d2d-4e3e-8f4f-505050505050"]}],
             "incidents":[{"incidentId":"1c1c1c1c-2d2d-4e3e-8f4f-505050505050","title":"Spike: przesyłka, delivery",
               "source":"spike","signal":"complaint","openedAt":"2026-11-23T09:15:00Z",
               "closedAt":"2026-11-24T11:15:00Z","resolution":"The courier's depot reopened."}]}""";
}
