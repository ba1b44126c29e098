package io.parley.inbox.compensation;

/** OpenAPI examples of the compensation API (the same conversation and agents as {@code api.Examples}). */
public final class CompensationExamples {

    public static final String LIMITS = """
            {"brand":"acme","limits":[{"role":"agent","user":null,"currency":"EUR","amountMinor":5000},
             {"role":"manager","user":null,"currency":"EUR","amountMinor":50000},
             {"role":null,"user":"agent1","currency":"PLN","amountMinor":20000}]}""";

    public static final String LIMITS_REQUEST = """
            {"limits":[{"role":"agent","currency":"EUR","amountMinor":5000},
             {"role":"manager","currency":"EUR","amountMinor":50000},
             {"user":"agent1","currency":"PLN","amountMinor":20000}]}""";

    public static final String OFFER_REQUEST = """
            {"kind":"voucher","amountMinor":2500,"currency":"EUR","note":"Przepraszamy za opóźnienie przesyłki"}""";

    public static final String OFFERED = """
            {"id":"d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70","brand":"acme",
             "conversationId":"6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13","kind":"voucher","amountMinor":2500,
             "currency":"EUR","note":"Przepraszamy za opóźnienie przesyłki","offeredBy":"agent1",
             "offeredAt":"2026-11-23T09:20:00Z","limitMinor":5000,"status":"offered","approvalDueAt":null,
             "decidedBy":null,"decidedAt":null,"decisionComment":null,"customerId":"42","customerName":"Zofia Nowak",
             "platform":"facebook","conversationPreview":"Paczka zaginęła, a to był prezent!","draftReply":null}""";

    public static final String PENDING = """
            {"id":"d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70","brand":"acme",
             "conversationId":"6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13","kind":"refund","amountMinor":12000,
             "currency":"EUR","note":"Paczka zaginęła","offeredBy":"agent1","offeredAt":"2026-11-23T09:20:00Z",
             "limitMinor":5000,"status":"pending_approval","approvalDueAt":"2026-11-23T11:20:00Z","decidedBy":null,
             "decidedAt":null,"decisionComment":null,"customerId":"42","customerName":"Zofia Nowak",
             "platform":"facebook","conversationPreview":"Paczka zaginęła, a to był prezent!","draftReply":null}""";

    public static final String APPROVED = """
            {"id":"d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70","brand":"acme",
             "conversationId":"6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13","kind":"refund","amountMinor":12000,
             "currency":"EUR","note":"Paczka zaginęła","offeredBy":"agent1","offeredAt":"2026-11-23T09:20:00Z",
             "limitMinor":5000,"status":"approved","approvalDueAt":"2026-11-23T11:20:00Z","decidedBy":"approver1",
             "decidedAt":"2026-11-23T09:41:00Z","decisionComment":"Lost parcel: refund in full.","customerId":"42",
             "customerName":"Zofia Nowak",
             "platform":"facebook","conversationPreview":"Paczka zaginęła, a to był prezent!","draftReply":null}""";

    public static final String CONTEXT = """
            {"offer":{"id":"d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70","brand":"acme",
              "conversationId":"6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13","kind":"refund","amountMinor":12000,
              "currency":"EUR","note":"Paczka zaginęła","offeredBy":"agent1","offeredAt":"2026-11-23T09:20:00Z",
              "limitMinor":5000,"status":"pending_approval","approvalDueAt":"2026-11-23T11:20:00Z","decidedBy":null,
              "decidedAt":null,"decisionComment":null,"customerId":"42","customerName":"Zofia Nowak",
              "platform":"facebook","conversationPreview":"Paczka zaginęła, a to był prezent!",
              "draftReply":"Bardzo przepraszamy! Zwracamy całą kwotę — pieniądze wrócą na kartę w 3 dni."},
             "overLimitMinor":7000,
             "conversation":{"id":"6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13","brand":"acme","platform":"facebook",
              "status":"open","receivedAt":"2026-11-23T09:00:05Z","dueAt":"2026-11-23T10:00:05Z","overdue":false,
              "author":{"platformId":"42","name":"Zofia Nowak","profileUrl":null},"firstResponseAt":null,
              "timeToFirstResponseSeconds":null,"interactions":[{"id":"0b9c6a3e-2f4d-4e1a-8c7b-5d6e7f8a9b0c",
              "kind":"comment","text":"Paczka zaginęła, a to był prezent!",
              "author":{"platformId":"42","name":"Zofia Nowak","profileUrl":null},"platformObjectId":"777_1",
              "parentId":"1234567890_777","permalink":null,"platformTime":"2026-11-23T09:00:00Z",
              "observedAt":"2026-11-23T09:00:05Z","state":"visible","editedAt":null,"history":[],"attachments":[]}],
              "replies":[],"channelAccountId":"1234567890","language":"pl","moment":"complaint",
              "sentiment":"negative","priority":"normal","assignee":"agent1","team":"care","breachedAt":null,
              "story":null,"postId":"1234567890_777"},
             "customer":{"conversations":2,"complaints":1,"recent":[{"id":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
              "brand":"acme","platform":"facebook","channelAccountId":"1234567890","status":"resolved",
              "receivedAt":"2026-10-02T12:00:00Z","lastInteractionAt":"2026-10-02T13:10:00Z","interactions":2,
              "preview":"Kurier nie przyszedł","moment":"complaint","sentiment":"negative","match":"platform-id"}],
              "compensation":[]}}""";

    public static final String DECISION_REQUEST = """
            {"comment":"Lost parcel: refund in full."}""";

    public static final String LEDGER = """
            {"brand":"acme","from":"2026-10-24T09:00:00Z","to":"2026-11-23T09:00:00Z","items":[""" + APPROVED + """
            ],"nextCursor":null,"totals":[{"currency":"EUR","grantedMinor":12000,"pendingMinor":0,"rejectedMinor":0,"offers":1}]}""";

    public static final String INVALID_MONEY = """
            {"type":"/problems/unprocessable","title":"The request is well-formed but cannot be processed",
             "status":422,"detail":"amountMinor must be more than 0 minor units, was -5; currency 'EURO' is not an ISO 4217 currency code",
             "instance":"/api/v1/conversations/6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13/compensation",
             "errors":[{"field":"amountMinor","message":"must be more than 0 minor units, was -5"},
              {"field":"currency","message":"'EURO' is not an ISO 4217 currency code"}]}""";

    public static final String OWN_REQUEST = """
            {"type":"/problems/forbidden","title":"The caller may not do this","status":403,
             "detail":"you asked for this compensation yourself; another approver of acme must decide it",
             "instance":"/api/v1/brands/acme/compensation/offers/d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70/approve"}""";

    public static final String ALREADY_DECIDED = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state","status":409,
             "detail":"compensation offer d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70 is approved (by approver1); only a pending one can be decided",
             "instance":"/api/v1/brands/acme/compensation/offers/d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70/reject"}""";

    public static final String OFFER_NOT_FOUND = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"compensation offer d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70 does not exist in brand acme",
             "instance":"/api/v1/brands/acme/compensation/offers/d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70"}""";

    private CompensationExamples() {
    }
}
