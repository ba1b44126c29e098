package io.parley.devstack.stack;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.parley.devstack.infra.RepositoryRoot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Kubernetes manifests quarkus-kubernetes generates for each service and the console
 * ({@code <module>/target/kubernetes/kubernetes.yml}, written by every build), and the copies committed under
 * {@code k8s/base/generated/<module>/kubernetes.yml}, so that {@code kubectl kustomize k8s/overlays/dev} works on a
 * clean checkout. A build writes only into {@code target/}: the generator writes a workload's labels in an order
 * that changes from build to build, and a build that rewrote committed files left every checkout dirty.
 * {@code ./parley manifests} copies the build's manifests into {@code k8s/base/generated} in one canonical form
 * (every map's keys in order, lists as generated), and k8s-tests' {@code GeneratedManifestsTest} fails while a
 * committed copy differs from what the build generates.
 */
public final class GeneratedManifests {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private GeneratedManifests() {
    }

    /** The modules that have manifests: the five services and the console. */
    public static List<String> modules() {
        List<String> modules = new ArrayList<>();
        ParleyService.all().forEach(s -> modules.add(s.module()));
        modules.add(LocalServices.CONSOLE_MODULE);
        return modules;
    }

    /** What the last build of {@code module} generated. */
    public static Path built(Path root, String module) {
        return root.resolve(module).resolve("target/kubernetes/kubernetes.yml");
    }

    /** The committed copy that {@code k8s/base/kustomization.yaml} reads. */
    public static Path committed(Path root, String module) {
        return root.resolve("k8s/base/generated").resolve(module).resolve("kubernetes.yml");
    }

    /**
     * The same documents in one form whatever order the generator wrote their keys in: each document's maps ordered by
     * key, strings quoted, one {@code ---} before each document.
     */
    public static String canonical(String yaml) throws IOException {
        StringBuilder out = new StringBuilder();
        try (MappingIterator<Object> documents = YAML.readerFor(Object.class).readValues(yaml)) {
            while (documents.hasNext()) {
                Object document = documents.next();
                if (document != null) {
                    out.append(YAML.writeValueAsString(document));
                }
            }
        }
        return out.toString();
    }

    /** The canonical form of what the last build of {@code module} generated; fails when it has not been built. */
    public static String canonicalBuilt(Path root, String module) throws IOException {
        Path built = built(root, module);
        if (!Files.isRegularFile(built)) {
            throw new IllegalStateException(built + " is missing: build the module first (mvn install -DskipTests)");
        }
        return canonical(Files.readString(built, StandardCharsets.UTF_8));
    }

    /** {@code ./parley manifests}: copies each module's built manifests into {@code k8s/base/generated}, canonical. */
    public static void main(String[] args) throws IOException {
        Path root = RepositoryRoot.find();
        for (String module : modules()) {
            String manifests = canonicalBuilt(root, module);
            Path committed = committed(root, module);
            if (Files.isRegularFile(committed) && Files.readString(committed, StandardCharsets.UTF_8).equals(manifests)) {
                System.out.println("unchanged: " + root.relativize(committed));
                continue;
            }
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, manifests, StandardCharsets.UTF_8);
            System.out.println("updated:   " + root.relativize(committed));
        }
    }
}
