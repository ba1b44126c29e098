package io.parley.testsupport;

import io.parley.devstack.infra.RepositoryRoot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        List<Path> quarkusTests;
        try (Stream<Path> modules = Files.list(root)) {
            quarkusTests = modules.map(m -> m.resolve("src/test/java")).filter(Files::isDirectory)
                    .flatMap(QuarkusTestsNameTheirInfrastructureTest::javaFiles)
                    .filter(f -> QUARKUS_TEST.matcher(read(f)).find())
                    .toList();
        }
        assertTrue(quarkusTests.size() > 40, "found only " + quarkusTests.size() + " @QuarkusTest classes under " + root);
        List<String> silent = quarkusTests.stream().filter(f -> !NAMES_RESOURCE.matcher(read(f)).find())
                .map(f -> root.relativize(f).toString()).sorted().toList();
        assertEquals(List.of(), silent, "these @QuarkusTest classes rely on a sibling's test resource; annotate them "
                + "@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = \"database\", "
                + "value = \"<module>\")) as their neighbours are");
    }

    private static Stream<Path> javaFiles(Path dir) {
        try {
            return Files.walk(dir).filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
