package io.parley.devstack.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ./parley up runs a service with the JVM options and the memory its Kubernetes Deployment ships. */
class ShippedJvmTest {

    private static final String MANIFEST = """
            ---
            apiVersion: "v1"
            kind: "Service"
            metadata:
              name: "demo-service"
            ---
            apiVersion: "apps/v1"
            kind: "Deployment"
            metadata:
              name: "demo-service"
            spec:
              template:
                spec:
                  containers:
                  - env:
                    - name: "KUBERNETES_NAMESPACE"
                      valueFrom:
                        fieldRef:
                          fieldPath: "metadata.namespace"
                    - name: "JDK_JAVA_OPTIONS"
                      value: "-XX:MaxRAMPercentage=50  -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
                    name: "demo-service"
                    resources:
                      limits:
                        memory: "384Mi"
            """;

    @TempDir
    Path root;

    private void manifest(String yaml) throws IOException {
        Path file = GeneratedManifests.committed(root, "demo-service");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
    }

    @Test
    void theDeploymentsOptionsAndMemoryLimit() throws IOException {
        manifest(MANIFEST);
        ShippedJvm jvm = ShippedJvm.of(GeneratedManifests.committed(root, "demo-service"));
        assertEquals(List.of("-XX:MaxRAMPercentage=50", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"),
                jvm.options());
        assertEquals(384L * 1024 * 1024, jvm.memoryLimitBytes());
    }

    @Test
    void locallyTheJvmSeesThePodsMemoryLimitAndTheShippedOptions() throws IOException {
        manifest(MANIFEST);
        assertEquals(List.of("-XX:MaxRAM=402653184", "-XX:MaxRAMPercentage=50", "-XX:+UseSerialGC",
                        "-XX:+ExitOnOutOfMemoryError"),
                LocalServices.jvmOptions(root, "demo-service", Map.of("PARLEY_JVM_OPTS", "")));
    }

    @Test
    void parleyJvmOptsReplaceThemAll() throws IOException {
        manifest(MANIFEST);
        assertEquals(List.of("-Xmx1g", "-XX:+UseParallelGC"),
                LocalServices.jvmOptions(root, "demo-service", Map.of("PARLEY_JVM_OPTS", " -Xmx1g  -XX:+UseParallelGC ")));
    }

    @Test
    void aMemoryLimitInGibibytesAndOneThatIsNoQuantity() throws IOException {
        manifest(MANIFEST.replace("384Mi", "1Gi"));
        assertEquals(1L << 30, ShippedJvm.of(GeneratedManifests.committed(root, "demo-service")).memoryLimitBytes());
        manifest(MANIFEST.replace("384Mi", "lots"));
        assertThrows(IOException.class, () -> ShippedJvm.of(GeneratedManifests.committed(root, "demo-service")));
    }

    @Test
    void everyModuleShipsItsOptionsAndALimit() throws IOException {
        Path repository = io.parley.devstack.infra.RepositoryRoot.find();
        for (String module : GeneratedManifests.modules()) {
            ShippedJvm jvm = ShippedJvm.of(GeneratedManifests.committed(repository, module));
            assertEquals(true, jvm.options().stream().anyMatch(o -> o.startsWith("-XX:MaxRAMPercentage=")),
                    module + " sizes its heap from its pod's memory: " + jvm.options());
            assertEquals(true, jvm.memoryLimitBytes() >= 256L << 20, module + ": " + jvm.memoryLimitBytes());
        }
    }
}
