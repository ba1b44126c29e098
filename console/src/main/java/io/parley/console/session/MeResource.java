package io.parley.console.session;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Who is signed in, so the console shows the screens their roles and brands allow. */
@Path("/bff/me")
@Authenticated
public class MeResource {

    /** The signed-in user as the console's pages see them: no token, only what the pages need. */
    public record Me(String userName, String displayName, List<String> roles, List<String> brands) {
    }

    /** Keycloak's own roles that say nothing about Parley. */
    private static final Set<String> NOT_PARLEY_ROLES = Set.of("offline_access", "uma_authorization");

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in user",
            description = "User name, display name, Parley roles and brands, from the session's tokens.")
    @APIResponse(responseCode = "200", description = "The user")
    @APIResponse(responseCode = "302", description = "No session: to Keycloak's login page")
    public Me me() {
        String userName = idToken.getClaim("preferred_username");
        String displayName = idToken.getClaim("name");
        TreeSet<String> roles = new TreeSet<>(identity.getRoles());
        roles.removeIf(r -> NOT_PARLEY_ROLES.contains(r) || r.startsWith("default-roles-"));
        return new Me(userName == null ? identity.getPrincipal().getName() : userName,
                displayName == null ? userName : displayName, List.copyOf(roles), UserBrands.of(idToken));
    }
}
