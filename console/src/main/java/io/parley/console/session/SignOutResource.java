package io.parley.console.session;

import io.parley.platform.problem.ProblemResponses;
import io.parley.platform.problem.ProblemType;
import io.parley.console.relay.ConsoleHeaders;
import io.quarkus.oidc.OidcSession;
import io.quarkus.oidc.RefreshToken;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Signing out: a POST from the console's own code (the anti-CSRF header the relay requires too), which
 * ends the user's Keycloak session from the server and then this console's session. Nothing goes through
 * the browser's address bar: RP-initiated logout would put the ID token (name, e-mail, brands) there as
 * {@code id_token_hint}.
 */
@Path("/bff/sign-out")
@Authenticated
public class SignOutResource {

    @Inject
    OidcSession session;

    @Inject
    RefreshToken refreshToken;

    @Inject
    KeycloakSessions keycloak;

    @POST
    @Operation(summary = "Sign out",
            description = "Ends the user's session at the identity provider (Keycloak) and here, and clears the "
                    + "session cookie. Needs the header X-Parley-Console: 1. The page then loads / again, which "
                    + "leads to the login page.")
    @APIResponse(responseCode = "204", description = "Signed out")
    @APIResponse(responseCode = "403", description = "The X-Parley-Console header is missing (problem+json)")
    public Response signOut(@HeaderParam(ConsoleHeaders.CONSOLE_REQUEST) String consoleRequest) {
        if (!"1".equals(consoleRequest)) {
            return ProblemResponses.of(ProblemType.FORBIDDEN, "signing out must come from the console itself (header "
                    + ConsoleHeaders.CONSOLE_REQUEST + ": 1)", "/bff/sign-out");
        }
        keycloak.end(refreshToken.getToken());
        session.logout().await().indefinitely();
        return Response.noContent().build();
    }
}
