package io.parley.console.session;

import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** The brands in a token's {@code brands} claim (Keycloak's group names, with or without a leading slash). */
public final class UserBrands {

    private UserBrands() {
    }

    public static List<String> of(JsonWebToken token) {
        Object brands = token.getClaim("brands");
        TreeSet<String> names = new TreeSet<>();
        if (brands instanceof Collection<?> c) {
            c.forEach(b -> names.add(String.valueOf(b).replaceAll("^\"|\"$", "").replaceFirst("^/", "")));
        }
        return List.copyOf(names);
    }
}
