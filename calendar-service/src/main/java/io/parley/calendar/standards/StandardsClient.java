package io.parley.calendar.standards;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

/**
 * standards-service as the calendar calls it (docs/standards.md): the catalogue in force (time zone, link rules),
 * the checks engine for a variant (kind post, with its scheduled time so that a licence ending before it is found), and the approval workflow section 1 gives a variant. The caller's own bearer
 * token is passed on, as inbox-service does for replies, so standards-service sees the same user and brands.
 * Configured as {@code quarkus.rest-client.standards.*}.
 */
@RegisterRestClient(configKey = "standards")
@Path("/api/v1/brands/{brand}")
public interface StandardsClient {

    /** The draft the checks engine reads ({@code kind} post). */
    record Draft(String kind, String channel, String text, List<String> links, List<String> mentions,
            List<Image> images, java.time.Instant scheduledFor) {
    }

    record Image(Licence licence, byte[] bytes) {
    }

    record Licence(String type, String attribution, String source, java.time.Instant expiresAt) {
    }

    /** The engine's answer; findings as it wrote them (ruleId, section, severity block/warn, span, message, ...). */
    record Report(String brand, long catalogueVersion, String verdict, List<Map<String, Object>> findings) {
    }

    record WorkflowQuery(String channel, String contentType, String riskLevel) {
    }

    /** {@code POST …/standards/approval-workflow}: the first rule that fits, and its steps (none: nothing to approve). */
    record WorkflowAnswer(Integer rule, List<WorkflowStep> steps) {
    }

    record WorkflowStep(String name, List<Map<String, String>> approvers, Integer required, String remindAfter,
            String escalateAfter, List<Map<String, String>> escalateTo, List<String> skippableBy) {
    }

    @GET
    @Path("/standards")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode catalogue(@HeaderParam("Authorization") String authorization, @PathParam("brand") String brand);

    @POST
    @Path("/checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Report check(@HeaderParam("Authorization") String authorization, @PathParam("brand") String brand, Draft draft);

    @POST
    @Path("/standards/approval-workflow")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    WorkflowAnswer workflow(@HeaderParam("Authorization") String authorization, @PathParam("brand") String brand,
            WorkflowQuery query);
}
