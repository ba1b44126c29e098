package io.parley.inbox.ownership;

/** OpenAPI examples of the ownership API (teams, rules, gaps, assignment, answering). */
public final class OwnershipExamples {

    private OwnershipExamples() {
    }

    public static final String TEAM_REQUEST = """
            {"strategy":"round-robin","default":true,"managers":["manager1"],
             "members":[{"user":"agent1","schedule":[{"days":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"],
               "from":"08:00","to":"16:00","timeZone":"Europe/Warsaw"}]},
              {"user":"manager1","schedule":[{"days":["FRIDAY","SATURDAY"],"from":"22:00","to":"06:00",
               "timeZone":"Europe/Athens"}]}],
             "awayLimitMinutes":30}""";

    public static final String TEAM = """
            {"brand":"acme","name":"care","strategy":"round-robin","default":true,"managers":["manager1"],
             "members":[{"user":"agent1","schedule":[{"days":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"],
               "from":"08:00","to":"16:00","timeZone":"Europe/Warsaw"}]}],
             "onDutyNow":["agent1"],"updatedBy":"manager1","updatedAt":"2026-11-23T09:00:00Z","awayLimitMinutes":30,
             "availability":[{"user":"agent1","state":"away","since":"2026-11-23T09:40:00Z"}]}""";

    public static final String AVAILABILITY_REQUEST = """
            {"state":"away"}""";

    public static final String AVAILABILITY = """
            {"user":"agent1","state":"away","since":"2026-11-23T09:40:00Z"}""";

    public static final String INVALID_AVAILABILITY = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"state: must be one of available, away, offline, was 'lunch'","instance":"/api/v1/me/availability",
             "errors":[{"field":"state","message":"must be one of available, away, offline, was 'lunch'"}]}""";

    public static final String NOT_BRAND_PEOPLE = """
            {"type":"/problems/unprocessable","title":"The request is well-formed but cannot be processed","status":422,
             "detail":"members[1].user: 'agent2' is no one who can see acme (GET /api/v1/brands/acme/people lists who can)",
             "instance":"/api/v1/brands/acme/teams/care","errors":[{"field":"members[1].user",
             "message":"'agent2' is no one who can see acme (GET /api/v1/brands/acme/people lists who can)"}]}""";

    public static final String INVALID_TEAM = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"2 fields are invalid","instance":"/api/v1/brands/acme/teams/care",
             "errors":[{"field":"strategy","message":"must be one of least-loaded, round-robin, was 'random'"},
              {"field":"members[0].schedule[0].timeZone",
               "message":"must be an IANA time zone such as Europe/Warsaw, was 'Mars/Olympus'"}]}""";

    public static final String TEAM_NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"team 'night' does not exist in brand acme","instance":"/api/v1/brands/acme/teams/night"}""";

    public static final String DEFAULT_TEAM_CONFLICT = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state","status":409,
             "detail":"team 'care' is the default team of acme and cannot be deleted; make another team the default first",
             "instance":"/api/v1/brands/acme/teams/care"}""";

    public static final String STILL_DEFAULT = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state","status":409,
             "detail":"team 'care' is the default team of acme; make another team the default instead",
             "instance":"/api/v1/brands/acme/teams/care"}""";

    public static final String INVALID_LIMIT = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"limit: must be a whole number from 1 to 200",
             "instance":"/api/v1/brands/acme/assignment-gaps","errors":[{"field":"limit",
             "message":"must be a whole number from 1 to 200"}]}""";

    public static final String BRAND_NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"brand 'globex' does not exist","instance":"/api/v1/brands/globex/teams"}""";

    public static final String RULES = """
            {"rules":[{"name":"Polish complaints","match":{"platform":"facebook","moment":"complaint","language":"pl"},
               "team":"care","assignee":null},
              {"name":"Parcels to agent1","match":{"keyword":"przesyłka"},"team":"care","assignee":"agent1"},
              {"name":"Everything else","match":{},"team":"care","assignee":null}]}""";

    public static final String INVALID_RULES = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"rules[0].team: brand acme has no team 'night'","instance":"/api/v1/brands/acme/assignment-rules",
             "errors":[{"field":"rules[0].team","message":"brand acme has no team 'night'"}]}""";

    public static final String GAPS = """
            {"items":[{"conversationId":"6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13","reason":"nobody-on-duty",
              "rule":"Polish complaints","fallbackTeam":"care","assignee":null,"at":"2026-11-23T23:10:04Z"}],
             "nextCursor":null}""";

    public static final String ASSIGNMENT_REQUEST = """
            {"team":"care","assignee":"manager1"}""";

    public static final String OWNERSHIP = """
            {"conversationId":"6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13","brand":"acme","team":"care","assignee":"manager1",
             "clockStartedAt":"2026-11-23T09:00:04Z","targetMinutes":30,"warnAt":"2026-11-23T09:22:34Z",
             "dueAt":"2026-11-23T09:30:04Z","warnedAt":null,"breachedAt":null,"answeringBy":"manager1",
             "answeringSince":"2026-11-23T09:05:00Z","answeringUntil":"2026-11-23T09:08:00Z",
             "assignments":[{"team":"care","assignee":"agent1","previousTeam":null,"previousAssignee":null,
               "reason":"rule","rule":"Everything else","assignedBy":"assignment-rules","at":"2026-11-23T09:00:04Z"},
              {"team":"care","assignee":"manager1","previousTeam":"care","previousAssignee":"agent1",
               "reason":"manual","rule":null,"assignedBy":"manager1","at":"2026-11-23T09:04:12Z"}]}""";

    public static final String INVALID_ASSIGNMENT = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"assignee: 'agent7' is not a member of team 'care'",
             "instance":"/api/v1/conversations/6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13/assignment",
             "errors":[{"field":"assignee","message":"'agent7' is not a member of team 'care'"}]}""";

    public static final String ANSWERING = """
            {"conversationId":"6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13","answeringBy":"agent1",
             "answeringSince":"2026-11-23T09:05:00Z","answeringUntil":"2026-11-23T09:08:00Z"}""";

    public static final String SOMEONE_ANSWERING = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state","status":409,
             "detail":"agent1 is answering this conversation (since 2026-11-23T09:05:00Z, until 2026-11-23T09:08:00Z unless renewed)",
             "instance":"/api/v1/conversations/6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13/answering"}""";

    public static final String CONVERSATION_NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"conversation 6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13 does not exist",
             "instance":"/api/v1/conversations/6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13/ownership"}""";

    public static final String FORBIDDEN = """
            {"type":"/problems/forbidden","title":"The caller may not do this","status":403,
             "detail":"your roles do not allow this operation","instance":"/api/v1/brands/acme/teams/care"}""";
}
