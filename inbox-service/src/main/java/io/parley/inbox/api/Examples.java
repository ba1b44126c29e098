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
              "interactions":1,"preview":"Gdzie moja przesyłka?","abusive":false,"spam":false}],
             "nextCursor":"MjAyNi0xMS0yM1QwOTozMDowNFp8NmYxYzJkOWUtNThhNC0zYjdlLTlhNTEtMmM3ZjBlOGQ0YjEz",
             "sort":"due","total":1234,"totalIsEstimate":false}""";

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
               "observedAt":"2026-11-23T09:00:04Z","abusive":false,"abusiveScore":0.04,"spam":false,
               "spamScore":0.01}],
             "abusive":false,"spam":false,
             "replies":[""" + REPLY_DELIVERED + "]}";

    public static final String REPLY_REQUEST = """
            {"text":"Sprawdzamy to, dziękujemy za cierpliwość!"}""";

    public static final String REPLY_SENDING = """
            {"id":"c2a9f1d0-7b3e-4e8a-9f61-0d5b2e7c8a19","text":"Sprawdzamy to, dziękujemy za cierpliwość!",
             "author":"agent1","status":"sending","createdAt":"2026-11-23T09:12:31Z"}""";

    public static final String INVALID_STATUS = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"status: 'closed' is not a status; use one of new, open, pending_customer, answered, resolved",
             "instance":"/api/v1/conversations","errors":[{"field":"status",
             "message":"'closed' is not a status; use one of new, open, pending_customer, answered, resolved"}]}""";

    public static final String INVALID_LIMIT = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"limit: must be between 1 and 200, was 500","errors":[{"field":"limit",
             "message":"must be between 1 and 200, was 500"}]}""";


    public static final String INVALID_REPLY = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"text must not be blank",
             "instance":"/api/v1/conversations/6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13/replies",
             "errors":[{"field":"text","message":"must not be blank"}]}""";

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

    public static final String SAVED_VIEW_REQUEST = """
            {"name":"Complaints in Polish, newest first","team":null,
             "filters":{"status":"new,open","moment":"complaint","language":"pl"},"sort":"newest"}""";

    public static final String SAVED_VIEWS = """
            [{"id":"3f7c1e2a-9b4d-4c6e-8a1f-2d3e4f5a6b7c","brand":"acme","name":"Complaints in Polish, newest first",
              "scope":"personal","owner":"agent1","team":null,
              "filters":{"status":"new,open","moment":"complaint","language":"pl"},"sort":"newest",
              "createdBy":"agent1","createdAt":"2026-12-05T08:00:00Z","updatedAt":"2026-12-05T08:00:00Z","version":0,
              "total":1234,"totalIsEstimate":false},
             {"id":"8e2d4c6a-1b3f-4a5e-9c7d-0f1e2d3c4b5a","brand":"acme","name":"Team care: breached",
              "scope":"team","owner":null,"team":"care","filters":{"status":"new,open","breached":"true"},
              "sort":"due","createdBy":"manager1","createdAt":"2026-12-01T08:00:00Z",
              "updatedAt":"2026-12-01T08:00:00Z","version":2,"total":180000,"totalIsEstimate":true}]""";

    public static final String SAVED_VIEW_BAD_FILTER = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"filters.moment: 'rant' is not one of complaint, question, suggestion, praise",
             "instance":"/api/v1/brands/acme/views",
             "errors":[{"field":"filters.moment","message":"'rant' is not one of complaint, question, suggestion, praise"}]}""";

    public static final String ALREADY_ANSWERING = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state","status":409,
             "detail":"agent1 is already answering this conversation",
             "instance":"/api/v1/conversations/6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13/replies"}""";

    public static final String STATUS_CHANGE = """
            {"status":"pending_customer","reason":"asked for the order number"}""";

    public static final String WRONG_TRANSITION = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state","status":409,
             "detail":"a conversation cannot go from resolved to pending_customer; from resolved it may go to open",
             "instance":"/api/v1/conversations/6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13/status"}""";

    public static final String AUTHOR_HISTORY = """
            {"author":{"platformId":"42","name":"Zofia Nowak","profileUrl":"https://www.facebook.com/42"},
             "items":[{"id":"9a1b2c3d-58a4-3b7e-9a51-2c7f0e8d4b13","brand":"acme","platform":"facebook",
               "channelAccountId":"1234567890","status":"resolved","receivedAt":"2026-10-02T14:00:00Z",
               "lastInteractionAt":"2026-10-02T14:20:00Z","interactions":2,"preview":"Czy macie rozmiar 38?",
               "moment":"question","sentiment":"neutral","match":"platform-id"},
              {"id":"2f4e6a8c-58a4-3b7e-9a51-2c7f0e8d4b13","brand":"acme","platform":"instagram",
               "channelAccountId":"17841400000000000","status":"answered","receivedAt":"2026-09-12T08:00:00Z",
               "lastInteractionAt":"2026-09-12T08:00:00Z","interactions":1,"preview":"Piękna kolekcja 😍",
               "moment":"praise","sentiment":"positive","match":"name"}],
             "nextCursor":null}""";

    public static final String NOTE_REQUEST = """
            {"text":"@manager1 klientka pyta o zwrot za opóźnienie — czy możemy dać kod rabatowy?"}""";

    public static final String NOTE = """
            {"id":"b7c8d9e0-1f2a-4b3c-8d4e-5f6a7b8c9d0e","conversationId":"6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13",
             "author":"agent1","text":"@manager1 klientka pyta o zwrot za opóźnienie — czy możemy dać kod rabatowy?",
             "mentioned":["manager1"],"createdAt":"2026-11-23T09:05:00Z"}""";

    public static final String UNKNOWN_MENTION = """
            {"type":"/problems/unprocessable","title":"The request is well-formed but cannot be processed",
             "status":422,"detail":"the note mentions @manger1, who cannot see acme: only the brand's people can be told (GET /api/v1/brands/acme/people)",
             "instance":"/api/v1/conversations/6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13/notes",
             "errors":[{"field":"text","message":"@manger1 is no one who can see acme, so nobody would be told (did you mean @manager1?)"}]}""";

    public static final String AUDIT = """
            [{"id":"1d2e3f4a-2222-4a2b-8c3d-4e5f6a7b8c9d","action":"status_changed","actor":"agent1",
              "at":"2026-11-23T09:05:00Z","details":{"from":"new","to":"open","because":"a note was written"}},
             {"id":"0c1d2e3f-1111-4a2b-8c3d-4e5f6a7b8c9d","action":"note_added","actor":"agent1",
              "at":"2026-11-23T09:05:00Z","details":{"noteId":"b7c8d9e0-1f2a-4b3c-8d4e-5f6a7b8c9d0e",
              "mentioned":["manager1"]}},
             {"id":"2e3f4a5b-3333-4a2b-8c3d-4e5f6a7b8c9d","action":"reply_sent","actor":"agent1",
              "at":"2026-11-23T09:12:31Z","details":{"replyId":"c2a9f1d0-7b3e-4e8a-9f61-0d5b2e7c8a19",
              "verdict":"pass"}},
             {"id":"3f4a5b6c-4444-4a2b-8c3d-4e5f6a7b8c9d","action":"status_changed","actor":"agent1",
              "at":"2026-11-23T09:12:40Z","details":{"from":"open","to":"answered",
              "because":"the reply was delivered"}}]""";

    public static final String REPLY_BLOCKED = """
            {"type":"/problems/unprocessable","title":"The request is well-formed but cannot be processed","status":422,
             "detail":"1 finding(s) of the brand's standards block this text: no-free; change the text, or an approver may send it with an overrideReason",
             "instance":"/api/v1/conversations/6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13/replies",
             "errors":[{"field":"text","message":"no-free: “free” is a word the brand does not use"}],
             "findings":[{"ruleId":"no-free","section":4,"sectionName":"content","severity":"block",
               "span":{"start":22,"end":26,"text":"free"},"message":"“free” is a word the brand does not use",
               "why":"Nothing we sell is free; say what the offer is.","suggestion":"included"}]}""";

    public static final String STANDARDS_UNAVAILABLE = """
            {"type":"/problems/unavailable","title":"A dependency is unavailable; retry later","status":503,
             "detail":"the brand's standards could not be checked (standards-service did not answer); nothing was sent — retry in a moment",
             "instance":"/api/v1/conversations/6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13/replies"}""";

    public static final String SAVED_REPLY_REQUEST = """
            {"language":"pl","title":"Opóźniona przesyłka — zdenerwowany klient",
             "body":"{author.firstName}, bardzo przepraszamy — to nie powinno się zdarzyć. Sprawdzamy Twoją przesyłkę i odezwiemy się tutaj jeszcze dziś. {agent.name}, {brand}",
             "sentiment":"negative",
             "guidance":"Przeproś raz, bez tłumaczenia się; nie przenoś rozmowy do prywatnych wiadomości; podaj konkretny następny krok i termin."}""";

    public static final String SAVED_REPLIES = """
            [{"id":"5e6f7a8b-1c2d-4e3f-9a0b-1c2d3e4f5a6b","brand":"acme","language":"pl",
              "title":"Opóźniona przesyłka — zdenerwowany klient",
              "body":"{author.firstName}, bardzo przepraszamy — to nie powinno się zdarzyć. Sprawdzamy Twoją przesyłkę i odezwiemy się tutaj jeszcze dziś. {agent.name}, {brand}",
              "sentiment":"negative","guidance":"Przeproś raz, bez tłumaczenia się; podaj konkretny następny krok i termin.",
              "createdBy":"manager1","updatedAt":"2026-11-20T10:00:00Z","version":0}]""";

    public static final String SUGGESTIONS = """
            [{"id":"5e6f7a8b-1c2d-4e3f-9a0b-1c2d3e4f5a6b","title":"Opóźniona przesyłka — zdenerwowany klient",
              "language":"pl","sentiment":"negative",
              "text":"Zofia, bardzo przepraszamy — to nie powinno się zdarzyć. Sprawdzamy Twoją przesyłkę i odezwiemy się tutaj jeszcze dziś. agent1, acme",
              "guidance":"Przeproś raz, bez tłumaczenia się; podaj konkretny następny krok i termin.","suggested":true}]""";

    public static final String UNKNOWN_VARIABLE = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"body: unknown variable(s) {order.id}; use {author.name}, {author.firstName}, {brand}, {agent.name}, {channel}",
             "instance":"/api/v1/brands/acme/saved-replies","errors":[{"field":"body",
             "message":"unknown variable(s) {order.id}; use {author.name}, {author.firstName}, {brand}, {agent.name}, {channel}"}]}""";

    public static final String MODERATION_REQUEST = """
            {"interactionId":"0b7e4f3a-91d2-3c65-8e10-5a9b7c2d1e44","action":"hide","reason":"abusive"}""";

    public static final String GROUPED_ANSWER_REQUEST = """
            {"conversationIds":["6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13","9a1b2c3d-58a4-3b7e-9a51-2c7f0e8d4b13"],
             "text":"Wczorajsza awaria płatności jest naprawiona — przepraszamy! Zamówienia złożone między 14:00 a 16:00 realizujemy dziś."}""";

    private Examples() {
    }
}
