package io.parley.ingest.channels;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the value a {@link SecretReference} points at. Values are never logged. */
@ApplicationScoped
public class SecretResolver {

    private static final Logger LOG = Logger.getLogger(SecretResolver.class);

    public Optional<String> resolve(SecretReference ref) {
        if (ref == null) {
            return Optional.empty();
        }
        return switch (ref.scheme()) {
            case ENV -> Optional.ofNullable(System.getenv(ref.name())).filter(v -> !v.isEmpty());
            case CONFIG -> config().getOptionalValue(ref.name(), String.class).filter(v -> !v.isEmpty());
            case FILE -> readFile(ref.name());
        };
    }

    private static Optional<String> readFile(String path) {
        try {
            return Optional.of(Files.readString(Path.of(path), StandardCharsets.UTF_8).strip()).filter(v -> !v.isEmpty());
        } catch (IOException e) {
            LOG.warnf("secret file %s cannot be read: %s", path, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
