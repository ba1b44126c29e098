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

    public static final String UNAUTHORIZED = """
            {"type":"/problems/unauthorized","title":"Authentication is required","status":401,
             "detail":"a valid bearer token is required","instance":"/api/v1/brands/acme/response-targets"}""";

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
             "detail":"the targets of 'acme' are at version 4, not 3; read them again and reapply your change",
             "instance":"/api/v1/brands/acme/response-targets"}""";

    private Examples() {
    }
}
