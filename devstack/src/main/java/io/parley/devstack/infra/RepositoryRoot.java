package io.parley.devstack.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root: the {@code parley.root} property, or the nearest folder with the {@code parley} script. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path find() {
        String configured = System.getProperty("parley.root", System.getenv("PARLEY_ROOT"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("parley")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the Parley repository root from " + Path.of("").toAbsolutePath()
                + "; set -Dparley.root");
    }
}
