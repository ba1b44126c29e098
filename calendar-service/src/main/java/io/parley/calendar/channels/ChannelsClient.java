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
 * ingest-service's channel accounts ({@code GET /api/v1/channels?brand=}, a page at a time: {@code limit} and the
 * previous page's {@code nextCursor} as {@code cursor}), with the caller's bearer token passed on.
 * Configured as {@code quarkus.rest-client.channels.*}.
 */
@RegisterRestClient(configKey = "channels")
@Path("/api/v1/channels")
public interface ChannelsClient {

    record Account(String id, String brand, String platform, String accountId, String name, Boolean enabled) {
    }

    /** A page of accounts; {@code nextCursor} is null on the last page. */
    record AccountPage(List<Account> items, String nextCursor) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    AccountPage list(@HeaderParam("Authorization") String authorization, @QueryParam("brand") String brand,
            @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);
}
