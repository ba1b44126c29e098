package io.parley.inbox.people;

import io.parley.inbox.api.Examples;
import io.parley.platform.problem.Problem;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The people of a brand whom a note can mention. */
@Path("/api/v1/brands/{brand}/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Who can see a brand: the @mention picker's names")
public class PeopleResource {

    static final String PEOPLE = """
            {"brand":"acme","people":[{"user":"agent1","name":"Anna Agent","roles":["agent"]},
             {"user":"manager1","name":"Maria Nowak","roles":["agent","approver","manager"]}]}""";

    @Inject
    PeopleDirectory people;


    @Schema(name = "People", description = "The people who can see the brand, whom a note can mention")
    public record People(@Schema(example = "acme") String brand, List<Person> people) {
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Whom a note can mention",
            description = "The people who can see the brand — its members in the identity provider with a Parley "
                    + "role (agent, editor, approver, manager, admin; an integrator's service account is no one) — "
                    + "by user name, with their roles. The note composer's @mention picker offers these; a note "
                    + "mentioning anyone else is refused with 422. Read from the identity provider and kept for a "
                    + "minute.")
    @APIResponse(responseCode = "200", description = "The people, by user name",
            content = @Content(schema = @Schema(implementation = People.class),
                    examples = @ExampleObject(name = "acme", value = PEOPLE)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    @APIResponse(responseCode = "503", description = "The identity provider cannot be reached and the brand's "
            + "people were never read", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public People list(@Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "only people whose user name, or a word of whose name, starts with this "
                    + "(a leading @ is ignored; case-insensitive)", example = "man") @QueryParam("q") String q) {
        return new People(brand, people.matching(brand, q));
    }
}
