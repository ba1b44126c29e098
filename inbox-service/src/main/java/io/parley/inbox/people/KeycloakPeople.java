package io.parley.inbox.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Reads who can see a brand from Keycloak's admin API: a brand is a top-level group (the {@code brands} claim is
 * group membership, platform's BrandAccess), its members are its people, and each person's Parley roles are their
 * effective realm roles. Service accounts (an integrator's client) and disabled users are no one to tell. Needs
 * realm-management's view-users and query-groups, nothing more.
 */
@ApplicationScoped
class KeycloakPeople {

    /** More people than a brand's care team has; a group's members are read in one page. */
    static final int MOST_MEMBERS = 1000;

    /** Keycloak is away, or refused inbox-service's client. */
    static class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    PeopleConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(3)).build();
    private volatile String token;
    private volatile Instant tokenUntil = Instant.EPOCH;

    /** The brand's people, by user name; empty when the realm has no such brand. */
    List<Person> of(String brand) {
        String admin = adminUrl();
        JsonNode groups = get(admin + "/groups?exact=true&briefRepresentation=true&search="
                + URLEncoder.encode(brand, StandardCharsets.UTF_8));
        String groupId = null;
        for (JsonNode g : groups) {
            if (brand.equals(g.path("name").asText())) {
                groupId = g.path("id").asText();
            }
        }
        if (groupId == null) {
            return List.of();
        }
        List<JsonNode> members = new ArrayList<>();
        for (JsonNode m : get(admin + "/groups/" + groupId + "/members?briefRepresentation=false&first=0&max="
                + MOST_MEMBERS)) {
            String user = m.path("username").asText();
            if (!user.isEmpty() && m.path("enabled").asBoolean(true) && !user.startsWith("service-account-")
                    && !m.hasNonNull("serviceAccountClientId")) {
                members.add(m);
            }
        }
        // Each member's effective realm roles (direct, composite and through groups), asked side by side.
        String bearer = token();
        List<CompletableFuture<JsonNode>> asked = members.stream().map(m -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(admin + "/users/" + URLEncoder.encode(
                            m.path("id").asText(), StandardCharsets.UTF_8) + "/role-mappings/realm/composite"))
                    .timeout(config.timeout()).header("Authorization", "Bearer " + bearer)
                    .header("Accept", "application/json").GET().build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .thenApply(r -> {
                        if (r.statusCode() >= 300) {
                            throw new Unavailable("the roles of a member of " + brand + " answered " + r.statusCode(),
                                    null);
                        }
                        return json(r.body());
                    });
        }).toList();
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            JsonNode m = members.get(i);
            Set<String> held = new HashSet<>();
            try {
                asked.get(i).get().forEach(r -> held.add(r.path("name").asText()));
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Unavailable u ? u
                        : new Unavailable("the roles of the people of " + brand + ": " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unavailable("reading the people of " + brand + " was interrupted", e);
            }
            String name = (m.path("firstName").asText("") + " " + m.path("lastName").asText("")).trim();
            people.add(new Person(m.path("username").asText().toLowerCase(Locale.ROOT), name.isEmpty() ? null : name,
                    config.roles().stream().filter(held::contains).toList(), text(m.path("email")),
                    text(m.path("attributes").path("locale").path(0))));
        }
        people.sort(java.util.Comparator.comparing(Person::user));
        return people;
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private String adminUrl() {
        return config.adminUrl().orElseGet(() -> {
            String realm = realmUrl.replaceAll("/+$", "");
            int at = realm.lastIndexOf("/realms/");
            return realm.substring(0, at) + "/admin" + realm.substring(at);
        });
    }

    private JsonNode get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                .header("Authorization", "Bearer " + token()).header("Accept", "application/json").GET().build();
        return json(send(request, "GET " + url));
    }

    private String token() {
        if (token != null && clock.instant().isBefore(tokenUntil)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(config.clientId(),
                StandardCharsets.UTF_8) + "&client_secret=" + URLEncoder.encode(config.clientSecret(),
                StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl.replaceAll("/+$", "")
                        + "/protocol/openid-connect/token")).timeout(config.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        JsonNode body = json(send(request, "the token of client " + config.clientId()));
        token = body.path("access_token").asText();
        // renewed a little before it expires
        tokenUntil = clock.instant().plusSeconds(Math.max(0, body.path("expires_in").asLong(60) - 10));
        return token;
    }

    private String send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(
                    StandardCharsets.UTF_8));
            if (response.statusCode() == 401) {
                token = null;
            }
            if (response.statusCode() >= 300) {
                throw new Unavailable(what + " answered " + response.statusCode(), null);
            }
            return response.body();
        } catch (IOException e) {
            throw new Unavailable(what + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable(what + " was interrupted", e);
        }
    }

    private JsonNode json(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new Unavailable("the identity provider answered something that is not JSON", e);
        }
    }
}
