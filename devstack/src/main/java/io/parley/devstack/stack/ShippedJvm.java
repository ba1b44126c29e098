package io.parley.devstack.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a module's Kubernetes Deployment runs its JVM, read from its manifest ({@code k8s/base/generated/<module>/
 * kubernetes.yml}): the options in the container's {@code JDK_JAVA_OPTIONS} (which the {@code java} launcher reads,
 * whatever script the image starts it with) and the container's memory limit, which is the memory the JVM sees in the
 * pod and sizes its heap from. {@link LocalServices} starts the services with them.
 */
public record ShippedJvm(List<String> options, long memoryLimitBytes) {

    /** The environment variable the options ship in. */
    public static final String VARIABLE = "JDK_JAVA_OPTIONS";

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern QUANTITY = Pattern.compile("(\\d+)(Ki|Mi|Gi)?");

    /** The Deployment's first container in {@code manifest}: its JVM options and memory limit. */
    public static ShippedJvm of(Path manifest) throws IOException {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(manifest.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document == null || !"Deployment".equals(document.path("kind").asText())) {
                    continue;
                }
                JsonNode container = document.path("spec").path("template").path("spec").path("containers").path(0);
                List<String> options = new ArrayList<>();
                for (JsonNode env : container.path("env")) {
                    if (VARIABLE.equals(env.path("name").asText())) {
                        options.addAll(List.of(env.path("value").asText().trim().split("\\s+")));
                    }
                }
                options.removeIf(String::isEmpty);
                String limit = container.path("resources").path("limits").path("memory").asText();
                return new ShippedJvm(List.copyOf(options), bytes(limit, manifest));
            }
        }
        throw new IOException(manifest + " has no Deployment");
    }

    /** A Kubernetes memory quantity ({@code 512Mi}, {@code 1Gi}, {@code 1048576}) in bytes. */
    static long bytes(String quantity, Path manifest) throws IOException {
        Matcher m = QUANTITY.matcher(quantity.trim());
        if (!m.matches()) {
            throw new IOException(manifest + ": memory limit '" + quantity + "' is not a quantity in Ki, Mi or Gi");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        return switch (unit) {
            case "Ki" -> n << 10;
            case "Mi" -> n << 20;
            case "Gi" -> n << 30;
            default -> n;
        };
    }
}
