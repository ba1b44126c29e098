package io.parley.console.live;

import io.parley.console.session.UserBrands;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.util.Set;

/** Server-sent events for an open inbox page: news of its user's brands' conversations. */
@Path("/bff/inbox/stream")
@Authenticated
public class InboxStreamResource {

    @Inject
    InboxSignals signals;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live news of the inbox",
            description = "One event per conversation opened or answered in one of the user's brands, as "
                    + "{kind, brand, conversationId, platform, at}; kind 'compensation_decided' to the agent who "
                    + "asked only, with {user, offerId, decision, decidedBy, comment, amountMinor, currency}; kind "
                    + "'heartbeat' every 20 s. The page reloads its queue on news and shows a decision.")
    @APIResponse(responseCode = "200", description = "An endless text/event-stream")
    public Multi<InboxSignal> stream() {
        Set<String> brands = Set.copyOf(UserBrands.of(idToken));
        String preferred = idToken.getClaim("preferred_username");
        String user = preferred == null ? idToken.getName() : preferred;
        return signals.of(brands, user);
    }
}
