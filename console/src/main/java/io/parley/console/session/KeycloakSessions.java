package io.parley.console.session;

import io.quarkus.oidc.OidcConfigurationMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Ends a user's session at the identity provider from the server: the provider's end-session endpoint,
 * POSTed with the console's client credentials and the session's refresh token (Keycloak ends the SSO
 * session the token belongs to and answers 204). The browser sees no token and no redirect.
 */
@ApplicationScoped
public class KeycloakSessions {

    private static final Logger LOG = Logger.getLogger(KeycloakSessions.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    OidcConfigurationMetadata metadata;

    /** quarkus-oidc's own client settings: the console signs in as this client. */
    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    @ConfigProperty(name = "quarkus.oidc.credentials.secret")
    String clientSecret;

    /**
     * Ends the provider's session of this refresh token; true when the provider confirmed it. A provider
     * that cannot be reached is logged: the console's own session ends all the same.
     */
    public boolean end(String refreshToken) {
        String endpoint = metadata.getEndSessionUri();
        if (endpoint == null || refreshToken == null) {
            LOG.warnf("cannot end the identity provider's session: %s", endpoint == null
                    ? "it names no end-session endpoint" : "the session holds no refresh token");
            return false;
        }
        String form = "client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret) + "&refresh_token="
                + enc(refreshToken);
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                LOG.warnf("the identity provider did not end the session: %d %s", answer.statusCode(), answer.body());
                return false;
            }
            return true;
        } catch (IOException e) {
            LOG.warnf("the identity provider could not be reached to end a session: %s", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
