package io.parley.inbox.approvals;

/** OpenAPI examples of the reply approvals API. */
final class ApprovalExamples {

    private ApprovalExamples() {
    }

    static final String SETTING_REQUEST = """
            {"heldAgents":["agent3"],"approvers":[],"dueMinutes":15}""";

    static final String SETTING = """
            {"brand":"acme","heldAgents":["agent3"],"approvers":[],"dueMinutes":15,"updatedBy":"manager1",
             "updatedAt":"2026-12-06T09:00:00Z","changes":[{"heldAgents":["agent3"],"approvers":[],"dueMinutes":15,
             "changedBy":"manager1","changedAt":"2026-12-06T09:00:00Z"}]}""";

    static final String TEAM_SETTING_REQUEST = """
            {"heldAgents":["agent3"],"approvers":["manager1"],"dueMinutes":30}""";

    static final String TEAM_SETTING = """
            {"brand":"acme","team":"night","set":true,"heldAgents":["agent3"],"approvers":["manager1"],"dueMinutes":30,
             "updatedBy":"manager1","updatedAt":"2026-12-06T09:00:00Z","changes":[{"heldAgents":["agent3"],
             "approvers":["manager1"],"dueMinutes":30,"removed":false,"changedBy":"manager1",
             "changedAt":"2026-12-06T09:00:00Z"}]}""";

    static final String NO_TEAM = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,"detail":"no team nights in acme"}""";

    static final String NOT_BRAND_PERSON = """
            {"type":"/problems/unprocessable","title":"The request is well-formed but cannot be processed","status":422,
             "detail":"heldAgents[0]: 'agent2' is no one who can see acme (GET /api/v1/brands/acme/people lists who can)",
             "errors":[{"field":"heldAgents[0]","message":"'agent2' is no one who can see acme (GET /api/v1/brands/acme/people lists who can)"}]}""";

    static final String HELD_REPLY = """
            {"id":"c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f","text":"Przepraszamy za opóźnienie — paczka wyjdzie jutro.",
             "author":"agent3","status":"awaiting_approval","createdAt":"2026-12-06T09:10:00Z","checkVerdict":"pass",
             "findings":[],"approval":{"state":"waiting","dueAt":"2026-12-06T09:25:00Z","overdue":false}}""";

    static final String PAGE = """
            {"items":[{"reply":""" + HELD_REPLY + """
            ,"conversation":{"id":"6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13","platform":"facebook",
             "channelAccountId":"1234567890","authorName":"Zofia Nowak","preview":"Gdzie moja przesyłka?",
             "status":"open","dueAt":"2026-12-06T09:30:04Z","overdue":false}}],
             "nextCursor":null,"counts":{"waiting":1,"overdue":0}}""";

    static final String APPROVE = """
            {"text":"Przepraszamy za opóźnienie — paczka wyjdzie jutro z DPD.","comment":"Named the courier."}""";

    static final String APPROVED = """
            {"id":"c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f","text":"Przepraszamy za opóźnienie — paczka wyjdzie jutro z DPD.",
             "author":"agent3","status":"sending","createdAt":"2026-12-06T09:10:00Z","checkVerdict":"pass",
             "findings":[],"approval":{"state":"approved","dueAt":"2026-12-06T09:25:00Z","overdue":false,
             "decidedBy":"manager1","decidedAt":"2026-12-06T09:14:00Z","comment":"Named the courier.",
             "originalText":"Przepraszamy za opóźnienie — paczka wyjdzie jutro."}}""";

    static final String REJECT = """
            {"comment":"Name the courier and the new delivery date."}""";

    static final String OWN_REPLY = """
            {"type":"/problems/forbidden","title":"The caller may not do this","status":403,
             "detail":"you wrote this reply: another person must approve or reject it"}""";

    static final String DECIDED = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state","status":409,
             "detail":"this reply was already approved by manager1"}""";

    static final String NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"no held reply c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f in acme"}""";
}
