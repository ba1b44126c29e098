package io.parley.calendar.pause;

/** OpenAPI examples of the publishing pause, telling one story: a payment outage, paused from its incident. */
final class PauseExamples {

    static final String PAUSE = """
            {"reason":"Awaria płatności: wstrzymujemy posty promocyjne do odwołania.",
             "incidentId":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"}""";

    static final String PAUSED = """
            {"id":"a5a5a5a5-1b1b-4c2c-8d3d-e4e4e4e4e4e4","brand":"acme",
             "reason":"Awaria płatności: wstrzymujemy posty promocyjne do odwołania.",
             "incidentId":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f","pausedBy":"manager1",
             "pausedAt":"2026-12-08T09:10:00Z","liftedBy":null,"liftedAt":null,"liftReason":null,"held":null,
             "heldPosts":null}""";

    static final String STATUS = """
            {"paused":true,"pause":""" + PAUSED + """
            ,"held":1,"heldPosts":[{"storyId":"5d0c9a4e-7f1b-4c2d-9e3f-a1b2c3d4e5f6",
             "variantId":"6e1d0b5f-8a2c-4d3e-8f40-b2c3d4e5f607","channelAccount":"5f0e8d7c-1a2b-4c3d-9e8f-7a6b5c4d3e2f",
             "platform":"linkedin","scheduledFor":"2026-12-08T10:00:00Z"}],"suggestion":"send"}""";

    static final String LIFT = """
            {"reason":"Płatności działają, komunikat wydany.","held":"send"}""";

    static final String LIFTED = """
            {"id":"a5a5a5a5-1b1b-4c2c-8d3d-e4e4e4e4e4e4","brand":"acme",
             "reason":"Awaria płatności: wstrzymujemy posty promocyjne do odwołania.",
             "incidentId":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f","pausedBy":"manager1",
             "pausedAt":"2026-12-08T09:10:00Z","liftedBy":"manager1","liftedAt":"2026-12-08T11:30:00Z",
             "liftReason":"Płatności działają, komunikat wydany.","held":"send","heldPosts":1}""";

    static final String HISTORY = "{\"items\":[" + LIFTED + "],\"nextCursor\":null}";

    static final String ALREADY_PAUSED = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state",
             "status":409,"detail":"publishing of acme is already paused, by manager1 since 2026-12-08T09:10:00Z; lift that pause first"}""";

    static final String NOT_PAUSED = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state",
             "status":409,"detail":"publishing of acme is not paused"}""";

    static final String NO_REASON = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"reason: is required: say why, for the team and the record",
             "errors":[{"field":"reason","message":"is required: say why, for the team and the record"}]}""";

    static final String FORBIDDEN = """
            {"type":"/problems/forbidden","title":"The caller may not do this","status":403,
             "detail":"The caller may not do this"}""";

    private PauseExamples() {
    }
}
