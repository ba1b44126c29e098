package io.parley.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.parley.devstack.infra.RepositoryRoot;
import io.parley.devstack.stack.ParleyService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders the dev overlay with {@code kubectl kustomize}, as a platform team would before applying
 * it, and checks what makes a workload safe to run: probes, resource requests and limits, non-root.
 */
class KubernetesManifestsTest {

    private static List<JsonNode> resources;

    @BeforeAll
    static void render() throws IOException, InterruptedException {
        Path root = RepositoryRoot.find();
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", root.resolve("k8s/overlays/dev").toString())
                .redirectErrorStream(false).start();
        String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, kubectl.waitFor(), "kubectl kustomize k8s/overlays/dev failed: " + errors);
        ObjectMapper mapper = JsonMapper.builder().build();
        resources = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
            mapper.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                if (node != null && !node.isNull() && !node.isEmpty()) {
                    resources.add(node);
                }
            });
        }
    }

    @Test
    void everyServiceIsDeployed() {
        Set<String> deployments = new TreeSet<>();
        workloads().stream().filter(r -> r.path("kind").asText().equals("Deployment"))
                .forEach(d -> deployments.add(d.path("metadata").path("name").asText()));
        for (ParleyService service : ParleyService.all()) {
            assertTrue(deployments.contains(service.module()), service.module() + " not deployed: " + deployments);
        }
    }

    @Test
    void everyContainerHasProbesResourcesAndRunsAsNonRoot() {
        List<String> problems = new ArrayList<>();
        for (JsonNode workload : workloads()) {
            String name = workload.path("kind").asText() + "/" + workload.path("metadata").path("name").asText();
            JsonNode pod = workload.path("spec").path("template").path("spec");
            boolean podNonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
            for (JsonNode container : pod.path("containers")) {
                String where = name + " container " + container.path("name").asText();
                for (String probe : List.of("livenessProbe", "readinessProbe")) {
                    if (container.path(probe).isMissingNode() || container.path(probe).isEmpty()) {
                        problems.add(where + ": no " + probe);
                    }
                }
                for (String kind : List.of("requests", "limits")) {
                    JsonNode r = container.path("resources").path(kind);
                    if (r.path("cpu").isMissingNode() || r.path("memory").isMissingNode()) {
                        problems.add(where + ": no cpu and memory " + kind);
                    }
                }
                boolean nonRoot = container.path("securityContext").path("runAsNonRoot").asBoolean(podNonRoot);
                if (!nonRoot) {
                    problems.add(where + ": not runAsNonRoot");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void secretsAreReferencedNeverInlinedInDeployments() {
        for (JsonNode workload : workloads()) {
            for (JsonNode container : workload.path("spec").path("template").path("spec").path("containers")) {
                for (JsonNode env : container.path("env")) {
                    String name = env.path("name").asText();
                    if (name.contains("PASSWORD") || name.contains("SECRET")) {
                        assertTrue(env.path("valueFrom").has("secretKeyRef"),
                                name + " of " + workload.path("metadata").path("name").asText()
                                        + " must come from a Secret");
                    }
                }
            }
        }
    }

    private static List<JsonNode> workloads() {
        List<JsonNode> workloads = resources.stream()
                .filter(r -> Set.of("Deployment", "StatefulSet").contains(r.path("kind").asText()))
                .toList();
        assertFalse(workloads.isEmpty(), "no workloads rendered");
        return workloads;
    }
}
