package io.parley.standards.api;

/** The OpenAPI examples of the standards API, in one place so that they tell one consistent story. */
public final class Examples {

    public static final String TARGETS = """
            {"brand":"acme","version":3,"defaultMinutes":60,
             "targets":[{"platform":"facebook","firstResponseMinutes":30},{"platform":"linkedin","firstResponseMinutes":240}],
             "updatedAt":"2026-11-23T09:00:00Z","updatedBy":"manager1"}""";

    public static final String DEFAULT_TARGETS = """
            {"brand":"acme","version":0,"defaultMinutes":60,"targets":[],"updatedAt":null,"updatedBy":null}""";

    public static final String UPDATE = """
            {"defaultMinutes":60,
             "targets":[{"platform":"facebook","firstResponseMinutes":30},{"platform":"linkedin","firstResponseMinutes":240}]}""";

    public static final String INVALID_TARGETS = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"targets[1].platform 'facebook' appears more than once; targets[1].firstResponseMinutes must be between 1 and 43200 minutes, was 0",
             "instance":"/api/v1/brands/acme/response-targets",
             "errors":[{"field":"targets[1].platform","message":"'facebook' appears more than once"},
                       {"field":"targets[1].firstResponseMinutes","message":"must be between 1 and 43200 minutes, was 0"}]}""";

    public static final String FORBIDDEN = """
            {"type":"/problems/forbidden","title":"The caller may not do this","status":403,
             "detail":"your roles do not allow this operation","instance":"/api/v1/brands/acme/response-targets"}""";

    public static final String BRAND_NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"brand 'acme' does not exist","instance":"/api/v1/brands/acme/response-targets"}""";

    public static final String CHANGED_AT_THE_SAME_TIME = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state","status":409,
             "detail":"the targets of 'acme' were changed at the same time; read them again and reapply your change",
             "instance":"/api/v1/brands/acme/response-targets"}""";

    public static final String STALE = """
            {"type":"/problems/precondition-failed","title":"The resource changed since it was read","status":412,
             "detail":"If-Match: version 3 is stale; the current version is 4 — read it again and retry",
             "instance":"/api/v1/brands/acme/response-targets"}""";

    public static final String SMALL_CATALOGUE = """
            {"approvers":{"rules":[{"channel":"linkedin","riskLevel":"high","approvers":[{"kind":"role","id":"manager"}],
               "required":1,"order":"any"},
              {"contentType":"post","riskLevel":"normal","steps":[
               {"name":"Brand review","approvers":[{"kind":"role","id":"approver"}],"required":1,
                "remindAfter":"PT4H","escalateAfter":"PT8H","escalateTo":[{"kind":"role","id":"manager"}],
                "skippableBy":["manager"]},
               {"name":"Client sign-off","approvers":[{"kind":"external","id":"any"}],"required":1,
                "remindAfter":"P1D","skippableBy":["manager"]}]}]},
             "tools":{"allowed":[{"id":"parley","name":"Parley","channels":[],"mayPublish":true,"mayReply":true}]},
             "photos":{"allowedLicences":["own","stock-royalty-free"],"attributionRequiredFor":["stock-royalty-free"],
               "modelReleaseRequired":true,"propertyReleaseRequired":false,"stockSources":["unsplash.com"]},
             "content":{"forbidden":[{"id":"no-free","phrase":"free","language":"en","severity":"block",
               "explanation":"Nothing we sell is free; say what the offer is.","suggestion":"included"}],
               "topics":[],"patterns":[],"allowed":[]},
             "links":{"ownDomains":["acme.example"],"allowedDomains":[],"forbiddenDomains":["globex.example"],
               "requiredUtmParameters":["utm_source","utm_medium"],"shorteners":{"policy":"warn","domains":[]},"maxLinks":2},
             "otherBrands":{"brands":[{"id":"globex","name":"Globex","aliases":[],"handles":["@globex"],
               "relation":"competitor","mentionPolicy":"block","explanation":"We do not name competitors."}]},
             "logos":{"logoId":"acme-logo","requiredByDefault":false,"channels":[{"channel":"instagram","required":true}],
               "minShare":0.05,"maxShare":0.2,"positions":["bottom-right"],"clearSpace":0.25},
             "engagement":{"mayLike":true,"mayComment":true,"mayShare":true,"avoidTopics":[],"avoidSources":[]},
             "responseTargets":{"defaultMinutes":60,"timeZone":"Europe/Warsaw","hours":{"mode":"always","days":[]},
               "holidays":["2026-12-25"],"targets":[{"channel":"facebook","momentOfTruth":"first-response",
               "priority":"normal","minutes":30}]},
             "overrides":{"linkedin":{"links":{"ownDomains":["acme.example"],"allowedDomains":[],"forbiddenDomains":[],
               "requiredUtmParameters":["utm_source"],"shorteners":{"policy":"block","domains":[]},"maxLinks":1}}}}""";

    public static final String CATALOGUE = """
            {"brand":"acme","version":3,"status":"current","latestVersion":3,"effectiveFrom":"2026-11-23T09:00:00Z",
             "createdAt":"2026-11-23T09:00:00Z","author":"manager1","comment":"Black Friday: no 'free' claims",
             "catalogue":""" + SMALL_CATALOGUE + "}";

    public static final String CATALOGUE_UPDATE = """
            {"comment":"Black Friday: no 'free' claims","effectiveFrom":"2030-11-29T00:00:00Z",
             "catalogue":""" + SMALL_CATALOGUE + "}";

    public static final String HISTORY = """
            {"brand":"acme","currentVersion":3,"versions":[
             {"version":4,"status":"scheduled","author":"manager1","createdAt":"2026-11-23T10:00:00Z",
              "comment":"Christmas hours","effectiveFrom":"2026-12-20T00:00:00Z"},
             {"version":3,"status":"current","author":"manager1","createdAt":"2026-11-23T09:00:00Z",
              "comment":"Roll-back to version 1: too strict","effectiveFrom":"2026-11-23T09:00:00Z","rolledBackFrom":1}]}""";

    public static final String DIFF = """
            {"brand":"acme","from":2,"to":3,"changes":[
             {"path":"content.forbidden[0].severity","before":"warn","after":"block"},
             {"path":"links.maxLinks","before":null,"after":2}]}""";

    public static final String ROLLBACK = """
            {"toVersion":1,"comment":"The Black Friday rules were too strict"}""";

    public static final String INVALID_CATALOGUE = """
            {"type":"/problems/unprocessable","title":"The request is well-formed but cannot be processed","status":422,
             "detail":"3 fields are invalid: catalogue.content.forbidden[0].severity, catalogue.links.ownDomains[0], catalogue.logos.maxShare",
             "instance":"/api/v1/brands/acme/standards",
             "errors":[{"field":"catalogue.content.forbidden[0].severity","message":"must be one of warn, block, was 'never'"},
                       {"field":"catalogue.links.ownDomains[0]","message":"must be a lower-case domain like example.com, was 'https://acme'"},
                       {"field":"catalogue.logos.maxShare","message":"must be a share of the image above 0 and at most 1, was 1.5"}]}""";

    public static final String BAD_JSON = """
            {"type":"/problems/bad-request","title":"The request is malformed","status":400,
             "detail":"the body is not valid JSON (line 1, column 12)","instance":"/api/v1/brands/acme/standards"}""";

    public static final String ROLLBACK_INVALID = """
            {"type":"/problems/unprocessable","title":"The request is well-formed but cannot be processed","status":422,
             "detail":"comment is required: say why the change","instance":"/api/v1/brands/acme/standards/rollback",
             "errors":[{"field":"comment","message":"is required: say why the change"}]}""";

    public static final String DIFF_INVALID = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"to is required","instance":"/api/v1/brands/acme/standards/diff",
             "errors":[{"field":"to","message":"is required"}]}""";

    public static final String VERSION_NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"the standards of 'acme' have no version 9","instance":"/api/v1/brands/acme/standards/versions/9"}""";

    public static final String STANDARDS_STALE = """
            {"type":"/problems/precondition-failed","title":"The resource changed since it was read","status":412,
             "detail":"If-Match: version 3 is stale; the current version is 4 — read it again and retry",
             "instance":"/api/v1/brands/acme/standards"}""";

    public static final String STANDARDS_RACE = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state","status":409,
             "detail":"the standards of 'acme' were changed at the same time; read them again and reapply your change",
             "instance":"/api/v1/brands/acme/standards"}""";

    public static final String CHECK_DRAFT = """
            {"kind":"reply","channel":"facebook",
             "text":"Sorry 😞 write to us at help@acme.example — our free upgrade is on bit.ly/x",
             "links":[],"mentions":[],"images":[{"licence":{"type":"stock-royalty-free","attribution":null,
             "modelRelease":false,"propertyRelease":false,"source":"unsplash.com"},"showsPeople":true}]}""";

    public static final String CHECK_POST_VARIANT = """
            {"kind":"post","channel":"instagram",
             "text":"Dostawa w cenie na całą zimową kolekcję ❄ https://acme.example/zima?utm_source=instagram&utm_medium=social&utm_campaign=zima",
             "links":[],"mentions":["@woolworks"],"scheduledFor":"2026-12-01T09:00:00Z",
             "images":[{"showsPeople":true,"showsPrivateProperty":false,
               "licence":{"type":"stock-royalty-free","attribution":"Photo: Jan Kowalski / Unsplash","source":"unsplash.com",
                 "modelRelease":true,"expiresAt":"2027-06-30T00:00:00Z"}}]}""";

    public static final String CHECK_RESULT = """
            {"brand":"acme","catalogueVersion":3,"verdict":"block","findings":[
             {"ruleId":"photos.attribution-missing","section":3,"sectionName":"photos","severity":"block","imageIndex":0,"message":"image 0 (stock-royalty-free) has no attribution","why":"Photos licensed as stock-royalty-free are published with their attribution.","suggestion":"add the author and source as the attribution","messageKey":"photos.attributionMissing","params":{"image":"1","type":"stock-royalty-free"}},
             {"ruleId":"photos.model-release-missing","section":3,"sectionName":"photos","severity":"block","imageIndex":0,"message":"image 0 shows people but has no model release","why":"People shown in the brand's photos have agreed in writing.","suggestion":"get a model release or choose another photo","messageKey":"photos.modelReleaseMissing","params":{"image":"1"}},
             {"ruleId":"public-reply.email","section":4,"sectionName":"content","severity":"warn","span":{"start":23,"end":40,"text":"help@acme.example"},"message":"the reply sends the customer to e-mail; answer here, in public","why":"Replies stay public: a problem raised in public is answered where it was raised, so that everyone sees it solved.","suggestion":"answer here; ask for personal details in private only when they are really needed, and say so","messageKey":"publicReply.email","params":{"text":"help@acme.example"}},
             {"ruleId":"no-free","section":4,"sectionName":"content","severity":"block","span":{"start":47,"end":51,"text":"free"},"message":"“free” is a word the brand does not use","why":"Nothing we sell is free; say what the offer is.","suggestion":"included","messageKey":"content.forbidden","params":{"text":"free","term":"free"},"fix":{"start":47,"end":51,"text":"included"}},
             {"ruleId":"links.shortener","section":5,"sectionName":"links","severity":"warn","span":{"start":66,"end":74,"text":"bit.ly/x"},"message":"bit.ly is a link shortener","why":"Readers cannot see where a shortened link goes.","suggestion":"link to the full address","messageKey":"links.shortener","params":{"shortener":"bit.ly"}}]}""";

    public static final String IMAGE_TOO_LARGE = """
            {"type":"/problems/payload-too-large","title":"The request body is too large","status":413,
             "detail":"images[0] is 9437184 bytes; at most 8388608 are checked","instance":"/api/v1/brands/acme/checks"}""";

    public static final String NOT_AN_IMAGE = """
            {"type":"/problems/unsupported-media-type","title":"The request body's media type is not supported","status":415,
             "detail":"images[0] is not a JPEG, PNG or WebP image","instance":"/api/v1/brands/acme/checks"}""";

    public static final String INVALID_DRAFT = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"kind is required: post, reply, like or share; channel unknown platform 'myspace'",
             "instance":"/api/v1/brands/acme/checks",
             "errors":[{"field":"kind","message":"is required: post, reply, like or share"},
                       {"field":"channel","message":"unknown platform 'myspace'"}]}""";

    public static final String APPROVAL_WORKFLOW_REQUEST = """
            {"channel":"facebook","contentType":"post","riskLevel":"normal"}""";

    public static final String APPROVAL_WORKFLOW = """
            {"brand":"acme","catalogueVersion":7,"rule":1,"path":"approvers.rules[1]","steps":[
             {"name":"Brand review","approvers":[{"kind":"role","id":"approver"}],"required":1,
              "remindAfter":"PT4H","escalateAfter":"PT8H","escalateTo":[{"kind":"role","id":"manager"}],
              "skippableBy":["manager"]},
             {"name":"Client sign-off","approvers":[{"kind":"external","id":"any"}],"required":1,
              "remindAfter":"P1D","escalateAfter":null,"escalateTo":[],"skippableBy":["manager"]}]}""";

    public static final String APPROVAL_WORKFLOW_NONE = """
            {"brand":"acme","catalogueVersion":7,"rule":null,"path":null,"steps":[]}""";

    public static final String INVALID_WORKFLOW_REQUEST = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"channel is required: the channel id, e.g. facebook; riskLevel must be one of low, normal, high, was 'extreme'",
             "instance":"/api/v1/brands/acme/standards/approval-workflow",
             "errors":[{"field":"channel","message":"is required: the channel id, e.g. facebook"},
                       {"field":"riskLevel","message":"must be one of low, normal, high, was 'extreme'"}]}""";

    private Examples() {
    }
}
