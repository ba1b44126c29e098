package io.parley.testsupport;

import io.parley.devstack.infra.RepositoryRoot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code @QuarkusTest} class names its test resource itself ({@link ParleyInfrastructure} with the module's
 * database, or a {@code @TestProfile} that does), so that it runs alone, from an IDE or with {@code -Dtest=}, exactly
 * as it runs in the whole build. A class relying on a sibling's annotation got its database only because Quarkus
 * applies every test resource of a module to all of its tests.
 */
class QuarkusTestsNameTheirInfrastructureTest {

    private static final Pattern QUARKUS_TEST = Pattern.compile("^@QuarkusTest\\s*$", Pattern.MULTILINE);
    private static final Pattern NAMES_RESOURCE = Pattern.compile("@QuarkusTestResource\\(|@WithTestResource\\(|@TestProfile\\(");

    @Test
    void everyQuarkusTestClassNamesItsTestResource() throws IOException {
        Path root = RepositoryRoot.find();
        Map<Path, String> quarkusTests = new TreeMap<>(); // each file read once
        try (Stream<Path> modules = Files.list(root)) {
            for (Path tests : modules.map(m -> m.resolve("src/test/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(tests)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        String source = Files.readString(file, StandardCharsets.UTF_8);
                        if (QUARKUS_TEST.matcher(source).find()) {
                            quarkusTests.put(file, source);
                        }
                    }
                }
            }
        }
        assertTrue(quarkusTests.size() > 40, "found only " + quarkusTests.size() + " @QuarkusTest classes under " + root);
        List<String> silent = quarkusTests.entrySet().stream()
                .filter(e -> !NAMES_RESOURCE.matcher(e.getValue()).find())
                .map(e -> root.relativize(e.getKey()).toString()).toList();
        assertEquals(List.of(), silent, "these @QuarkusTest classes rely on a sibling's test resource; annotate them "
                + "@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = \"database\", "
                + "value = \"<module>\")) as their neighbours are");
    }
}
