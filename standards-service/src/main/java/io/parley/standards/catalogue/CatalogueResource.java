package io.parley.standards.catalogue;

import io.parley.platform.rest.EntityTags;
import com.fasterxml.jackson.databind.JsonNode;
import io.parley.platform.problem.Problem;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import io.parley.standards.api.Examples;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The brand's standards catalogue: read it, write a new version, see the history, compare two versions,
 * roll back. Everyone with the brand reads; managers and admins write.
 */
@Path("/api/v1/brands/{brand}/standards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Standards catalogue", description = "The brand's nine standards, versioned")
public class CatalogueResource {

    @Inject
    CatalogueService catalogues;

    @Inject
    BrandAccess access;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The catalogue in force",
            description = "The current version: the highest whose effective-from has come. The ETag is the highest "
                    + "version written (latestVersion), the one a change must name in If-Match; it is higher than "
                    + "version when a version is scheduled. A brand without a catalogue gets version 0, empty.")
    @APIResponse(responseCode = "200", description = "The current catalogue",
            headers = @Header(name = "ETag", description = "the latest version written, e.g. \"4\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CatalogueApi.View.class),
                    examples = @ExampleObject(name = "current", value = Examples.CATALOGUE)))
    @APIResponse(responseCode = "403", description = "The caller has no Parley role", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Response current(@Parameter(example = "acme") @PathParam("brand") String brand) {
        CatalogueApi.View view = catalogues.current(brand);
        return Response.ok(view).header("ETag", EntityTags.of(view.latestVersion())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Write a new version of the catalogue",
            description = "Stores the whole catalogue as the next version with the caller as author, the comment and "
                    + "the effective-from (absent: now). A version in effect at once is published on "
                    + "parley.standards.v1 in the same transaction; a later one when its time comes. Send If-Match "
                    + "with the ETag you read: a stale one is 412; two changes racing for the same version: one wins, "
                    + "the other is 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CatalogueApi.Update.class),
            examples = @ExampleObject(name = "a new forbidden term from Black Friday 2030", value = Examples.CATALOGUE_UPDATE)))
    @APIResponse(responseCode = "400", description = "The body is not JSON, or a field has the wrong type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not JSON", value = Examples.BAD_JSON)))
    @APIResponse(responseCode = "200", description = "The new version",
            headers = @Header(name = "ETag", description = "the new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CatalogueApi.View.class),
                    examples = @ExampleObject(name = "new version", value = Examples.CATALOGUE)))
    @APIResponse(responseCode = "403", description = "Only managers and admins change standards", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "agent", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Another change made the same version at the same moment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "race", value = Examples.STANDARDS_RACE)))
    @APIResponse(responseCode = "412", description = "If-Match is not the latest version", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "stale", value = Examples.STANDARDS_STALE)))
    @APIResponse(responseCode = "422", description = "Invalid catalogue: every bad field by its JSON path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad fields", value = Examples.INVALID_CATALOGUE)))
    public Response update(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "optional: the ETag read before the change", example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch, JsonNode body) {
        CatalogueApi.View view = catalogues.update(brand, body, EntityTags.named(ifMatch),
                access.userName());
        return Response.ok(view).header("ETag", EntityTags.of(view.latestVersion())).build();
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The history of the catalogue",
            description = "Every version, newest first: number, status, author, time, comment, effective-from.")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueApi.History.class),
            examples = @ExampleObject(name = "history", value = Examples.HISTORY)))
    @APIResponse(responseCode = "403", description = "The caller has no Parley role", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public CatalogueApi.History history(@Parameter(example = "acme") @PathParam("brand") String brand) {
        return catalogues.history(brand);
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "One version of the catalogue", description = "Any version, whatever its status.")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueApi.View.class),
            examples = @ExampleObject(name = "version 3", value = Examples.CATALOGUE)))
    @APIResponse(responseCode = "403", description = "The caller has no Parley role", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such version, or not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no such version", value = Examples.VERSION_NOT_FOUND)))
    public CatalogueApi.View version(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(example = "3") @PathParam("version") long version) {
        return catalogues.version(brand, version);
    }

    @GET
    @Path("/diff")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "What changed between two versions",
            description = "One change per field that differs: its JSON path, the value in 'from' and the value in "
                    + "'to' (null where absent). Version 0 is the empty catalogue.")
    @APIResponse(responseCode = "200", description = "The changes", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueApi.Diff.class),
            examples = @ExampleObject(name = "a term became blocking", value = Examples.DIFF)))
    @APIResponse(responseCode = "400", description = "from or to missing or negative", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "missing", value = Examples.DIFF_INVALID)))
    @APIResponse(responseCode = "403", description = "The caller has no Parley role", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such version, or not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no such version", value = Examples.VERSION_NOT_FOUND)))
    public CatalogueApi.Diff diff(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(example = "2") @QueryParam("from") Long from,
            @Parameter(example = "3") @QueryParam("to") Long to) {
        return catalogues.diff(brand, from, to);
    }

    @POST
    @Path("/rollback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Roll back to an earlier version",
            description = "Makes a new version with the catalogue of version toVersion (history is never rewritten), "
                    + "effective now or at effectiveFrom, published like any other version. If-Match as for PUT.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CatalogueApi.Rollback.class),
            examples = @ExampleObject(name = "back to version 3", value = Examples.ROLLBACK)))
    @APIResponse(responseCode = "400", description = "The body is not JSON, or a field has the wrong type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not JSON", value = Examples.BAD_JSON)))
    @APIResponse(responseCode = "200", description = "The new version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueApi.View.class),
            examples = @ExampleObject(name = "restored", value = Examples.CATALOGUE)))
    @APIResponse(responseCode = "403", description = "Only managers and admins change standards", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "agent", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such version, or not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no such version", value = Examples.VERSION_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Another change made the same version at the same moment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "race", value = Examples.STANDARDS_RACE)))
    @APIResponse(responseCode = "412", description = "If-Match is not the latest version", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "stale", value = Examples.STANDARDS_STALE)))
    @APIResponse(responseCode = "422", description = "toVersion or comment missing, effectiveFrom in the past",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no comment", value = Examples.ROLLBACK_INVALID)))
    public Response rollback(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "optional: the ETag read before", example = "\"4\"") @HeaderParam("If-Match")
            String ifMatch, CatalogueApi.Rollback rollback) {
        CatalogueApi.View view = catalogues.rollback(brand, rollback, EntityTags.named(ifMatch),
                access.userName());
        return Response.ok(view).header("ETag", EntityTags.of(view.latestVersion())).build();
    }
}
