package io.parley.k8s;

import io.parley.devstack.stack.GeneratedManifests;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manifests committed under k8s/base/generated — what {@code kubectl kustomize k8s/overlays/…} renders — are what
 * this build of the services generates. A change to a service's Kubernetes settings that was not copied over with
 * {@code ./parley manifests} fails here, naming the module, instead of shipping the old manifests.
 */
class GeneratedManifestsTest {

    @Test
    void theCommittedManifestsAreWhatTheBuildGenerates() throws IOException {
        Path root = Overlays.root();
        List<String> stale = new ArrayList<>();
        for (String module : GeneratedManifests.modules()) {
            Path committed = GeneratedManifests.committed(root, module);
            assertTrue(Files.isRegularFile(committed), committed + " is missing");
            if (!GeneratedManifests.canonicalBuilt(root, module)
                    .equals(Files.readString(committed, StandardCharsets.UTF_8))) {
                stale.add(module);
            }
        }
        assertEquals(List.of(), stale, "k8s/base/generated differs from what the build generates for these modules: "
                + "run ./parley manifests and commit the result");
    }

    @Test
    void theCanonicalFormDoesNotDependOnTheOrderTheGeneratorWroteKeysIn() throws IOException {
        String one = """
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  labels:
                    app.kubernetes.io/part-of: parley
                    app.kubernetes.io/name: inbox-service
                  name: inbox-service
                spec:
                  replicas: 1
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: inbox-service
                """;
        String other = one.replace("""
                    app.kubernetes.io/part-of: parley
                    app.kubernetes.io/name: inbox-service
                """, """
                    app.kubernetes.io/name: inbox-service
                    app.kubernetes.io/part-of: parley
                """);
        assertTrue(!one.equals(other));
        assertEquals(GeneratedManifests.canonical(one), GeneratedManifests.canonical(other));
        // Both documents kept, each after its ---, numbers as numbers and names as strings.
        String canonical = GeneratedManifests.canonical(one);
        assertEquals(2, canonical.split("(?m)^---$").length - 1, canonical);
        assertTrue(canonical.contains("replicas: 1"), canonical);
        assertTrue(canonical.contains("name: \"inbox-service\""), canonical);
    }
}
