package io.parley.calendar.channels;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/**
 * ingest-service's channel accounts ({@code GET /api/v1/channels?brand=}), with the caller's bearer token passed
 * on. Configured as {@code quarkus.rest-client.channels.*}.
 */
@RegisterRestClient(configKey = "channels")
@Path("/api/v1/channels")
public interface ChannelsClient {

    record Account(String id, String brand, String platform, String accountId, String name, Boolean enabled) {
    }

    record AccountList(List<Account> items) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    AccountList list(@HeaderParam("Authorization") String authorization, @QueryParam("brand") String brand);
}
