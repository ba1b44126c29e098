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
             "detail":"from: the window may span at most 366 days","instance":"/api/v1/brands/acme/calendar",
             "errors":[{"field":"from","message":"the window may span at most 366 days"}]}""";

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

    // ---- stories and variants (docs/publishing.md) ----

    public static final String NEW_STORY = """
            {"title":"Zimowa kolekcja ❄","brief":"Launch of the winter collection; warm, no prices.","campaign":"winter-2026",
             "tags":["launch","winter"],"variants":[{"channelAccount":"5f0e8d7c-1a2b-4c3d-9e8f-7a6b5c4d3e2f",
             "text":"Zimowa kolekcja już jest ❄ Która kurtka jest Twoja?","media":["0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"],
             "link":"https://acme.example/zima","contentType":"post","riskLevel":"normal","scheduledFor":"2026-12-08T10:00"}]}""";

    public static final String VARIANT = """
            {"id":"6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607","storyId":"5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6",
             "channelAccount":"5f0e8d7c-1a2b-4c3d-9e8f-7a6b5c4d3e2f","channelName":"Acme on Facebook","platform":"facebook",
             "text":"Zimowa kolekcja już jest ❄ Która kurtka jest Twoja?","media":[{"id":"0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
             "contentType":"image/jpeg","width":1080,"height":1080,"bytes":245760,"licence":{"licence":"own","author":"Jan Kowalski",
             "source":null,"expiresAt":null}}],"link":"https://acme.example/zima",
             "trackedLink":"https://acme.example/zima?utm_source=facebook&utm_medium=social&utm_campaign=winter-2026",
             "firstComment":null,"contentType":"post","riskLevel":"normal","scheduledFor":"2026-12-08T09:00:00Z",
             "timeZone":"Europe/Warsaw","status":"in_review","version":3,"author":"editor1","lastEditor":"editor1",
             "updatedAt":"2026-12-01T10:20:00Z","findings":[{"section":4,"code":"en-guarantee","severity":"warning",
             "message":"'guaranteed' matches the term 'guaranteed' (en)","span":{"start":10,"end":20},"suggestion":"we aim to",
             "overridden":null}],"approval":{"rule":0,"currentStep":0,"round":1,"steps":[{"name":"Marketing",
             "approvers":[{"kind":"role","id":"approver"}],"required":1,"state":"active","activeSince":"2026-12-01T10:20:00Z",
             "remindAfter":"PT4H","escalateAfter":"PT8H","escalateTo":[{"kind":"role","id":"manager"}],
             "skippableBy":["manager","admin"],"decisions":[],"skipped":null,"escalated":false,"reminded":false}]}}""";

    public static final String STORY = """
            {"id":"5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6","brand":"acme","title":"Zimowa kolekcja ❄",
             "brief":"Launch of the winter collection; warm, no prices.","campaign":"winter-2026","tags":["launch","winter"],
             "owner":"editor1","createdAt":"2026-12-01T10:00:00Z","updatedAt":"2026-12-01T10:20:00Z","version":1,
             "variants":[""" + VARIANT + "]}";

    public static final String STORY_LIST = "{\"items\":[" + STORY + "],\"nextCursor\":null}";

    public static final String STORY_CHANGE = """
            {"title":"Zimowa kolekcja ❄","brief":"Launch; warm, no prices.","campaign":"winter-2026","tags":["launch"]}""";

    public static final String VARIANT_CHANGE = """
            {"channelAccount":"5f0e8d7c-1a2b-4c3d-9e8f-7a6b5c4d3e2f",
             "text":"Zimowa kolekcja już jest ❄ Która kurtka będzie Twoja?","scheduledFor":"2026-12-09T09:00:00Z"}""";

    public static final String VERSIONS = """
            {"items":[{"version":1,"at":"2026-12-01T10:05:00Z","by":"editor1","text":"Zimowa kolekcja już jest ❄",
             "media":[],"link":null,"firstComment":null,"scheduledFor":"2026-12-08T09:00:00Z","status":"draft"},
             {"version":2,"at":"2026-12-01T10:15:00Z","by":"editor1","text":"Zimowa kolekcja już jest ❄ Która kurtka jest Twoja?",
             "media":[],"link":null,"firstComment":null,"scheduledFor":"2026-12-08T09:00:00Z","status":"draft"}],
             "nextCursor":null}""";

    public static final String DIFF = """
            {"from":1,"to":2,"changes":[{"field":"text","before":"Zimowa kolekcja już jest ❄",
             "after":"Zimowa kolekcja już jest ❄ Która kurtka jest Twoja?"}],
             "text":[{"op":"equal","text":"Zimowa kolekcja już jest ❄"},{"op":"insert","text":" Która kurtka jest Twoja?"}]}""";

    public static final String HISTORY = """
            {"items":[{"at":"2026-12-01T10:00:00Z","actor":"editor1","external":false,"reviewerId":null,"variantId":null,
             "action":"story-created","detail":{"title":"Zimowa kolekcja ❄","variants":1}},
             {"at":"2026-12-01T11:00:00Z","actor":"Anna Nowak","external":true,"reviewerId":"7f2e1c60-9b3d-4e4f-9051-c3d4e5f60718",
             "variantId":"6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607","action":"decision",
             "detail":{"round":1,"step":1,"decision":"approve","comment":"Super!"}}],"nextCursor":null}""";

    public static final String OVER_LIMIT = """
            {"type":"/problems/unprocessable","title":"The request is well-formed but cannot be processed","status":422,
             "detail":"variants[1].text: x allows at most 280 characters; this has 311",
             "instance":"/api/v1/brands/acme/stories",
             "errors":[{"field":"variants[1].text","message":"x allows at most 280 characters; this has 311"}]}""";

    public static final String INVALID_STORY = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"title must not be blank","instance":"/api/v1/brands/acme/stories",
             "errors":[{"field":"title","message":"must not be blank"}]}""";

    public static final String STALE = """
            {"type":"/problems/precondition-failed","title":"The resource changed since it was read","status":412,
             "detail":"If-Match: version 2 is stale; the current version is 3 — read it again and retry",
             "instance":"/api/v1/brands/acme/stories/5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6"}""";

    public static final String IF_MATCH_MISSING = """
            {"type":"/problems/precondition-required","title":"The request must be conditional","status":428,
             "detail":"If-Match: is required; send the ETag you read, like \\"3\\"",
             "instance":"/api/v1/brands/acme/stories/5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6"}""";

    public static final String BLOCKED = """
            {"type":"/problems/unprocessable","title":"The request is well-formed but cannot be processed","status":422,
             "detail":"1 finding(s) of the brand's standards block this variant: pl-darmowy; change it, or an approver may override a finding with a reason",
             "instance":"/api/v1/brands/acme/stories/5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6/variants/6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607/submit",
             "errors":[{"field":"text","message":"pl-darmowy: “darmowa” is a word the brand does not use"}],
             "findings":[{"section":4,"code":"pl-darmowy","severity":"blocking","message":"“darmowa” is a word the brand does not use",
             "span":{"start":0,"end":7},"suggestion":"w cenie","overridden":null}]}""";

    public static final String NOT_IN_REVIEW = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state","status":409,
             "detail":"variant 6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607 is draft, not in review",
             "instance":"/api/v1/brands/acme/stories/5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6/variants/6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607/decisions"}""";

    public static final String OWN_VARIANT = """
            {"type":"/problems/forbidden","title":"The caller may not do this","status":403,
             "detail":"you wrote or last changed this variant; someone else approves it",
             "instance":"/api/v1/brands/acme/stories/5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6/variants/6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607/decisions"}""";

    public static final String SUBMIT = """
            {"overrides":[{"code":"pl-darmowy","reason":"'darmowy zwrot' is our returns policy, as legal confirmed"}]}""";

    public static final String DECISION = """
            {"decision":"approve","comment":"Dobrze, tylko bez wykrzyknika.","overrides":[]}""";

    public static final String REASON = """
            {"reason":"Legal signed the campaign wording off in advance."}""";

    public static final String UNAVAILABLE = """
            {"type":"/problems/unavailable","title":"A dependency is unavailable; retry later","status":503,
             "detail":"the brand's standards could not be read (standards-service did not answer); nothing was saved — retry in a moment",
             "instance":"/api/v1/brands/acme/stories"}""";

    public static final String MEDIA = """
            {"id":"0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d","contentType":"image/jpeg","width":1080,"height":1080,
             "bytes":245760,"licence":{"licence":"own","author":"Jan Kowalski","source":null,"expiresAt":null}}""";

    public static final String MEDIA_TOO_LARGE = """
            {"type":"/problems/payload-too-large","title":"The request body is too large","status":413,
             "detail":"the image has 9437184 bytes; at most 8388608 are accepted","instance":"/api/v1/brands/acme/media"}""";

    public static final String NOT_PNG_OR_JPEG = """
            {"type":"/problems/unsupported-media-type","title":"The request body's media type is not supported","status":415,
             "detail":"the body is not a PNG or JPEG image; send PNG or JPEG bytes with their Content-Type",
             "instance":"/api/v1/brands/acme/media"}""";

    public static final String BAD_LICENCE = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"licence: 'stolen' is not one of cc-by, cc-by-sa, cc0, commissioned, editorial, employee, own, stock-rights-managed, stock-royalty-free, user-generated",
             "instance":"/api/v1/brands/acme/media",
             "errors":[{"field":"licence","message":"'stolen' is not one of cc-by, cc-by-sa, cc0, commissioned, editorial, employee, own, stock-rights-managed, stock-royalty-free, user-generated"}]}""";

    public static final String APPROVALS = """
            {"items":[{"story":{"id":"5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6","title":"Zimowa kolekcja ❄","campaign":"winter-2026"},
             "variant":""" + VARIANT + """
            ,"step":{"index":0,"name":"Marketing"},"waitingSince":"2026-12-01T10:20:00Z",
             "diffSinceLastLook":{"from":2,"to":3,"changes":[{"field":"text","before":"Zimowa kolekcja ❄",
             "after":"Zimowa kolekcja już jest ❄"}],"text":[{"op":"equal","text":"Zimowa kolekcja "},
             {"op":"insert","text":"już jest "},{"op":"equal","text":"❄"}]}}],"nextCursor":null}""";


    public static final String STORY_NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"story 5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6 does not exist",
             "instance":"/api/v1/brands/acme/stories/5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6"}""";

    // ---- comments ----

    public static final String NEW_COMMENT = """
            {"text":"@editor1 czy możemy skrócić to zdanie?","variantId":"6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607",
             "parentId":null,"visibility":"internal","span":{"start":0,"end":15}}""";

    public static final String COMMENT = """
            {"id":"80314d71-ac4e-4f50-a162-d4e5f6071829","storyId":"5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6",
             "variantId":"6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607","parentId":null,"author":"approver1","authorExternal":false,
             "text":"@editor1 czy możemy skrócić to zdanie?","mentions":["editor1"],"visibility":"internal",
             "span":{"start":0,"end":15},"resolved":null,"createdAt":"2026-12-01T10:30:00Z"}""";

    public static final String COMMENTS = "{\"items\":[" + COMMENT + "],\"nextCursor\":null}";

    public static final String BAD_SPAN = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"span: must lie within the text's 48 characters, start before end",
             "instance":"/api/v1/brands/acme/stories/5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6/comments",
             "errors":[{"field":"span","message":"must lie within the text's 48 characters, start before end"}]}""";

    // ---- external reviewers ----

    public static final String NEW_REVIEWER = """
            {"email":"anna@agency.example","name":"Anna Nowak (agency)","expiresInDays":7}""";

    public static final String REVIEWER = """
            {"id":"7f2e1c60-9b3d-4e4f-9051-c3d4e5f60718","email":"anna@agency.example","name":"Anna Nowak (agency)",
             "link":"http://localhost:8080/review/q3J8x0bW2m5c1mZt0fX9kR4yP7uN6vA2sD8eH1gL3jK",
             "token":"q3J8x0bW2m5c1mZt0fX9kR4yP7uN6vA2sD8eH1gL3jK","expiresAt":"2026-12-08T10:00:00Z","revokedAt":null,
             "emailed":true,"emailProblem":null}""";

    public static final String REVIEWERS = """
            {"items":[{"id":"7f2e1c60-9b3d-4e4f-9051-c3d4e5f60718","email":"anna@agency.example",
             "name":"Anna Nowak (agency)","link":null,"token":null,"expiresAt":"2026-12-08T10:00:00Z","revokedAt":null,
             "emailed":null,"emailProblem":null}],"nextCursor":null}""";

    public static final String BAD_EMAIL = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"email: must be an e-mail address",
             "instance":"/api/v1/brands/acme/stories/5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6/reviewers",
             "errors":[{"field":"email","message":"must be an e-mail address"}]}""";

    public static final String REVIEW_VARIANT = """
            {"id":"6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607","platform":"facebook","channelName":"Acme on Facebook",
             "text":"Zimowa kolekcja już jest ❄","media":[{"id":"0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
             "contentType":"image/jpeg","width":1080,"height":1080}],
             "link":"https://acme.example/zima?utm_source=facebook&utm_medium=social&utm_campaign=winter-2026",
             "scheduledFor":"2026-12-08T09:00:00Z","status":"in_review","canDecide":true}""";

    public static final String REVIEW = """
            {"story":{"title":"Zimowa kolekcja ❄","brief":"Launch of the winter collection."},
             "reviewer":{"name":"Anna Nowak (agency)"},"expiresAt":"2026-12-08T10:00:00Z",
             "variants":[""" + REVIEW_VARIANT + "],\"comments\":[]}";

    public static final String REVIEW_DECISION = """
            {"variantId":"6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607","decision":"approve","comment":"Super, puszczamy!"}""";

    public static final String REVIEW_COMMENT = """
            {"variantId":"6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607","text":"Czy zdjęcie może być jaśniejsze?"}""";

    public static final String REVIEW_UNKNOWN = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"this review link does not exist","instance":"/api/v1/review/q3J8x0bW2m5c1mZt0fX9kR4yP7uN6vA2sD8eH1gL3jK"}""";

    public static final String REVIEW_GONE = """
            {"type":"/problems/gone","title":"The resource is no longer available","status":410,
             "detail":"this review link was revoked; ask the brand for a new one",
             "instance":"/api/v1/review/q3J8x0bW2m5c1mZt0fX9kR4yP7uN6vA2sD8eH1gL3jK"}""";

    public static final String TOO_MANY = """
            {"type":"/problems/too-many-requests","title":"Too many requests; retry later","status":429,
             "detail":"too many requests for this review link; at most 60 per 60 seconds — retry later",
             "instance":"/api/v1/review/q3J8x0bW2m5c1mZt0fX9kR4yP7uN6vA2sD8eH1gL3jK"}""";

    private Examples() {
    }

    public static final String MEDIA_LINK_EXPIRED = """
            {"type":"/problems/forbidden","title":"The caller may not do this","status":403,
             "detail":"the link expired","instance":"/api/v1/public/media/2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091"}""";

    public static final String MEDIA_LINK_UNKNOWN = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"media 2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091 does not exist",
             "instance":"/api/v1/public/media/2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091"}""";

    public static final String LEDGER = """
            {"items":[{"actionId":"3c9a1f0e-5b2d-3e4f-8a6b-7c8d9e0f1a2b","kind":"publish","round":1,
             "action":"publish_post","targetObjectId":null,"text":"Zimowa kolekcja już jest ❄","notBefore":null,
             "requestedBy":"parley","requestedAt":"2026-12-08T09:00:00.4Z","state":"delivered",
             "platformObjectId":"urn:li:share:7140000000000000001",
             "permalink":"https://www.linkedin.com/feed/update/urn:li:share:7140000000000000001","failure":null,
             "reason":null,"whatToDo":null,"retryAt":null,"completedAt":"2026-12-08T09:00:04Z","correctionId":null,
             "reports":[{"attempt":1,"outcome":"delayed","failure":"rate_limited","reason":"429 Too Many Requests",
             "platformObjectId":null,"permalink":null,"retryAt":"2026-12-08T09:00:03Z","sandbox":false,
             "at":"2026-12-08T09:00:01Z"},{"attempt":2,"outcome":"delivered","failure":null,"reason":null,
             "platformObjectId":"urn:li:share:7140000000000000001",
             "permalink":"https://www.linkedin.com/feed/update/urn:li:share:7140000000000000001","retryAt":null,
             "sandbox":false,"at":"2026-12-08T09:00:04Z"}]}],"nextCursor":null}""";

    public static final String VARIANT_HISTORY = """
            {"items":[{"kind":"version","version":6,"correctionId":null,"correctionKind":null,
             "at":"2026-12-08T09:00:04Z","by":"parley","text":"Zimowa kolekcja już jest ❄ Ceny od 99 zł.",
             "status":"published","reason":null},{"kind":"correction","version":null,
             "correctionId":"91425e82-bd5f-4061-b273-e5f607182930","correctionKind":"edit",
             "at":"2026-12-08T10:00:00Z","by":"editor1","text":"Zimowa kolekcja już jest ❄ Ceny od 129 zł.",
             "status":"published","reason":"The price in the post was wrong."},{"kind":"version","version":7,
             "correctionId":null,"correctionKind":null,"at":"2026-12-08T10:20:00Z","by":"editor1",
             "text":"Zimowa kolekcja już jest ❄ Ceny od 129 zł.","status":"published","reason":null}],
             "nextCursor":null}""";

    public static final String CORRECTION_REQUEST = """
            {"text":"Zimowa kolekcja już jest ❄ Ceny od 129 zł.","reason":"The price in the post was wrong."}""";

    public static final String CORRECTION = """
            {"kind":"edit","correctionOf":"6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607",
             "variant":{"id":"91425e82-bd5f-4061-b273-e5f607182930","status":"in_review",
             "text":"Zimowa kolekcja już jest ❄ Ceny od 129 zł.","correctionOf":"6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607",
             "correctionKind":"edit","correctionReason":"The price in the post was wrong."}}""";

    public static final String DELETION_REQUEST = """
            {"reason":"The offer was withdrawn by legal."}""";

    public static final String NOT_PUBLISHED = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state","status":409,
             "detail":"variant 6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607 is scheduled; only a published post can be deleted"}""";

    public static final String NO_REASON = """
            {"type":"/problems/unprocessable","title":"The request is well-formed but cannot be processed","status":422,
             "detail":"reason: is required: say why the post is removed",
             "errors":[{"field":"reason","message":"is required: say why the post is removed"}]}""";
}
