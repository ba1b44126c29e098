package io.parley.console.relay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Where the console relays API calls: the base URL of each service. Defaults are the local stack's
 * ports; {@code ./parley up}, the end-to-end tests and Kubernetes set them with environment variables
 * ({@code PARLEY_CONSOLE_SERVICES_INBOX=http://inbox-service}, ...).
 */
@ConfigMapping(prefix = "parley.console")
public interface RelayConfig {

    Services services();

    /** How long one relayed call may take before the console answers 504. */
    @WithDefault("PT20S")
    Duration requestTimeout();

    interface Services {
        @WithDefault("http://localhost:8081")
        String ingest();

        @WithDefault("http://localhost:8082")
        String inbox();

        @WithDefault("http://localhost:8083")
        String calendar();

        @WithDefault("http://localhost:8084")
        String standards();

        @WithDefault("http://localhost:8085")
        String analytics();
    }
}
