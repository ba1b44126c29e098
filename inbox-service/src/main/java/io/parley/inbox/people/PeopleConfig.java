package io.parley.inbox.people;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The people directory: who can see a brand, read from the identity provider (Keycloak) with inbox-service's own
 * client, a service account that may view the realm's users and groups.
 */
@ConfigMapping(prefix = "parley.inbox.people")
public interface PeopleConfig {

    /** inbox-service's client in the realm (client credentials). */
    @WithDefault("parley-inbox")
    String clientId();

    /** Its secret; the local stack's and the tests' default, set from a Secret in Kubernetes (docs/operations.md). */
    @WithDefault("parley-inbox-secret")
    String clientSecret();

    /**
     * The realm's admin API ({@code https://idp/admin/realms/parley}); by default derived from
     * {@code quarkus.oidc.auth-server-url} ({@code …/realms/parley} → {@code …/admin/realms/parley}).
     */
    Optional<String> adminUrl();

    /** How long a brand's people are kept before the identity provider is asked again. */
    @WithDefault("PT1M")
    Duration cacheFor();

    /** How long one request to the identity provider may take. */
    @WithDefault("PT3S")
    Duration timeout();

    /**
     * Parley's realm roles. A member of a brand's group with any of them is one of the brand's people (whom a note
     * can mention); the directory reports each person's. Members with none (an integrator's service account) are
     * no one to tell.
     */
    @WithDefault("agent,editor,approver,manager,admin")
    List<String> roles();
}
