package io.parley.platform.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.OIDCException;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

/**
 * A service checks bearer tokens with the identity provider's published keys, which it fetches once and keeps.
 * A service started while Keycloak was away (or slow) has none, and could check no token until a request happened to
 * arrive while Keycloak was back. So, from start, this asks for the provider's metadata and keys, and asks again every
 * few seconds until it has them; readiness is DOWN until then (no traffic is routed to a pod that can authenticate
 * nobody) and UP from then on — once the keys are held, Keycloak going away stops no signed-in work, so readiness does
 * not follow Keycloak's own health.
 * <p>
 * It asks through the public {@link TenantIdentityProvider}: a probe token (well-formed, signed by nobody) makes the
 * default tenant initialise; a refusal of the token itself means the keys are there, an {@link OIDCException} means
 * the provider could not be reached.
 */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

    static final Duration RETRY = Duration.ofSeconds(3);
    private static final Logger LOG = Logger.getLogger(IdentityProviderReadiness.class);
    private static final String PROBE = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "."
            + encode("{\"sub\":\"parley-readiness-probe\",\"exp\":1}") + ".cHJvYmU";

    @Inject
    TenantIdentityProvider identities;

    @Inject
    Vertx vertx;

    private volatile Instant readySince;
    private volatile String lastError = "not asked yet";
    private volatile int attempts;

    void onStart(@Observes StartupEvent event) {
        probe();
    }

    private void probe() {
        attempts++;
        identities.authenticate(new AccessTokenCredential(PROBE)).subscribe().with(
                identity -> ready(),
                failure -> {
                    if (unreachable(failure)) {
                        lastError = String.valueOf(failure.getMessage());
                        if (attempts == 1 || attempts % 20 == 0) {
                            LOG.warnf("the identity provider's keys could not be fetched (attempt %d, asking again every"
                                    + " %d s): %s", attempts, RETRY.toSeconds(), lastError);
                        }
                        vertx.setTimer(RETRY.toMillis(), id -> probe());
                    } else {
                        ready();
                    }
                });
    }

    private void ready() {
        if (readySince == null) {
            readySince = Instant.now();
            if (attempts > 1) {
                LOG.infof("the identity provider's keys were fetched after %d attempts", attempts);
            }
        }
    }

    /** True when the failure is the provider being away, not the probe token being refused. */
    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OIDCException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("identity-provider-keys");
        if (readySince != null) {
            return builder.up().withData("since", readySince.toString()).build();
        }
        return builder.down().withData("attempts", attempts).withData("error", lastError).build();
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
