package io.parley.inbox.complaints;

/** OpenAPI examples of the complaint library. */
public final class ComplaintExamples {

    public static final String RESOLUTION = """
            {"category":"delivery","problem":"Paczka nie dotarła w terminie; kurier zgubił przesyłkę.",
             "settlement":"Wysłaliśmy nową paczkę ekspresem i bon 25 EUR.",
             "compensationOfferId":"d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70"}""";

    public static final String CASE = """
            {"id":"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","brand":"acme",
             "conversationId":"6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13","category":"delivery",
             "problem":"Paczka nie dotarła w terminie; kurier zgubił przesyłkę.",
             "settlement":"Wysłaliśmy nową paczkę ekspresem i bon 25 EUR.",
             "compensationOfferId":"d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70","language":"pl","resolvedBy":"agent1",
             "resolvedAt":"2026-11-23T10:02:00Z"}""";

    public static final String MATCHES = """
            {"items":[{"complaintCase":""" + CASE + """
            ,"score":0.4137,"matchingTerms":["przesyłki","paczka"]}]}""";

    public static final String ALREADY_RECORDED = """
            {"type":"/problems/conflict","title":"The request conflicts with the resource's state","status":409,
             "detail":"the complaint of conversation 6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13 is already in the library",
             "instance":"/api/v1/conversations/6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13/complaint-case"}""";

    private ComplaintExamples() {
    }
}
