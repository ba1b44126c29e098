package io.parley.platform.security;

import io.parley.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The brands the caller belongs to, read from the token's {@code brands} claim (Keycloak group
 * membership). A user only ever sees their brands' data: every query is narrowed with
 * {@link #brands()}, and a single brand named in a request is checked with {@link #require}.
 * Another brand's data answers 404, exactly like data that does not exist, so that nothing
 * about other brands leaks.
 */
@RequestScoped
public class BrandAccess {

    public static final String CLAIM = "brands";

    @Inject
    SecurityIdentity identity;

    /** The caller's brands; empty for an anonymous caller or a token without the claim. */
    public Set<String> brands() {
        Principal principal = identity.getPrincipal();
        Set<String> brands = new TreeSet<>();
        if (principal instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(CLAIM);
            if (claim instanceof Collection<?> values) {
                values.forEach(v -> brands.add(unquote(String.valueOf(v))));
            } else if (claim != null) {
                brands.add(unquote(String.valueOf(claim)));
            }
        }
        return brands;
    }

    /** True when the caller belongs to the brand. */
    public boolean allows(String brand) {
        return brand != null && brands().contains(brand);
    }

    /** Returns the brand when the caller belongs to it; otherwise the request ends with a 404. */
    public String require(String brand) {
        if (brand == null || brand.isBlank()) {
            throw ProblemException.invalid("brand", "is required");
        }
        if (!allows(brand)) {
            throw ProblemException.notFound("brand '" + brand + "' does not exist");
        }
        return brand;
    }

    /** The caller's user name (preferred_username), or the token subject for service accounts. */
    public String userName() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            String preferred = jwt.getClaim("preferred_username");
            if (preferred != null) {
                return preferred;
            }
            return jwt.getSubject();
        }
        return principal == null ? "anonymous" : principal.getName();
    }

    private static String unquote(String value) {
        // JSON-P string values print with their quotes.
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
