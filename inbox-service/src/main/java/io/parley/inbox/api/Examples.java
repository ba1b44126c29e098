package io.parley.inbox.api;

/**
 * The OpenAPI examples of the inbox API, in one place so that they stay consistent with each other
 * (the same conversation, reply and agent throughout).
 */
public final class Examples {

    public static final String CONVERSATION_PAGE = """
            {"items":[{"id":"6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13","brand":"acme","platform":"facebook",
              "status":"open","receivedAt":"2026-11-23T09:00:04Z","dueAt":"2026-11-23T09:30:04Z","overdue":false,
              "author":{"platformId":"42","name":"Zofia Nowak","profileUrl":"https://www.facebook.com/42"},
              "lastInteractionAt":"2026-11-23T09:00:04Z","firstResponseAt":null,"timeToFirstResponseSeconds":null,
              "interactions":1,"preview":"Gdzie moja przesyłka?"}],
             "nextCursor":"MjAyNi0xMS0yM1QwOTozMDowNFp8NmYxYzJkOWUtNThhNC0zYjdlLTlhNTEtMmM3ZjBlOGQ0YjEz"}""";

    public static final String REPLY_DELIVERED = """
            {"id":"c2a9f1d0-7b3e-4e8a-9f61-0d5b2e7c8a19","text":"Sprawdzamy to, dziękujemy za cierpliwość!",
              "author":"agent1","status":"delivered","createdAt":"2026-11-23T09:12:31Z",
              "deliveredAt":"2026-11-23T09:12:40Z","platformObjectId":"1234567890_777_2","failureReason":null}""";

    public static final String CONVERSATION = """
            {"id":"6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13","brand":"acme","platform":"facebook","status":"answered",
             "receivedAt":"2026-11-23T09:00:04Z","dueAt":"2026-11-23T09:30:04Z","overdue":false,
             "author":{"platformId":"42","name":"Zofia Nowak","profileUrl":"https://www.facebook.com/42"},
             "firstResponseAt":"2026-11-23T09:12:40Z","timeToFirstResponseSeconds":756,
             "interactions":[{"id":"0b7e4f3a-91d2-3c65-8e10-5a9b7c2d1e44","kind":"comment",
               "text":"Gdzie moja przesyłka?",
               "author":{"platformId":"42","name":"Zofia Nowak","profileUrl":"https://www.facebook.com/42"},
               "platformObjectId":"1234567890_777_1","parentId":"1234567890_777",
               "permalink":"https://www.facebook.com/1234567890_777_1","platformTime":"2026-11-23T09:00:01Z",
               "observedAt":"2026-11-23T09:00:04Z"}],
             "replies":[""" + REPLY_DELIVERED + "]}";

    public static final String REPLY_REQUEST = """
            {"text":"Sprawdzamy to, dziękujemy za cierpliwość!"}""";

    public static final String REPLY_SENDING = """
            {"id":"c2a9f1d0-7b3e-4e8a-9f61-0d5b2e7c8a19","text":"Sprawdzamy to, dziękujemy za cierpliwość!",
             "author":"agent1","status":"sending","createdAt":"2026-11-23T09:12:31Z"}""";

    public static final String INVALID_STATUS = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"status: 'closed' is not a status; use one of open, answered",
             "instance":"/api/v1/conversations","errors":[{"field":"status",
             "message":"'closed' is not a status; use one of open, answered"}]}""";

    public static final String INVALID_REPLY = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"text must not be blank",
             "instance":"/api/v1/conversations/6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13/replies",
             "errors":[{"field":"text","message":"must not be blank"}]}""";

    public static final String UNAUTHORIZED = """
            {"type":"/problems/unauthorized","title":"Authentication is required","status":401,
             "detail":"a valid bearer token is required","instance":"/api/v1/conversations"}""";

    public static final String FORBIDDEN = """
            {"type":"/problems/forbidden","title":"The caller may not do this","status":403,
             "detail":"your roles do not allow this operation","instance":"/api/v1/conversations"}""";

    public static final String CONVERSATION_NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"conversation 6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13 does not exist",
             "instance":"/api/v1/conversations/6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13"}""";

    public static final String BRAND_NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"brand 'globex' does not exist","instance":"/api/v1/conversations"}""";

    public static final String ALREADY_ANSWERING = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state","status":409,
             "detail":"agent1 is already answering this conversation",
             "instance":"/api/v1/conversations/6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13/replies"}""";

    private Examples() {
    }
}
