package io.parley.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandardResponsesTest {

    @Test
    void operationIdsAreTheResourceAndMethodInLowerCamel() {
        assertEquals("conversationsList", StandardResponses.operationId("ConversationsResource_list"));
        assertEquals("moderationRuleSetRule", StandardResponses.operationId("ModerationRuleResource_setRule"));
        assertEquals("catalogueDiff", StandardResponses.operationId("CatalogueApi_diff"));
        assertEquals("chosenByTheResource", StandardResponses.operationId("chosenByTheResource"));
        assertNull(StandardResponses.operationId(null));
    }

    @Test
    void aSecuredOperationOnABrandGetsProblemsWithExamplesAndKeepsItsOwnWords() {
        Operation op = OASFactory.createOperation().operationId("TeamsResource_create")
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("Created"))
                        .addAPIResponse("403", OASFactory.createAPIResponse().description("Not a manager or admin"))
                        .addAPIResponse("400", OASFactory.createAPIResponse().description("Invalid team")));
        OpenAPI api = OASFactory.createOpenAPI()
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt"))
                .paths(OASFactory.createPaths().addPathItem("/api/v1/brands/{brand}/teams",
                        OASFactory.createPathItem().POST(op)));

        new StandardResponses().filterOpenAPI(api);

        assertEquals("teamsCreate", op.getOperationId());
        assertEquals("/", api.getServers().get(0).getUrl());
        for (String status : List.of("400", "401", "403", "404")) {
            APIResponse r = op.getResponses().getAPIResponse(status);
            assertNotNull(r, status);
            var problem = r.getContent().getMediaType("application/problem+json");
            assertNotNull(problem, status + " is a problem document");
            @SuppressWarnings("unchecked")
            Map<String, Object> example = (Map<String, Object>) problem.getExamples().get("problem").getValue();
            assertEquals(Integer.parseInt(status), example.get("status"), status);
            assertEquals("/api/v1/brands/acme/teams", example.get("instance"));
        }
        assertEquals("Not a manager or admin", op.getResponses().getAPIResponse("403").getDescription());
        assertEquals("Invalid team", op.getResponses().getAPIResponse("400").getDescription());
        assertEquals("/problems/invalid-input", ((Map<?, ?>) op.getResponses().getAPIResponse("400").getContent()
                .getMediaType("application/problem+json").getExamples().get("problem").getValue()).get("type"));
    }

    @Test
    void aPublicOperationWithoutParametersGetsNoAuthenticationProblems() {
        Operation op = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/public/links", OASFactory.createPathItem().GET(op)));

        new StandardResponses().filterOpenAPI(api);

        assertEquals(List.of("200"), List.copyOf(op.getResponses().getAPIResponses().keySet()));
        assertEquals(List.of(), op.getSecurity(), "no token asked for, said explicitly");
    }

    @Test
    void optionalTextListsAndObjectsMayBeNullRequiredOnesAndNumbersMayNot() {
        Schema view = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).addRequired("id")
                .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("updatedBy", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("tags", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("note", OASFactory.createSchema().addType(Schema.SchemaType.STRING))))
                .addProperty("count", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("updatedAt", OASFactory.createSchema().ref("#/components/schemas/Instant")
                        .description("when it changed"));

        StandardResponses.optionalMayBeNull(view);

        assertEquals(List.of(Schema.SchemaType.STRING), view.getProperties().get("id").getType());
        assertEquals(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL),
                view.getProperties().get("updatedBy").getType());
        assertTrue(view.getProperties().get("tags").getType().contains(Schema.SchemaType.NULL));
        assertTrue(view.getProperties().get("tags").getItems().getProperties().get("note").getType()
                .contains(Schema.SchemaType.NULL), "inside a list's items too");
        assertEquals(List.of(Schema.SchemaType.INTEGER), view.getProperties().get("count").getType());
        Schema updatedAt = view.getProperties().get("updatedAt");
        assertNull(updatedAt.getRef(), "a reference beside null would still refuse null");
        assertEquals("#/components/schemas/Instant", updatedAt.getAnyOf().get(0).getRef());
        assertEquals(List.of(Schema.SchemaType.NULL), updatedAt.getAnyOf().get(1).getType());
        assertEquals("when it changed", updatedAt.getDescription());
    }

    @Test
    void aSchemaNoOperationReachesIsLeftOutAndEveryOneReachedStays() {
        Operation op = OASFactory.createOperation().operationId("TeamsResource_list")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .description("OK").content(OASFactory.createContent().addMediaType("application/json",
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("TeamPage"))))));
        OpenAPI api = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths().addPathItem("/api/v1/brands/{brand}/teams",
                        OASFactory.createPathItem().GET(op)))
                .components(OASFactory.createComponents()
                        .addSchema("TeamPage", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                        .items(OASFactory.createSchema().ref("Team"))))
                        .addSchema("Team", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("lead", OASFactory.createSchema().ref("Member")))
                        .addSchema("Member", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT))
                        .addSchema("Problem", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT))
                        .addSchema("Page", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)));

        new StandardResponses().filterOpenAPI(api);

        // Member is reached through an optional property (anyOf after the filter), Problem through the 404 it adds
        assertEquals(java.util.Set.of("TeamPage", "Team", "Member", "Problem"),
                api.getComponents().getSchemas().keySet());
    }

    @Test
    void aListTakingACursorDocumentsTheInvalidCursorProblemBesideItsOwn400() {
        Operation withOwn400 = OASFactory.createOperation().operationId("TeamsResource_list")
                .addParameter(OASFactory.createParameter().name("cursor").in(Parameter.In.QUERY))
                .addParameter(OASFactory.createParameter().name("limit").in(Parameter.In.QUERY))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("A page"))
                        .addAPIResponse("400", OASFactory.createAPIResponse().description("A bad limit")
                                .content(OASFactory.createContent().addMediaType("application/problem+json",
                                        OASFactory.createMediaType().addExample("bad limit",
                                                OASFactory.createExample().value(Map.of("status", 400)))))));
        Operation without400 = OASFactory.createOperation().operationId("LogsResource_list")
                .addParameter(OASFactory.createParameter().name("cursor").in(Parameter.In.QUERY))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("A page")));
        Operation own400WithoutExample = OASFactory.createOperation().operationId("NotesResource_list")
                .addParameter(OASFactory.createParameter().name("cursor").in(Parameter.In.QUERY))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("A page"))
                        .addAPIResponse("400", OASFactory.createAPIResponse().description("A limit out of range or a "
                                + "cursor this listing did not hand out")));
        Operation cursorInAHeader = OASFactory.createOperation().operationId("FeedResource_read")
                .addParameter(OASFactory.createParameter().name("cursor").in(Parameter.In.HEADER))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        OpenAPI api = OASFactory.createOpenAPI()
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt"))
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/v1/brands/{brand}/teams", OASFactory.createPathItem().GET(withOwn400))
                        .addPathItem("/api/v1/logs", OASFactory.createPathItem().GET(without400))
                        .addPathItem("/api/v1/notes", OASFactory.createPathItem().GET(own400WithoutExample))
                        .addPathItem("/api/v1/feed", OASFactory.createPathItem().GET(cursorInAHeader)));

        new StandardResponses().filterOpenAPI(api);

        var own = withOwn400.getResponses().getAPIResponse("400");
        assertEquals("A bad limit", own.getDescription(), "the operation's own words stay");
        var examples = own.getContent().getMediaType("application/problem+json").getExamples();
        assertEquals(List.of("bad limit", "invalid cursor"), List.copyOf(examples.keySet()));
        @SuppressWarnings("unchecked")
        Map<String, Object> cursor = (Map<String, Object>) examples.get("invalid cursor").getValue();
        assertEquals("/problems/invalid-input", cursor.get("type"));
        assertEquals(400, cursor.get("status"));
        assertEquals("/api/v1/brands/acme/teams", cursor.get("instance"));
        assertEquals(List.of(Map.of("field", "cursor", "message", "is not a cursor this API returned")),
                cursor.get("errors"), "the problem names cursor");

        var added = without400.getResponses().getAPIResponse("400");
        assertNotNull(added, "a list documenting no 400 gets the invalid cursor's");
        assertTrue(added.getDescription().contains("cursor"));
        var media = added.getContent().getMediaType("application/problem+json");
        assertEquals("#/components/schemas/Problem", media.getSchema().getRef());
        assertEquals(List.of("invalid cursor"), List.copyOf(media.getExamples().keySet()));
        assertEquals("/api/v1/logs", ((Map<?, ?>) media.getExamples().get("invalid cursor").getValue()).get("instance"));

        var described = own400WithoutExample.getResponses().getAPIResponse("400");
        assertEquals("A limit out of range or a cursor this listing did not hand out", described.getDescription());
        assertEquals(List.of("invalid cursor"), List.copyOf(described.getContent()
                .getMediaType("application/problem+json").getExamples().keySet()), "not a made-up body problem");

        assertNull(cursorInAHeader.getResponses().getAPIResponse("400"), "only a query parameter named cursor");

        new StandardResponses().filterOpenAPI(api);
        assertEquals(2, withOwn400.getResponses().getAPIResponse("400").getContent()
                .getMediaType("application/problem+json").getExamples().size(), "filtering twice adds nothing");
    }
}
