package io.parley.ingest.outbound;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.util.Map;

/**
 * {@code parley.ingest.credentials."<platform>/<accountId>".<name>}: channel accounts' secrets given in
 * configuration files. Secrets given only as environment variables are read by name through
 * {@link ConfiguredCredentials} (an environment variable cannot name a map key by itself).
 */
@ConfigMapping(prefix = "parley.ingest.credentials")
public interface CredentialsConfig {

    /** Secrets by {@code <platform>/<accountId>}, then by name. */
    @WithParentName
    Map<String, Map<String, String>> accounts();
}
