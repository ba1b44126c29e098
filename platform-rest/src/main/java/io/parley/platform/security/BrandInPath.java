package io.parley.platform.security;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Brand access, checked in one place: every request to an operation for signed-in callers ({@code @RolesAllowed} or
 * {@code @Authenticated}, on the method or its class) whose path names a {@code {brand}}
 * ({@code /api/v1/brands/{brand}/…}) is answered 404 before the resource runs — before its body is read — unless
 * the caller belongs to that brand ({@link BrandAccess#require}; ADR 4: another brand's data answers as if it did
 * not exist). Such resources need no check of their own; a brand named in the query ({@code ?brand=}) or in a body
 * is still checked by the resource with {@link BrandAccess#require}.
 *
 * <p>Runs after the security checks (401 without a valid token, 403 for a role that may not) and after {@link
 * io.parley.platform.rest.ParameterText} (a control character in the brand is a 400 naming it). An operation open
 * without a token (a calendar feed, a signed link) is not checked here: it proves access with its own token.
 */
public class BrandInPath {

    @Inject
    BrandAccess access;

    @org.jboss.resteasy.reactive.server.ServerRequestFilter(priority = Priorities.USER + 100)
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        List<String> brand = request.getUriInfo().getPathParameters(true).get("brand");
        if (brand == null || brand.isEmpty() || !forSignedIn(resource)) {
            return;
        }
        access.require(brand.get(0));
    }

    private static boolean forSignedIn(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        return (method != null && (method.isAnnotationPresent(RolesAllowed.class)
                || method.isAnnotationPresent(Authenticated.class)))
                || (type != null && (type.isAnnotationPresent(RolesAllowed.class)
                || type.isAnnotationPresent(Authenticated.class)));
    }
}
