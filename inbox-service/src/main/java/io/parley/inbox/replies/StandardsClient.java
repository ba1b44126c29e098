package io.parley.inbox.replies;

import jakarta.ws.rs.Consumes;
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
 * standards-service's checks engine ({@code POST /api/v1/brands/{brand}/checks}, docs/standards.md), as the
 * inbox calls it: the caller's own bearer token is passed on, so standards-service sees the same user and
 * brands. Configured as {@code quarkus.rest-client.standards.*} (url, timeouts).
 */
@RegisterRestClient(configKey = "standards")
@Path("/api/v1/brands/{brand}/checks")
public interface StandardsClient {

    /** The draft the engine checks; a reply has no links or images apart from its text. */
    record Draft(String kind, String channel, String text, List<String> links, List<String> mentions) {
    }

    /**
     * The engine's answer. Findings are kept as the engine wrote them (ruleId, section, severity, span,
     * message, why, suggestion) and handed on to the inbox's clients unchanged.
     */
    record Report(String brand, long catalogueVersion, String verdict, List<Map<String, Object>> findings) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Report check(@HeaderParam("Authorization") String authorization, @PathParam("brand") String brand, Draft draft);
}
