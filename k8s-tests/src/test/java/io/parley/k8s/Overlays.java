package io.parley.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The overlays as a platform team's {@code kubectl apply -k} would see them: rendered by {@code kubectl kustomize}
 * (kustomize built into kubectl), once per test run, into one JSON tree per object.
 */
final class Overlays {

    static final String DEV = "k8s/overlays/dev";
    static final String PROD = "k8s/overlays/prod";
    static final List<String> ALL = List.of(DEV, PROD);

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    /** Every object the overlay renders, in order. */
    static List<JsonNode> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Overlays::kustomize);
    }

    static List<JsonNode> ofKind(String overlay, String kind) {
        return render(overlay).stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    static Optional<JsonNode> find(String overlay, String kind, String name) {
        return ofKind(overlay, kind).stream().filter(o -> name.equals(name(o))).findFirst();
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    static String describe(JsonNode o) {
        return o.path("kind").asText() + "/" + name(o);
    }

    /** The repository root: where the build says it is, else the nearest folder above holding k8s/. */
    static Path root() {
        String configured = System.getProperty("parley.root");
        if (configured != null && Files.isDirectory(Paths.get(configured, "k8s"))) {
            return Paths.get(configured).toAbsolutePath();
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("k8s/overlays"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no k8s/overlays above " + Paths.get("").toAbsolutePath());
        }
        return dir;
    }

    private static List<JsonNode> kustomize(String overlay) {
        Path dir = root().resolve(overlay);
        try {
            Process kubectl;
            try {
                kubectl = new ProcessBuilder("kubectl", "kustomize", dir.toString()).start();
            } catch (IOException e) {
                throw new IllegalStateException("kubectl (with its built-in kustomize) is needed to render " + overlay
                        + " as kubectl apply -k would: " + e.getMessage(), e);
            }
            kubectl.getOutputStream().close();
            // Read both streams fully; the output is a few hundred kilobytes at most.
            byte[] out = kubectl.getInputStream().readAllBytes();
            byte[] err = kubectl.getErrorStream().readAllBytes();
            if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + overlay + " failed: "
                        + new String(err, StandardCharsets.UTF_8));
            }
            List<JsonNode> objects = new ArrayList<>();
            try (YAMLParser parser = new YAMLFactory().createParser(out)) {
                JSON.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                    if (node != null && !node.isNull() && !node.isEmpty()) {
                        objects.add(node);
                    }
                });
            }
            if (objects.isEmpty()) {
                throw new IllegalStateException(overlay + " rendered nothing");
            }
            return List.copyOf(objects);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
