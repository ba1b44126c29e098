package io.parley.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * Brand access, checked in one place: every request whose matched path names a {@code {brand}}
 * ({@code /api/v1/brands/{brand}/…}) is answered 404 before any resource code runs — before its body is read —
 * unless the caller belongs to that brand ({@link BrandAccess#require}; ADR 4: another brand's data answers as if it
 * did not exist). Resources under such a path need no check of their own; a brand named in the query
 * ({@code ?brand=}) or in a body is still checked by the resource with {@link BrandAccess#require}.
 *
 * <p>Runs after the security policy (401 without a token, 403 without the role) and after {@link
 * io.parley.platform.rest.ParameterText} (a control character in the brand is a 400 naming it). Only a caller who
 * presents a bearer token is checked here: a request without one reaches a path with a brand only where the
 * configuration lets it in without a token (a calendar feed, a signed link), and such a resource proves its access
 * itself; the console's browser session relays to the services, which check the user's token.
 */
public class BrandInPath {

    @Inject
    SecurityIdentity identity;

    @Inject
    BrandAccess access;

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public void check(ContainerRequestContext request) {
        List<String> brand = request.getUriInfo().getPathParameters(true).get("brand");
        if (brand == null || brand.isEmpty() || identity.isAnonymous()
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return;
        }
        access.require(brand.get(0));
    }
}
