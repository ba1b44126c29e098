package io.parley.inbox.ownership;

/** OpenAPI examples of the assignment coverage report (kept apart from {@link OwnershipExamples}). */
final class CoverageExamples {

    private CoverageExamples() {
    }

    static final String COVERAGE = """
            {"brand":"acme","timeZone":"Europe/Warsaw","weekStarting":"2026-12-07","platforms":["facebook"],
             "moments":["complaint","question","suggestion","praise"],"languages":["pl"],"combinations":4,
             "hoursPerWeek":168,"coveredHours":432,"gapHours":240,
             "gaps":[{"platform":"facebook","moment":"complaint","language":"pl","reason":"nobody-on-duty",
               "rule":"Polish complaints","team":"care","assignee":null,"day":"MONDAY","fromHour":0,"toHour":8},
              {"platform":"facebook","moment":"praise","language":"pl","reason":"no-rule-matched","rule":null,
               "team":null,"assignee":null,"day":"MONDAY","fromHour":0,"toHour":24}],
             "conditionalRules":["Parcels to agent1"]}""";

    static final String INVALID = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"timeZone: 'Mars/Olympus' is not an IANA time zone such as Europe/Warsaw",
             "instance":"/api/v1/brands/acme/assignment-coverage",
             "errors":[{"field":"timeZone","message":"'Mars/Olympus' is not an IANA time zone such as Europe/Warsaw"}]}""";

    static final String FORBIDDEN = """
            {"type":"/problems/forbidden","title":"The caller may not do this","status":403,
             "detail":"your roles do not allow this operation","instance":"/api/v1/brands/acme/assignment-coverage"}""";
}
